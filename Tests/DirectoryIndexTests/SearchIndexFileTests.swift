import Foundation
import GRDB
import Testing
@testable import DirectoryIndex

@Suite("SearchIndex files")
struct SearchIndexFileTests {
    /// A fresh empty folder for one test, removed when the test's value goes away.
    final class Folder {
        let path: String
        init() throws {
            path = NSTemporaryDirectory() + "sanad-index-test-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        var contents: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }
    }

    struct InjectedFailure: Error {}

    @Test("A written index opens read-only and searches like the in-memory one")
    func writeAndOpen() throws {
        let folder = try Folder()
        let path = folder.path + "/index.sqlite"
        try SearchIndex.write(Fixture.directory, to: path)
        #expect(folder.contents == ["index.sqlite"])
        let index = try SearchIndex.open(path: path)
        let memory = try SearchIndex.build(Fixture.directory)
        for query in ["rights", "front lin", "لحقوق", "tunez", "avocat"] {
            #expect(try index.search(query) == memory.search(query))
        }
        #expect(try index.search("front").first?.id == "front-line-defenders")
    }

    @Test("Rewriting replaces the file; readers of the old file keep their version")
    func replace() throws {
        let folder = try Folder()
        let path = folder.path + "/index.sqlite"
        try SearchIndex.write(Fixture.directory, to: path)
        let old = try SearchIndex.open(path: path)
        try SearchIndex.write(Fixture.otherDirectory, to: path)
        #expect(folder.contents == ["index.sqlite"])
        #expect(try SearchIndex.open(path: path).search("front").isEmpty)
        #expect(try SearchIndex.open(path: path).search("helpline").map(\.id) == ["digital-helpline"])
        // The old reader still holds the file that was renamed away.
        #expect(try old.search("front").first?.id == "front-line-defenders")
    }

    @Test("A build that fails leaves the old file as it was and no temporary file")
    func failedBuild() throws {
        let folder = try Folder()
        let path = folder.path + "/index.sqlite"
        try SearchIndex.write(Fixture.directory, to: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: SearchIndexError.self) {
            try SearchIndex.write(Fixture.otherDirectory, to: path, beforeCommit: { _ in throw InjectedFailure() })
        }
        #expect(folder.contents == ["index.sqlite"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try SearchIndex.open(path: path).search("front").first?.id == "front-line-defenders")
    }

    @Test("A rename that fails leaves what was there and no temporary file")
    func failedRename() throws {
        let folder = try Folder()
        let path = folder.path + "/taken"
        try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: true)
        #expect(throws: SearchIndexError.self) { try SearchIndex.write(Fixture.directory, to: path) }
        #expect(folder.contents == ["taken"])
        #expect(FileManager.default.fileExists(atPath: path + "/inside"))
    }

    @Test("Writing into a missing folder fails with a sentence")
    func missingFolder() throws {
        let folder = try Folder()
        let path = folder.path + "/no/such/index.sqlite"
        do {
            try SearchIndex.write(Fixture.directory, to: path)
            Issue.record("write succeeded")
        } catch let error as SearchIndexError {
            guard case .cannotWrite(let reportedPath, _) = error else { Issue.record("\(error)"); return }
            #expect(reportedPath == path)
            #expect(error.description.hasSuffix("."))
        }
        #expect(folder.contents.isEmpty)
    }

    @Test("Opening something that is not an index fails with a sentence")
    func openFailures() throws {
        let folder = try Folder()
        #expect {
            try SearchIndex.open(path: folder.path + "/missing.sqlite")
        } throws: { error in
            guard case .cannotOpen = error as? SearchIndexError else { return false }
            return true
        }
        let text = folder.path + "/text.sqlite"
        try Data(String(repeating: "not a database\n", count: 100).utf8).write(to: URL(fileURLWithPath: text))
        #expect {
            try SearchIndex.open(path: text)
        } throws: { error in
            guard case .cannotOpen = error as? SearchIndexError else { return false }
            return true
        }
        let other = folder.path + "/other.sqlite"
        try DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        #expect(throws: SearchIndexError.incompatible(path: other, version: 0)) {
            try SearchIndex.open(path: other)
        }
        // Opening must not have changed anything in the folder.
        #expect(folder.contents == ["other.sqlite", "text.sqlite"])
    }
}
