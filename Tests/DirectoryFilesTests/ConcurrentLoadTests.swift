import DirectoryFiles
import Foundation
import Testing

/// Organisation files are read and checked on every core (enough of them make the loader spread
/// the work): the result must be exactly what reading them one by one gives, in file order.
@Suite struct ConcurrentLoadTests {
    @Test("Three hundred files: every problem found once, in file order, and organisations in file order")
    func manyFilesLoadAsOneByOne() throws {
        let root = try Fixture.copyOfGood()
        defer { Fixture.remove(root) }
        let template = try String(contentsOfFile: root + "/organisations/example-fund.yaml", encoding: .utf8)
        #expect(template.contains("\nkind: fund\n"))
        let ids = (0..<300).map { "org-" + String(1_000 + $0).dropFirst() }
        let broken = Set(ids.enumerated().filter { $0.offset % 7 == 3 }.map(\.element))
        func write(repaired: Bool) throws {
            for id in ids {
                var text = template.replacingOccurrences(of: "id: example-fund", with: "id: \(id)")
                if broken.contains(id) && !repaired { text = text.replacingOccurrences(of: "\nkind: fund\n", with: "\nkind: fundd\n") }
                try text.write(toFile: root + "/organisations/\(id).yaml", atomically: false, encoding: .utf8)
            }
        }

        try write(repaired: false)
        let load = DirectoryLoader.load(directory: root)
        #expect(load.directory == nil)
        let expectedFiles = ids.filter(broken.contains).map { "\(root)/organisations/\($0).yaml" }
        #expect(load.problems.map(\.file) == expectedFiles)
        #expect(Set(load.problems.map(\.message)).count == 1)
        #expect(load.problems.first?.message.contains("fundd") == true)

        try write(repaired: true)
        let repaired = DirectoryLoader.load(directory: root)
        #expect(repaired.problems.isEmpty)
        #expect(repaired.directory?.organisations.map(\.id) == ["example-fund", "example-network"] + ids)
        #expect(repaired.fileCount == load.fileCount)
    }
}
