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
        let ranks = Dictionary(hits.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let results = found.ids.prefix(limit).compactMap { id -> Result? in
            if let hit = ranks[id] { return Result(hit: hit, in: loaded, language: language) }
            guard let organisation = loaded.organisation(id) else { return nil }
            return Result(hit: SearchHit(id: id, name: organisation.name.resolved(language), kind: organisation.kind, rank: 0), in: loaded, language: language)
        }
        if !json, !found.complete, !results.isEmpty { print(UIText.searchPartial(language)) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        } else if results.isEmpty {
            print(Self.nothingFound(language))
        } else {
            for result in results {
                let status = result.status == Status.inactive.rawValue ? ", " + Self.inactive(language) : ""
                print("\(result.id)  \(result.name) (\(result.kindLabel)\(status))")
            }
        }
    }

    /// One hit as shown: the name and kind label in the output language.
    struct Result: Encodable {
        var id: String
        var name: String
        var kind: String
        var kindLabel: String
        var status: String
        var rank: Double

        init(hit: SearchHit, in directory: Directory, language: UILanguage) {
            let organisation = directory.organisation(hit.id)
            id = hit.id
            name = organisation?.name.resolved(language) ?? hit.name
            kind = hit.kind
            kindLabel = directory.vocabularies.kinds.label(hit.kind, language)
            status = (organisation?.status ?? .active).rawValue
            rank = hit.rank
        }

        private enum CodingKeys: String, CodingKey { case id, name, kind, status, rank }
    }

    static func nothingFound(_ language: UILanguage) -> String {
        switch language {
        case .en: "No organisation matches your search."
        case .fr: "Aucune organisation ne correspond à votre recherche."
        case .es: "Ninguna organización coincide con su búsqueda."
        case .ar: "لا توجد منظمة تطابق بحثك."
        }
    }

    static func inactive(_ language: UILanguage) -> String {
        switch language {
        case .en: "inactive"
        case .fr: "inactive"
        case .es: "inactiva"
        case .ar: "غير نشطة"
        }
    }
}
