import DirectoryFiles
import DirectoryModel
import Foundation
import Testing

/// What `sanad lint` prints and how it exits, through the library and through the binary.
@Suite struct LintReportTests {
    /// The good fixture with one warning: a description only in English.
    func loadWithAWarning() throws -> (root: String, load: DirectoryLoad) {
        let root = try Fixture.copyOfGood()
        let file = "\(root)/organisations/example-network.yaml"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "  es: Red de defensores que coordina las respuestas de emergencia.\n", with: "")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return (root, DirectoryLoader.load(directory: root))
    }

    @Test func warningsAloneDoNotFailButDoUnderStrict() throws {
        let (root, load) = try loadWithAWarning()
        defer { Fixture.remove(root) }
        #expect(load.directory != nil)
        let plain = LintReport(load: load)
        #expect(plain.exitStatus == 0)
        #expect(plain.summary == "0 errors, 1 warning in 11 files")
        #expect(plain.text == "\(root)/organisations/example-network.yaml:9:3: warning: description is not translated into es\n")
        let strict = LintReport(load: load, strict: true)
        #expect(strict.exitStatus == 1)
        #expect(strict.summary == "1 error, 0 warnings in 11 files")
        #expect(strict.text.contains(": error: description is not translated into es"))
    }

    @Test func jsonHasStableKeys() throws {
        let (root, load) = try loadWithAWarning()
        defer { Fixture.remove(root) }
        let json = LintReport(load: load).json
        let expected = """
            [
              {
                "column" : 3,
                "file" : "\(root)/organisations/example-network.yaml",
                "line" : 9,
                "message" : "description is not translated into es",
                "severity" : "warning"
              }
            ]

            """
        #expect(json == expected)
        let decoded = try JSONDecoder().decode([Problem].self, from: Data(json.utf8))
        #expect(decoded == load.problems)
    }

    @Test func aCleanDirectoryIsAnEmptyJSONArray() {
        #expect(LintReport(load: DirectoryLoader.load(directory: Fixture.path("good"))).json == "[]\n")
    }

    @Test func staleNotesDoNotChangeTheExitStatus() {
        let load = DirectoryLoader.load(directory: Fixture.path("good"))
        let report = LintReport(load: load, strict: true, staleMonths: 0, asOf: CalendarDate(year: 2030, month: 1, day: 1))
        #expect(report.notes.count == 4)
        #expect(report.exitStatus == 0)
        #expect(report.summary == "0 errors, 0 warnings in 11 files; 4 contacts not re-checked recently")
        #expect(report.text.split(separator: "\n").allSatisfy { $0.contains(": note: ") })
    }

    @Test func staleCountsWholeMonths() {
        let verified = CalendarDate(year: 2025, month: 11, day: 29)
        let load = DirectoryLoad(directory: nil, problems: [], fileCount: 1, verifications: [
            .init(value: "x", checked: verified, file: "x.yaml", line: 3, column: 18),
        ])
        #expect(load.staleEntries(olderThan: 12, asOf: CalendarDate(year: 2026, month: 11, day: 29)).isEmpty)
        #expect(load.staleEntries(olderThan: 12, asOf: CalendarDate(year: 2026, month: 11, day: 30)).count == 1)
        // Day clamped at a month's end: 31 March minus one month is 28 February (not 3 March).
        let march = DirectoryLoad(directory: nil, problems: [], fileCount: 1, verifications: [
            .init(value: "y", checked: CalendarDate(year: 2026, month: 2, day: 28), file: "y.yaml", line: 1, column: 1),
        ])
        #expect(march.staleEntries(olderThan: 1, asOf: CalendarDate(year: 2026, month: 3, day: 31)).isEmpty)
    }

    /// Runs the built `sanad` binary when it exists (after `swift build`); skipped otherwise.
    @Test func theCommandExitsWithTheRightStatus() throws {
        let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/sanad").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { return }
        func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            let errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
        }
        let good = try run(["lint", Fixture.path("good")])
        #expect(good.status == 0)
        #expect(good.out == "")
        #expect(good.err == "0 errors, 0 warnings in 11 files\n")
        let broken = try run(["lint", Fixture.path("broken")])
        #expect(broken.status == 1)
        #expect(broken.out.split(separator: "\n").count == 55)
        #expect(broken.err == "52 errors, 3 warnings in 11 files\n")
        let usage = try run(["lint", "--stale", "soon"])
        #expect(usage.status == 64)
        let badDate = try run(["lint", Fixture.path("good"), "--stale", "1", "--as-of", "2026-02-30"])
        #expect(badDate.status == 64)
    }
}
