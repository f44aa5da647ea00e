import DirectoryFiles
import Foundation

/// Paths to the fixture directories and temporary directories for generated inputs.
enum Fixture {
    /// The absolute path of `Fixtures/<name>`.
    static func path(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name).path
    }

    /// Problems printed with the fixture's own name in place of its absolute path.
    static func lines(_ load: DirectoryLoad, root: String, as name: String) -> [String] {
        load.problems.map { $0.description.replacingOccurrences(of: root, with: name) }
    }

    /// A fresh copy of the good fixture in a temporary directory, for tests that add a bad file.
    static func copyOfGood() throws -> String {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("sanad-lint-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: path("good"), toPath: target.path)
        return target.path
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
