import DirectoryFiles
import DirectoryModel
import Foundation
import Testing
@testable import SourceCheck

/// `--record` on a copy of the real directory, every current contact taken as found on its own
/// page: the files still lint clean, the diff is only `checked:` lines, and each lands on its
/// contact. No network: the verdicts are made up, the edit is real.
@Suite struct RecordRealDirectoryTests {
    @Test func everyCurrentContactCanBeDatedAndTheDirectoryStillLints() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("directory")
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("sanad-record-real-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.copyItem(at: source, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }

        let contacts = try ContactLocator.contacts(in: copy.path)
        let date = CalendarDate(year: 2026, month: 12, day: 1)
        let verdicts = contacts.map { ContactVerdict(contact: $0, fetch: .ok, value: .found, authority: .own) }
        let before = try Self.texts(copy)
        let edits = try CheckRecorder.record(verdicts, date: date)
        let current = contacts.filter { $0.isCurrent && ($0.checked ?? CalendarDate(year: 1, month: 1, day: 1)) < date }
        #expect(edits.count == current.count)
        #expect(edits.count > 50)

        let load = DirectoryLoader.load(directory: copy.path, asOf: CalendarDate(year: 2026, month: 12, day: 5))
        #expect(load.problems.filter { $0.severity == .error }.map(\.description) == [])
        let loaded = try #require(load.directory)
        let dated = loaded.organisations.flatMap(\.allContacts).filter { $0.checked == date }
        #expect(dated.count == edits.count)
        #expect(dated.allSatisfy { $0.isCurrent })

        // Only `checked:` lines were added; no other line changed.
        let after = try Self.texts(copy)
        for (file, old) in before {
            let new = after[file]!
            let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
            var remaining = new.split(separator: "\n", omittingEmptySubsequences: false)
            remaining.removeAll { $0.trimmingCharacters(in: .whitespaces) == "checked: 2026-12-01" }
            #expect(remaining == oldLines, "\(file)")
        }
    }

    static func texts(_ folder: URL) throws -> [String: String] {
        let organisations = folder.appendingPathComponent("organisations")
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: organisations.path) where name.hasSuffix(".yaml") {
            result[name] = try String(contentsOf: organisations.appendingPathComponent(name), encoding: .utf8)
        }
        return result
    }
}
