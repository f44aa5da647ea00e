import ArgumentParser
import Catalogue
import DirectoryModel
import Foundation
import WebAPI

/// `sanad show ID`: one organisation's page, exactly as the fronts show it, or its facts as JSON.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one organisation: its programmes, contacts with their sources, and the safe first step."
    )

    @Argument(help: "The organisation's id (its file name without .yaml).")
    var id: String

    @OptionGroup var language: LanguageOption

    @Flag(help: "Print the organisation as JSON.")
    var json = false

    @OptionGroup var directory: DirectoryOption

    @OptionGroup var width: WidthOption

    func run() async throws {
        let language = self.language.language
        let loaded = try CommandSupport.loadDirectory(at: directory.path)
        guard let organisation = loaded.organisation(id) else {
            CommandSupport.printError("No organisation has the id \"\(id)\"; `sanad search` finds ids by name.")
            throw ExitCode.failure
        }
        if json {
            // The JSON API (GET /api/v1/organisations/{id}) answers with the same writer.
            print(OrganisationJSON.text(organisation, language: language))
            return
        }
        let catalogue = Catalogue(directory: loaded, index: NoSearch())
        let page = try catalogue.page(Route.organisation(organisation.id), language: language)
        print(page.plainTextLines(width: width.width).joined(separator: "\n"))
    }
}
