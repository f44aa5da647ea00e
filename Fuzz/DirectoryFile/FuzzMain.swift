import DirectoryModel
import Foundation

/// libFuzzer target: reading one directory file, as the loader does — the safe YAML reader
/// (`YAMLReader.read`, with libyaml built with coverage and AddressSanitizer) under default and
/// small limits, then, when the YAML parses, the organisation, vocabulary and regions readers with
/// the real directory's vocabularies and regions as reference data.
///
/// Compiled into the DirectoryFiles module itself (the readers are internal). The real directory
/// comes from SANAD_FUZZ_DIRECTORY (default `directory`).
private let reference: ReferenceData = {
    let path = ProcessInfo.processInfo.environment["SANAD_FUZZ_DIRECTORY"] ?? "directory"
    guard let directory = DirectoryLoader.load(directory: path).directory else {
        fatalError("cannot load the directory at \(path) (set SANAD_FUZZ_DIRECTORY)")
    }
    let v = directory.vocabularies
    return ReferenceData(
        kinds: v.kinds.codes, services: v.services.codes, beneficiaries: v.beneficiaries.codes,
        threats: v.threats.codes, contactTypes: v.contactTypes.codes, languages: v.languages.codes,
        regions: directory.regions
    )
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDirectoryFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = YAMLReader(limits: YAMLLimits(maximumBytes: 4096, maximumDepth: 4, maximumNodes: 64)).read(bytes)
    guard case .success(let node) = YAMLReader(limits: .default).read(bytes) else { return 0 }
    let languageCodes = reference.languages.map(Set.init)
    var checker = FileChecker(path: "organisations/fuzz.yaml", languageCodes: languageCodes)
    _ = OrganisationReader.read(node, fileID: "fuzz", reference: reference, checker: &checker)
    checker = FileChecker(path: "vocabulary/services.yaml", languageCodes: languageCodes)
    _ = VocabularyReader.read(node, name: "services", checker: &checker)
    checker = FileChecker(path: "regions.yaml")
    _ = RegionsReader.read(node, checker: &checker)
    return 0
}

/// Loads the directory before fuzzing starts (see the Referral target: the loader's `git` run
/// keeps one allocation for good).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzDirectoryFileInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = reference
    return 0
}
