import DirectoryFiles
import DirectoryModel
import Foundation

/// The real directory (`directory/` at the package root), loaded once for the golden scenarios.
enum RealDirectory {
    static let path: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("directory").path

    static let load: DirectoryLoad = DirectoryLoader.load(directory: path)
    static var directory: Directory? { load.directory }
}
