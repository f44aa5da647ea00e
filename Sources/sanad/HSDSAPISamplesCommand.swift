import ArgumentParser
import Catalogue
import DirectoryIndex
import DirectoryModel
import Exchange
import Foundation
import HSDSAPI
import SanadServer
import Web

/// `sanad export hsds-api-samples --output DIR` (hidden, for `script/validate-hsds`): the HSDS
/// API's answers for the directory, asked of the responder itself (the code the web front
/// serves), without a server: a page of every list, in each form (plain, `full`,
/// `full_service`, search, NDJSON), `/`, and the detail of every entity, in every language.
/// Calling the responder directly keeps CI free of ports, certificates and timing, and checks
/// every entity rather than a sample; the end-to-end tests check that the front serves the
/// same responder.
struct HSDSAPISamplesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hsds-api-samples",
        abstract: "Write the HSDS API's answers for the directory into a folder, for validation.",
        shouldDisplay: false
    )

    @Option(help: "The folder to write (created if needed).")
    var output: String

    @Option(help: "The directory folder.")
    var directory = "directory"

    func run() async throws {
        let loaded = try CommandSupport.loadDirectory(at: directory)
        let catalogue = Catalogue(directory: loaded, index: try SearchIndex.build(loaded))
        let responder = HSDSResponder(publicURL: "https://sanad.example")
        let folder = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var written = 0
        func get(_ path: String, _ query: String?) throws -> JSONValue {
            let response = responder.respond(to: WebRequest(method: "GET", path: path, query: query), catalogue: catalogue, generation: 1)
            guard let response, response.status == 200 else {
                throw ValidationError("GET \(path)?\(query ?? "") answered \(response?.status ?? 0)")
            }
            if response.header("Content-Type") == "application/x-ndjson" {
                let lines = response.body.split(separator: 0x0A).map { try? JSONValue.decode(Data($0)) }
                return .array(lines.map { $0 ?? .null })
            }
            return try JSONValue.decode(Data(response.body))
        }
        func write(_ name: String, _ value: JSONValue) throws {
            try Data(value.bytes).write(to: folder.appendingPathComponent(name))
            written += 1
        }
        for lang in UILanguage.allCases.map(\.rawValue) {
            let l = "lang=" + lang
            try write("root-\(lang).json", try get("/hsds/", l))
            // Pages, in the kind of their contents (the file name's first word says which schema).
            let pages: [(String, String)] = [
                ("organization_list", "per_page=500&" + l), ("organization_list-search", "search=journalist&" + l),
                ("organization-full", "full=true&per_page=20&" + l), ("organization-full_service", "full=true&full_service=true&per_page=20&" + l),
            ]
            for (name, query) in pages { try write("page-\(name)-\(lang).json", try get("/hsds/organizations", query)) }
            for (name, query) in [("service_list", "per_page=500&" + l), ("service-full", "full=true&per_page=500&" + l),
                                  ("service_list-search", "search=legal&per_page=5&page=2&" + l)] {
                try write("page-\(name)-\(lang).json", try get("/hsds/services", query))
            }
            try write("page-taxonomy-\(lang).json", try get("/hsds/taxonomies", l))
            try write("page-taxonomy_term-\(lang).json", try get("/hsds/taxonomy_terms", "per_page=500&" + l))
            try write("ndjson-service_list-\(lang).json", try get("/hsds/services", "format=ndjson&" + l))
            try write("ndjson-organization_list-\(lang).json", try get("/hsds/organizations", "format=ndjson&" + l))
            // Every entity's detail.
            for (kind, schema) in [("organizations", "organization"), ("services", "service"), ("taxonomies", "taxonomy"), ("taxonomy_terms", "taxonomy_term")] {
                let ids = try get("/hsds/\(kind)", "format=ndjson&" + l).elements.compactMap { $0["id"]?.string }
                let details = try ids.map { try get("/hsds/\(kind)/\($0)", l) }
                try write("details-\(schema)-\(lang).json", .array(details))
            }
        }
        CommandSupport.printError("Wrote \(written) HSDS API answers to \(output).")
    }
}
