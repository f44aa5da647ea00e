import Catalogue
import DirectoryFiles
import DirectoryIndex
import DirectoryModel
import Foundation
import SanadServer
import Testing
import Web
import WebAPI

/// The JSON API answers what the CLI prints: the built `sanad` binary and the responder, on the
/// bundled directory, byte for byte.
@Suite struct APIMatchesCLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/sanad").path
    static let directory = root.appendingPathComponent("directory").path

    /// Runs `sanad` and returns what it printed.
    func sanad(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sanad \(arguments.joined(separator: " "))")
        return String(decoding: data, as: UTF8.self)
    }

    func catalogue() throws -> Catalogue {
        let loaded = try #require(DirectoryLoader.load(directory: Self.directory).directory)
        return Catalogue(directory: loaded, index: EmptySearch())
    }

    @Test(arguments: [
        (["--country", "TN", "--who", "journalist", "--threat", "death_threat", "--need", "legal_support", "--speaks", "ar", "--urgency", "immediate"],
         #"{"country": "TN", "who": ["journalist"], "threats": ["death_threat"], "needs": ["legal_support"], "languages": ["ar"], "urgency": "immediate"}"#),
        (["--country", "MX", "--where", "abroad", "--need", "emergency_response", "--channel", "email", "--mechanisms", "--lang", "es"],
         #"{"country": "MX", "where": "abroad", "needs": ["emergency_response"], "channels": ["email"], "mechanisms": true, "lang": "es"}"#),
        ([], "{}"),
    ] as [([String], String)])
    func referIsWhatSanadReferJSONPrints(flags: [String], body: String) throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary), "build sanad first (swift build)")
        let printed = try sanad(["refer", "--json", "--as-of", "2026-12-01", "--directory", Self.directory] + flags)
        var json = body
        json.removeLast()
        json += (body == "{}" ? "" : ", ") + #""as_of": "2026-12-01"}"#
        let request = WebRequest(method: "POST", path: "/api/v1/refer", headers: [HeaderField("Content-Type", "application/json")], body: Array(json.utf8))
        let response = try #require(APIResponder().respond(to: request, catalogue: try catalogue(), generation: 1))
        #expect(response.status == 200, "\(String(decoding: response.body, as: UTF8.self))")
        #expect(String(decoding: response.body, as: UTF8.self) == printed)
        #expect(printed.count > 100)
    }

    /// `sanad search --json` prints what `/api/v1/search` answers, byte for byte: one writer
    /// (``SearchJSON``) and the Catalogue's search rules, a country name filtering by coverage
    /// and partial matches marked, in both.
    @Test(arguments: ["front line", "lawyers Tunisia", "avocats tunisie", "Arabic Network zzqxjv", "zzqxjv", "دعم"])
    func searchIsWhatSanadSearchJSONPrints(query: String) throws {
        let loaded = try #require(DirectoryLoader.load(directory: Self.directory).directory)
        let catalogue = Catalogue(directory: loaded, index: try SearchIndex.build(loaded))
        for language in [UILanguage.en, .ar] {
            let printed = try sanad(["search"] + query.split(separator: " ").map(String.init) + ["--json", "--lang", language.rawValue, "--directory", Self.directory])
            let request = WebRequest(method: "POST", path: "/api/v1/search", headers: [HeaderField("Content-Type", "application/json")],
                                     body: Array(#"{"q": "\#(query)", "lang": "\#(language.rawValue)", "limit": 50}"#.utf8))
            let response = try #require(APIResponder().respond(to: request, catalogue: catalogue, generation: 1))
            #expect(response.status == 200)
            #expect(String(decoding: response.body, as: UTF8.self) == printed, "\(query) \(language)")
            #expect(printed.hasPrefix(#"{"complete":"#))
            if query == "Arabic Network zzqxjv" {
                // No organisation has every word: the best partial matches, marked as such.
                #expect(printed.hasPrefix(#"{"complete":false,"results":[{"id":"anhri","#))
            }
        }
    }

    /// `sanad search` lists a result as every front's search page does (the Catalogue's label:
    /// name, kind, and "no longer active" for ANHRI), and says "nothing matches" in the
    /// Catalogue's words, in the language asked for.
    @Test func searchPrintsTheCataloguesWords() throws {
        let catalogue = try catalogue()
        let anhri = try #require(catalogue.directory.organisation("anhri"))
        #expect(anhri.status == .inactive)
        for language in UILanguage.allCases {
            let printed = try sanad(["search", "Arabic", "Network", "Human", "Rights", "Information", "--lang", language.rawValue, "--directory", Self.directory])
            let label = catalogue.searchResultLabel(anhri, language)
            #expect(label.contains(UIText.inactive(language)))
            #expect(printed.split(separator: "\n").contains { $0 == "anhri  \(label)" }, "\(language): \(printed)")
            let nothing = try sanad(["search", "zzqxjv", "--lang", language.rawValue, "--directory", Self.directory])
            #expect(nothing == UIText.noResults(language) + "\n")
        }
    }

    @Test(arguments: ["front-line-defenders", "urgent-action-fund-whr"])
    func organisationIsWhatSanadShowJSONPrints(id: String) throws {
        let catalogue = try catalogue()
        for language in ["en", "ar"] {
            let printed = try sanad(["show", id, "--json", "--lang", language, "--directory", Self.directory])
            let response = try #require(APIResponder().respond(
                to: WebRequest(method: "GET", path: "/api/v1/organisations/" + id, query: "lang=" + language), catalogue: catalogue, generation: 1))
            #expect(String(decoding: response.body, as: UTF8.self) == printed)
            #expect(printed.contains("\"id\" : \"\(id)\"") || printed.contains("\"id\": \"\(id)\""))
        }
    }

    /// On the bundled directory: no organisation's answer holds one of its historical or
    /// unconfirmed contact values (unless the same value is also a current contact).
    @Test func noHistoricalOrUnconfirmedContactInAnyOrganisation() throws {
        let catalogue = try catalogue()
        var checked = 0, listedTotal = 0
        for organisation in catalogue.directory.organisations {
            let all = organisation.contacts + organisation.services.flatMap(\.contacts)
            let current = Set(all.filter(OrganisationJSON.isPublished).map(\.value))
            let withheld = all.filter { !OrganisationJSON.isPublished($0) && !current.contains($0.value) }.map(\.value)
            guard !withheld.isEmpty else { continue }
            let response = try #require(APIResponder().respond(
                to: WebRequest(method: "GET", path: "/api/v1/organisations/" + organisation.id), catalogue: catalogue, generation: 1))
            // The values listed as contacts (a short number such as 148 may appear in a text, a
            // withdrawn web form's address may be the website).
            let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
            let services = object["services"] as? [[String: Any]] ?? []
            let listed = ([object] + services).flatMap { ($0["contacts"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String } }
            listedTotal += listed.count
            for value in withheld { #expect(!listed.contains(value), "\(organisation.id): \(value)") }
            checked += 1
        }
        #expect(checked >= 3)
        // The answers were read (many organisations with a withheld contact have no other one).
        #expect(listedTotal > 0)
    }
}

/// No search: these tests do not search.
private struct EmptySearch: SearchProvider {
    func searchIDs(_ query: String, limit: Int) throws -> [String] { [] }
}
