/// One thing wrong (or worth knowing) about a directory file, at a position.
///
/// Printed as `directory/organisations/x.yaml:12:5: error: message`; a problem about a whole
/// file (too large, missing) has line 0 and prints as `path: error: message`. Only the loader
/// makes problems, so Swift synthesises the initializer.
public struct Problem: Sendable, Hashable, CustomStringConvertible, Codable {
    /// The path as given to the loader plus the file's relative path (`directory/regions.yaml`).
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column in Unicode scalars; 0 with line 0.
    public var column: Int
    public var severity: Severity
    /// One plain sentence, without a final full stop.
    public var message: String

    /// How serious a problem is. Errors fail lint; warnings fail it only with `--strict`;
    /// notes (stale entries) never do.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
        case note, warning, error

        public static func < (a: Severity, b: Severity) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var description: String {
        line > 0
            ? "\(file):\(line):\(column): \(severity.rawValue): \(message)"
            : "\(file): \(severity.rawValue): \(message)"
    }

    /// Sorts by file, then line, then column; equal positions keep their order.
    public static func sorted(_ problems: [Problem]) -> [Problem] {
        problems.enumerated().sorted { a, b in
            (a.element.file, a.element.line, a.element.column, a.offset) < (b.element.file, b.element.line, b.element.column, b.offset)
        }.map(\.element)
    }
}
