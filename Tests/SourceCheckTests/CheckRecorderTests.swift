import DirectoryModel
import Foundation
import Testing
@testable import SourceCheck

/// `--record` changes only dates, only for values found on own or official pages, as one-line
/// edits that leave formatting and comments alone.
@Suite struct CheckRecorderTests {
    static func yaml(origin: String) -> String {
        """
        # Test organisation. Comments stay.
        id: test-org
        name: Test
        website: \(origin)
        contacts:
          - type: phone
            value: "+353 1 21 00 489"   # the emergency line
            source: \(origin)/contact
            source_date: "2025"
          - type: email
            value: missing@example.org
            source: \(origin)/contact
          - {type: email, value: help@example.org, source: "\(origin)/third"}
        services:
          - id: line
            contacts:
              - type: email
                label: Help desk
                source: >-
                  \(origin)/contact
                value: help@example.org

              - type: phone
                value: "+353 1 212 3750"
                checked: 2024-01-31 # by hand
                source: \(origin)/contact
              - type: phone
                value: "+353 1 212 3750"
                historical: true
                source: \(origin)/contact
        provenance:
          sources: [\(origin)/contact]
        """
    }

    @Test func recordsOnlyFoundValuesOnOwnPagesAsOneLineEdits() async throws {
        let server = try await TestHTTPServer.start([
            "/robots.txt": .init(status: 404, body: ""),
            "/contact": .html("<p>+353 1 2100489, +353 (0)1 212 37 50, help&#64;example.org</p>"),
        ])
        let o = server.origin
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sanad-record-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("organisations"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("organisations/test-org.yaml")
        let before = Self.yaml(origin: o)
        try before.write(to: file, atomically: true, encoding: .utf8)

        let contacts = try ContactLocator.contacts(in: folder.path)
        #expect(contacts.count == 6)
        let report = await SourceCheckerTests.check(contacts)
        try await server.stop()
        let date = CalendarDate(year: 2026, month: 12, day: 5)
        let edits = try CheckRecorder.record(report.verdicts, date: date)
        let after = try String(contentsOf: file, encoding: .utf8)

        // Phone (own page, inserted after source_date), help desk e-mail (after a folded
        // source), the hand-checked phone (date rewritten, comment kept).
        #expect(edits.count == 3)
        #expect(edits.filter(\.replaced).count == 1)
        let oldLines = before.split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = after.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(newLines.count == oldLines.count + 2)
                #expect(newLines[9] == "    checked: 2026-12-05")  // after source_date "2025"
        #expect(after.contains("        checked: 2026-12-05 # by hand"))
        #expect(after.contains("    value: \"+353 1 21 00 489\"   # the emergency line"))
        #expect(after.contains("  - {type: email, value: help@example.org, source: \"\(o)/third\"}"))
        // Every old line is still there, in order, apart from the one rewritten date.
        let removed = oldLines.filter { !newLines.contains($0) }
        #expect(removed == ["        checked: 2024-01-31 # by hand"])
        let added = newLines.filter { !oldLines.contains($0) }
        #expect(added.count == 3)
        #expect(added.allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("checked: 2026-12-05") })

        // Read back: the dates landed on the right contacts and nowhere else.
        let reread = try ContactLocator.contacts(in: folder.path)
        #expect(reread.map(\.checked) == [date, nil, nil, date, date, nil])
        #expect(reread.map(\.value) == contacts.map(\.value))

        // Running again on the same day changes nothing.
        let (same, none) = try CheckRecorder.apply(to: after, file: file.path, contacts: reread.filter { $0.checked == date }, date: date)
        #expect(none.isEmpty)
        #expect(same == after)
    }

    @Test func aFlowMappingOrMissingValueIsNeverEdited() throws {
        let text = "contacts:\n  - {type: email, value: a@b.org, source: \"https://b.org\"}\n"
        let contact = LocatedContact(organisation: "x", service: nil, file: "x.yaml", line: 2, column: 6, type: "email", value: "a@b.org",
                                     source: "https://b.org", printed: nil, operatorID: nil, historical: false, unconfirmed: false,
                                     checked: nil, keyLines: ["type": 2, "value": 2, "source": 2], websites: ["https://b.org"])
        #expect(throws: CheckRecorder.Failure.self) { _ = try CheckRecorder.apply(to: text, file: "x.yaml", contacts: [contact], date: CalendarDate(year: 2026, month: 1, day: 1)) }
    }
}
