import DirectoryFiles
import DirectoryModel
import Foundation
import Testing

/// `Directory.version` comes from git when the directory is in a checkout, and is nil otherwise.
@Suite struct GitVersionTests {
    func git(_ arguments: [String], in directory: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory, "-c", "user.name=Sanad Test", "-c", "user.email=test@example.org"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func versionFromACommittedDirectory() throws {
        let root = try Fixture.copyOfGood()
        defer { Fixture.remove(root) }
        #expect(DirectoryLoader.load(directory: root).directory?.version == nil)
        guard try git(["init", "-q"], in: root) == 0 else { return }  // no git on this machine
        #expect(try git(["add", "."], in: root) == 0)
        #expect(try git(["commit", "-q", "-m", "fixture"], in: root) == 0)
        let version = try #require(DirectoryLoader.load(directory: root).directory?.version)
        #expect(version.commit?.count == 40)
        #expect(version.commit?.allSatisfy(\.isHexDigit) == true)
        #expect(version.date.flatMap(CalendarDate.init) != nil)
    }
}
