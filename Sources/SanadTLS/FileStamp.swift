import Foundation

/// What identifies one version of a file: size, modification time and inode. Polling these
/// notices a renewed certificate (and, in the server, a changed directory file) with no
/// dependency, no inotify limits, on any file system.
public struct FileStamp: Sendable, Hashable {
    public var size: Int64
    public var modifiedSeconds: Int
    public var modifiedNanoseconds: Int
    public var inode: UInt64

    /// The stamp of the file at `path` now; nil when it cannot be read. `regularOnly` skips
    /// anything that is not a regular file.
    public static func of(_ path: String, regularOnly: Bool = false) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        if regularOnly, (info.st_mode & S_IFMT) != S_IFREG { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return FileStamp(
            size: Int64(info.st_size), modifiedSeconds: Int(modified.tv_sec), modifiedNanoseconds: Int(modified.tv_nsec),
            inode: UInt64(info.st_ino)
        )
    }
}
