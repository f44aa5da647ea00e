import ArgumentParser
import DirectoryIndex
import DirectoryModel
import Catalogue
import Foundation
import SanadServer
import WebAPI

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

    @Flag(help: "Print what the JSON API's search answers: {\"complete\", \"results\": [{id, name, kind, kind_label, status}]}, best first.")
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
        do {
            index = try SearchIndex.build(loaded)
        } catch let error as SearchIndexError {
            CommandSupport.printError(error.description)
            throw ExitCode.failure
        }
        // The catalogue's rules (every word must match; a country filters by coverage; partial
        // matches only when nothing matches every word, and said so), the same on every front.
        let catalogue = Catalogue(directory: loaded, index: index, today: { CalendarDate.today() })
        let query = words.joined(separator: " ")
        if json {
            print(SearchJSON.text(query, catalogue: catalogue, language: language, limit: limit))
            return
        }
        let answer = catalogue.searchAnswer(query, limit: limit, language)
        if let sentence = answer.sentence { print(sentence) }
        for organisation in answer.organisations {
            print("\(organisation.id)  \(catalogue.searchResultLabel(organisation, language))")
        }
    }
}
