import Catalogue
import DirectoryModel
import Foundation
import Logging
import NIOConcurrencyHelpers
import Trust

/// The maintainer-signed pocket directories this replica offers for download (Gemini
/// `/LANG/pocket.txt` and `/LANG/pocket.txt.sig`, and the web front through
/// ``BundleResponder``): the files committed with the release in its `bundles/` folder, each
/// verified against the operator's allowed signers at start and at every reload, and kept in
/// memory (about 0.5 MB for four languages). A file that does not verify is not offered, and
/// the reason is logged; with no allowed signers file configured nothing is offered, since
/// nothing could be checked.
public final class BundleShelf: Sendable {
    /// The folder the bundle files are read from.
    public let folder: String
    /// The allowed signers file; nil offers nothing.
    public let allowedSignersPath: String?
    private let box = NIOLockedValueBox<[String: SignedBundle]>([:])

    public init(folder: String, allowedSignersPath: String?) {
        self.folder = folder
        self.allowedSignersPath = allowedSignersPath
    }

    /// Where a release's bundles are for a directory folder when none is configured:
    /// `bundles/` inside it if that exists, else beside it (the repository's `bundles/` when the
    /// directory is the repository's `directory/` folder, as `sanad-update.sh` checks out).
    public static func defaultFolder(forDirectory directory: String) -> String {
        let inside = (directory as NSString).appendingPathComponent("bundles")
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: inside, isDirectory: &isFolder), isFolder.boolValue { return inside }
        return ((directory as NSString).appendingPathComponent("..") as NSString).appendingPathComponent("bundles")
    }

    /// What ``read(at:)`` found: the bundles that verify, and one sentence per file that does not.
    public struct Reading: Sendable {
        public var bundles: [String: SignedBundle]
        public var problems: [String]
    }

    /// Reads and verifies the files, without offering them yet: a reload reads them with the
    /// directory, and offers them only if the directory is swapped in too (``offer(_:logger:)``).
    public func read(at time: Date = Date()) -> Reading {
        guard let allowedSignersPath else { return Reading(bundles: [:], problems: []) }
        do {
            let signers = try AllowedSigners(path: allowedSignersPath)
            let loaded = SignedBundle.load(
                folder: folder, languages: UILanguage.allCases.map(\.rawValue), allowedSigners: signers,
                namespace: Catalogue.bundleNamespace, at: time
            )
            return Reading(bundles: loaded.bundles, problems: loaded.problems)
        } catch {
            return Reading(bundles: [:], problems: ["\(allowedSignersPath): \(error.description); no pocket directory is offered"])
        }
    }

    /// Offers what `reading` verified (and only that), logging each problem and what is offered.
    public func offer(_ reading: Reading, logger: Logger? = nil) {
        box.withLockedValue { $0 = reading.bundles }
        for problem in reading.problems { logger?.error("\(problem)") }
        if let logger, !reading.bundles.isEmpty {
            let list = reading.bundles.values.sorted { $0.language < $1.language }
                .map { "\($0.language) (\($0.signers.joined(separator: ", ")))" }.joined(separator: ", ")
            logger.info("signed pocket directories offered: \(list)")
        }
    }

    /// Reads, verifies and offers at once (at start). Returns the problems.
    @discardableResult
    public func refresh(logger: Logger? = nil, at time: Date = Date()) -> [String] {
        let reading = read(at: time)
        offer(reading, logger: logger)
        return reading.problems
    }

    /// Whether any signed bundle is offered.
    public var isEmpty: Bool { box.withLockedValue { $0.isEmpty } }

    /// The bytes at a download path (``Download/parse(_:)``), if that bundle is offered.
    public func file(_ download: Download) -> [UInt8]? {
        guard let bundle = box.withLockedValue({ $0[download.language.rawValue] }) else { return nil }
        return download.isSignature ? bundle.signature : bundle.text
    }

    /// A download path: `/LANG/pocket.txt` (the bundle) or `/LANG/pocket.txt.sig` (its signature).
    public struct Download: Sendable, Hashable {
        public var language: UILanguage
        public var isSignature: Bool

        /// The file name a download is saved as, matching the name the bundle's own
        /// instructions use (`sanad-ar.txt`, `sanad-ar.txt.sig`).
        public var fileName: String { SignedBundle.fileName(language.rawValue) + (isSignature ? ".sig" : "") }

        /// The path of this download.
        public var path: String { "/\(language.rawValue)/pocket.txt" + (isSignature ? ".sig" : "") }

        /// Every bundle file is plain UTF-8 text (the signature is ASCII armour).
        public static let contentType = "text/plain; charset=utf-8"

        /// The download `path` names, or nil.
        public static func parse(_ path: String) -> Download? {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].isEmpty, let language = UILanguage(rawValue: String(parts[1])) else { return nil }
            switch parts[2] {
            case "pocket.txt": return Download(language: language, isSignature: false)
            case "pocket.txt.sig": return Download(language: language, isSignature: true)
            default: return nil
            }
        }
    }
}
