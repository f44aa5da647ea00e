import ArgumentParser
import Catalogue
import DirectoryModel
import Foundation

/// `sanad show ID`: one organisation's page, exactly as the fronts show it, or its facts as JSON.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one organisation: its programmes, contacts with their sources, and the safe first step."
    )

    @Argument(help: "The organisation's id (its file name without .yaml).")
    var id: String

    @Option(help: "The language of the output: en, fr, es or ar.")
    var lang = "en"

    @Flag(help: "Print the organisation as JSON.")
    var json = false

    @Option(help: "The directory folder.")
    var directory = "directory"

    @Option(help: "Wrap text at this many columns.")
    var width = TextWrapper.defaultWidth

    func validate() throws {
        guard UILanguage(rawValue: lang) != nil else { throw ValidationError("--lang must be one of en, fr, es, ar.") }
        guard (TextWrapper.minimumWidth...TextWrapper.maximumWidth).contains(width) else {
            throw ValidationError("--width must be between \(TextWrapper.minimumWidth) and \(TextWrapper.maximumWidth).")
        }
    }

    func run() async throws {
        let language = UILanguage(rawValue: lang) ?? .en
        let loaded = try CommandSupport.loadDirectory(at: directory)
        guard let organisation = loaded.organisation(id) else {
            CommandSupport.printError("No organisation has the id \"\(id)\"; `sanad search` finds ids by name.")
            throw ExitCode.failure
        }
        if json {
            let data = try JSONSerialization.data(
                withJSONObject: OrganisationJSON.object(organisation, language: language),
                options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            )
            print(String(decoding: data, as: UTF8.self))
            return
        }
        let catalogue = Catalogue(directory: loaded, index: NoSearch())
        let page = try catalogue.page(Route.organisation(organisation.id), language: language)
        print(page.plainTextLines(width: width).joined(separator: "\n"))
    }
}
