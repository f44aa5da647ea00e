import Foundation

/// The size, modification time and inode of every file under a directory, to notice changes
/// by polling: no dependency, no inotify limits, and it works on any file system.
///
/// Hidden files and folders (`.git` above all) are skipped: a `git fetch` must not trigger a
/// reload, only the checkout changing the files themselves.
struct DirectorySnapshot: Sendable, Hashable {
    /// What identifies one version of a file.
    struct Stamp: Sendable, Hashable {
        var size: Int64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
        var inode: UInt64
    }

    /// Relative path → stamp.
    private(set) var files: [String: Stamp] = [:]

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
            var info = stat()
            guard stat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            #if canImport(Darwin)
            let modified = info.st_mtimespec
            #else
            let modified = info.st_mtim
            #endif
            snapshot.files[String(url.path.dropFirst(prefix))] = Stamp(
                size: Int64(info.st_size), modifiedSeconds: Int(modified.tv_sec),
                modifiedNanoseconds: Int(modified.tv_nsec), inode: UInt64(info.st_ino)
            )
        }
        return snapshot
    }
}
