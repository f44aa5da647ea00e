import DirectoryModel
import Foundation

/// Reads `.sanad-release` in the directory folder: the serial and date of the signed release
/// that `deploy/sanad-update.sh` verified and installed there (`serial: 12`, `date: 2026-12-05`,
/// one per line). A missing or unreadable file means "no release recorded" and never fails the
/// load: a development checkout has none.
public enum ReleaseFile {
    /// The file's name inside the directory folder.
    public static let name = ".sanad-release"

    /// The release recorded in `path`, if any.
    public static func read(directory path: String) -> DirectoryRelease? {
        let file = URL(fileURLWithPath: path).appendingPathComponent(name).path
        guard let data = FileManager.default.contents(atPath: file), data.count < 4096 else { return nil }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// Parses the file's text; nil unless it has both a serial and a date.
    public static func parse(_ text: String) -> DirectoryRelease? {
        var serial: Int?, date: CalendarDate?
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "serial": serial = Int(parts[1]).flatMap { $0 > 0 ? $0 : nil }
            case "date": date = CalendarDate(parts[1])
            default: continue
            }
        }
        guard let serial, let date else { return nil }
        return DirectoryRelease(serial: serial, date: date)
    }
}
