import Foundation

/// The scratch folder of one benchmark run (the synthetic directory, the exports), under the
/// system's temporary directory: created at the start, removed at the end unless the run keeps
/// it (`--keep`, to look at what was written).
struct ScratchFolder {
    /// The folder's path.
    let path: String

    /// Creates `sanad-bench-PREFIX…` with a unique suffix.
    init(prefix: String) throws {
        path = NSTemporaryDirectory() + "sanad-bench-" + prefix + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Removes the folder, or, when it is kept, prints where it is.
    func finish(keep: Bool = false) {
        if keep { print("files kept in \(path)") } else { try? FileManager.default.removeItem(atPath: path) }
    }
}
