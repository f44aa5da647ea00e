import DirectoryFiles
import DirectoryModel
import Foundation
import Referral

/// libFuzzer target: the referral query parsers — free words (`ProfileParser.parse(words:)`)
/// and the profile code (`ProfileCode.decode`, plain and validated against the vocabularies).
///
/// Loads the real directory once (from SANAD_FUZZ_DIRECTORY, default `directory`) so the
/// vocabularies and regions are the ones the server uses. A decoded profile must encode and
/// decode back to itself.
private let parser: ProfileParser = {
    let path = ProcessInfo.processInfo.environment["SANAD_FUZZ_DIRECTORY"] ?? "directory"
    guard let directory = DirectoryLoader.load(directory: path).directory else {
        fatalError("cannot load the directory at \(path) (set SANAD_FUZZ_DIRECTORY)")
    }
    return ProfileParser(directory: directory)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReferral(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parsed = parser.parse(words: text)
    _ = ProfileCode.encode(parsed.profile)
    if let profile = try? ProfileCode.decode(text) {
        let again = try? ProfileCode.decode(ProfileCode.encode(profile))
        precondition(again == profile, "profile code does not round-trip")
    }
    _ = try? ProfileCode.decode(text, validatingWith: parser)
    return 0
}

/// Loads the directory before fuzzing starts: the loader runs `git` through Foundation's
/// `Process`, which keeps a small allocation for good, and LeakSanitizer would blame it on the
/// first input.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzReferralInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = parser
    return 0
}
