import DirectoryFiles
import DirectoryModel
import Foundation
import Testing
@testable import Exchange

/// The HSDS import: drafts, their citations, the report, the round trip and the lint guard.
@Suite struct HSDSImportTests {
    /// A temporary directory with the bundled vocabularies and regions and `files` as organisations.
    static func scratchDirectory(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hsds-\(UUID().uuidString)")
        let orgs = root.appendingPathComponent("organisations")
        try FileManager.default.createDirectory(at: orgs, withIntermediateDirectories: true)
        let source = URL(fileURLWithPath: ExchangeFixtures.directoryPath)
        for name in ["vocabulary", "regions.yaml"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: root.appendingPathComponent(name))
        }
        for (name, text) in files { try Data(text.utf8).write(to: orgs.appendingPathComponent(name)) }
        return root.path
    }

    /// `value` without the contact fields that say where a value came from.
    static func withoutProvenance(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items): return .array(items.map(withoutProvenance))
        case .object(let members):
            return .object(members.filter { !["source", "source_date", "checked"].contains($0.key) }.mapValues(withoutProvenance))
        default: return value
        }
    }

    @Test func roundTripKeepsEverythingButProvenance() throws {
        for language in ["en", "ar"] {
            let first = HSDSExport(directory: ExchangeFixtures.directory, language: language, profile: true).organizations()
            let result = try HSDSImport(publisher: "https://example.org/hsds", date: "2026-12-01", language: language).run(.array(first))
            var files: [String: String] = [:]
            for org in result.organisations {
                let text = DraftYAML.text(org, publisher: "https://example.org/hsds", date: "2026-12-01")
                #expect(text.contains("\nneeds_review: true\n"))
                files[org.id + ".yaml"] = text.replacingOccurrences(of: "\nneeds_review: true\n", with: "\n")
            }
            let path = try Self.scratchDirectory(files)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let load = DirectoryLoader.load(directory: path)
            let errors = load.problems.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(errors.prefix(5))")
            let reloaded = try #require(load.directory)
            let second = HSDSExport(directory: reloaded, language: language, profile: true).organizations()
            #expect(second.count == first.count)
            for (a, b) in zip(first, second) where Self.withoutProvenance(a) != Self.withoutProvenance(b) {
                Issue.record("\(language): \(a["name"]?.string ?? "?") differs after the round trip")
            }
            let contacts = reloaded.organisations.flatMap(\.allContacts)
            #expect(!contacts.isEmpty && contacts.allSatisfy { $0.source == "https://example.org/hsds" && $0.sourceDate == "2026-12-01" && $0.checked == nil })
        }
    }

    @Test func plainForeignDataIsReportedWhereItCannotBeMapped() throws {
        let json = try JSONValue.decode(Data("""
            {"contents": [{"id": "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", "name": "Example Organization Inc.",
              "description": "An example.", "tax_id": "12-345", "website": "https://example.com",
              "services": [{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Example Service", "status": "defunct",
                "application_process": "Walk in.", "phones": [{"id": "1554f2e2-a373-45db-a3fa-9fc48a61c15e", "number": "+1 555 0100", "type": "voice"}],
                "service_areas": [{"id": "381c64f1-a724-4884-9c21-ac96c21cca3e", "name": "Kansas", "uri": "https://www.iso.org/obp/ui/#iso:code:3166:US"},
                                  {"id": "481c64f1-a724-4884-9c21-ac96c21cca3e", "name": "Downtown"}]}]}]}
            """.utf8))
        let result = try HSDSImport(publisher: "https://example.com/hsds", date: "2026-11-30").run(json)
        let org = try #require(result.organisations.first)
        #expect(org.id == "example-organization-inc")
        #expect(org.services.first?.coverage?.include == ["US"])
        #expect(org.services.first?.contacts.first?.source == "https://example.com/hsds")
        let report = result.unmapped.joined(separator: "\n")
        for expected in ["tax_id", "no kind", "status \"defunct\"", "application_process", "\"Downtown\" has no ISO 3166 URI", "no service type"] {
            #expect(report.contains(expected), "the report lacks \(expected)")
        }
    }

    @Test func lintRefusesADraftInsideTheDirectory() throws {
        let first = HSDSExport(directory: ExchangeFixtures.directory, profile: true).organizations()
        let result = try HSDSImport(publisher: "https://example.org/hsds", date: "2026-12-01").run(.array(Array(first.prefix(1))))
        let org = try #require(result.organisations.first)
        let path = try Self.scratchDirectory([org.id + ".yaml": DraftYAML.text(org, publisher: "https://example.org/hsds", date: "2026-12-01")])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let problems = DirectoryLoader.load(directory: path).problems.filter { $0.severity == .error }
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("needs_review") == true)
        #expect(problems.first?.line == 3)
    }
}
