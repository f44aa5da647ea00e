import DirectoryFiles
import DirectoryModel
import Foundation
@testable import Exchange

/// The bundled directory, loaded once, and helpers the exchange tests share.
enum ExchangeFixtures {
    /// The repository's `directory/` folder.
    static let directoryPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("directory").path

    /// The bundled directory; fails the test run if it does not load.
    static let directory: Directory = {
        guard let directory = DirectoryLoader.load(directory: directoryPath).directory else {
            fatalError("the bundled directory at \(directoryPath) does not load")
        }
        return directory
    }()

    /// A contact built for tests (the values are test data, never published).
    static func contact(_ type: String, _ value: String, historical: Bool = false, unconfirmed: String? = nil) -> Contact {
        Contact(type: type, value: value, historical: historical, unconfirmed: unconfirmed.map { LocalizedText($0) },
                source: "https://example.org/source", sourceDate: "2025-01")
    }

    /// The bundled directory with `extra` organisations added.
    static func directory(adding extra: [Organisation]) -> Directory {
        let d = directory
        return Directory(organisations: d.organisations + extra, vocabularies: d.vocabularies, regions: d.regions)
    }

    /// Every string anywhere in `value`.
    static func strings(_ value: JSONValue) -> [String] {
        switch value {
        case .string(let s): return [s]
        case .array(let items): return items.flatMap(strings)
        case .object(let members): return members.values.flatMap(strings)
        default: return []
        }
    }
}
