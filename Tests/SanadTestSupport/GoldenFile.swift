import Foundation

/// Golden files: the exact bytes a test expects, in the test target's `Golden/` folder and
/// declared as its resource (`resources: [.copy("Golden")]`), so they are read from the test
/// bundle wherever the tests run.
///
/// When the bytes differ, what was produced is written beside the golden file as
/// `<name>.actual`, to read with diff. With `SANAD_UPDATE_GOLDEN=1` the golden file itself is
/// rewritten, and the check still fails, so a run that rewrites cannot pass silently; read the
/// diff, unset the variable and run again.
public enum GoldenFile {
    /// The golden file `Golden/<name>` of `bundle` (the test target's `Bundle.module`).
    public static func bytes(_ name: String, in bundle: Bundle) throws -> [UInt8] {
        guard let url = bundle.url(forResource: name, withExtension: nil, subdirectory: "Golden") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Golden/" + name])
        }
        return Array(try Data(contentsOf: url))
    }

    /// Whether `produced` is exactly the golden file `Golden/<name>` of `bundle`; when it is not,
    /// or when updating, writes it as described above. `source` (the calling test file, by
    /// default) locates the target's `Golden/` folder in the source tree.
    public static func matches(_ produced: [UInt8], golden name: String, in bundle: Bundle, source: String = #filePath) throws -> Bool {
        let folder = URL(fileURLWithPath: source).deletingLastPathComponent().appendingPathComponent("Golden")
        if ProcessInfo.processInfo.environment["SANAD_UPDATE_GOLDEN"] == "1" {
            try Data(produced).write(to: folder.appendingPathComponent(name))
            return false
        }
        let expected = try bytes(name, in: bundle)
        if produced != expected { try? Data(produced).write(to: folder.appendingPathComponent(name + ".actual")) }
        return produced == expected
    }
}
