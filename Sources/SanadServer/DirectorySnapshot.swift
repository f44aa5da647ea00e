import Foundation
import SanadTLS

/// The size, modification time and inode of every file under a directory, to notice changes
/// by polling: no dependency, no inotify limits, and it works on any file system.
///
/// Hidden files and folders (`.git` above all) are skipped: a `git fetch` must not trigger a
/// reload, only the checkout changing the files themselves.
struct DirectorySnapshot: Sendable, Hashable {
    /// Relative path → stamp.
    private(set) var files: [String: FileStamp] = [:]

    /// Walks `path` now. A missing or unreadable directory gives an empty snapshot (which differs
    /// from any earlier, non-empty one, so its reappearance is noticed).
    static func take(_ path: String) -> DirectorySnapshot {
        var snapshot = DirectorySnapshot()
        let root = URL(fileURLWithPath: path, isDirectory: true)
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return snapshot }
        let prefix = root.path.count + 1
        for case let url as URL in walker {
            guard let stamp = FileStamp.of(url.path, regularOnly: true) else { continue }
            snapshot.files[String(url.path.dropFirst(prefix))] = stamp
        }
        return snapshot
    }
}
