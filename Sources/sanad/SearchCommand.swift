import ArgumentParser
import DirectoryIndex
import DirectoryModel
import Catalogue
import Foundation
import SanadServer

/// `sanad search`: full-text search of the directory in every language, answered in one.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the directory by name, service, group, threat or place, in any language."
    )

    @Argument(help: "The words to look for (any language; the last word may be incomplete).")
    var words: [String]

    /// Search matches every language; this is only the language of the answer.
    @OptionGroup var language: LanguageOption

    @Flag(help: "Print a JSON array, best first: id, name, kind, status, rank.")
    var json = false

    @OptionGroup var directory: DirectoryOption

    @Option(help: "The most results to show.")
    var limit = 50

    func validate() throws {
        guard !words.isEmpty else { throw ValidationError("Give at least one word to search for.") }
        guard limit > 0 else { throw ValidationError("--limit must be a positive number.") }
    }

    func run() async throws {
        let language = self.language.language
        let loaded = try CommandSupport.loadDirectory(at: directory.path)
        let index: SearchIndex
        let hits: [SearchHit]
        do {
            index = try SearchIndex.build(loaded)
            hits = try index.search(words.joined(separator: " "), limit: 100_000)
        } catch let error as SearchIndexError {
            CommandSupport.printError(error.description)
            throw ExitCode.failure
        }
        // The catalogue's rules (every word must match; a country filters by coverage; partial
        // matches only when nothing matches every word, and said so), the same on every front.
        let catalogue = Catalogue(directory: loaded, index: index, today: { CalendarDate.today() })
        let found = catalogue.searchResults(words.joined(separator: " "))
        let ranks = Dictionary(hits.map { ($0.id, $0.rank) }, uniquingKeysWith: { a, _ in a })
        let results = found.ids.prefix(limit).compactMap { id -> Result? in
            guard let organisation = loaded.organisation(id) else { return nil }
            return Result(
                id: id, name: organisation.name.resolved(language), kind: organisation.kind, status: organisation.status.rawValue,
                rank: ranks[id] ?? 0, label: catalogue.searchResultLabel(organisation, language))
        }
        if !json, !found.complete, !results.isEmpty { print(UIText.searchPartial(language)) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        } else if results.isEmpty {
            print(UIText.noResults(language))
        } else {
            for result in results {
                print("\(result.id)  \(result.label)")
            }
        }
    }

    /// One hit as shown: in JSON its id, name, kind code, status and rank; as text its id and the
    /// Catalogue's label (name, kind and status in the output language), as every front lists it.
    struct Result: Encodable {
        var id: String
        var name: String
        var kind: String
        var status: String
        var rank: Double
        var label: String

        private enum CodingKeys: String, CodingKey { case id, name, kind, status, rank }
    }
}
