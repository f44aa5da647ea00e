import DirectoryModel
import Foundation

/// What `sanad lint` prints and how it exits, computed from a ``DirectoryLoad`` so it can be
/// tested without running the command.
public struct LintReport: Sendable {
    /// Errors and warnings (warnings promoted to errors under `--strict`), sorted.
    public var problems: [Problem]
    /// Stale entries (`--stale`), which never change the exit status.
    public var notes: [Problem]
    public var fileCount: Int

    /// - Parameters:
    ///   - strict: warnings count as errors.
    ///   - staleMonths: list current contacts never re-checked or last checked more than this many months before `asOf`.
    public init(load: DirectoryLoad, strict: Bool = false, staleMonths: Int? = nil, asOf: CalendarDate? = nil) {
        problems = load.problems.map { problem in
            var problem = problem
            if strict, problem.severity == .warning { problem.severity = .error }
            return problem
        }
        if let staleMonths, let asOf {
            notes = load.staleEntries(olderThan: staleMonths, asOf: asOf)
        } else {
            notes = []
        }
        fileCount = load.fileCount
    }

    public var errorCount: Int { problems.filter { $0.severity == .error }.count }
    public var warningCount: Int { problems.filter { $0.severity == .warning }.count }

    /// 0 without errors, 1 with.
    public var exitStatus: Int32 { errorCount > 0 ? 1 : 0 }

    /// One problem per line, then the stale notes; empty when there is nothing to say.
    public var text: String {
        (problems + notes).map { "\($0.description)\n" }.joined()
    }

    /// A JSON array of `{"column","file","line","message","severity"}` objects (keys sorted),
    /// problems first, then notes.
    public var json: String {
        if problems.isEmpty, notes.isEmpty { return "[]\n" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        let data = (try? encoder.encode(problems + notes)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// `2 errors, 1 warning in 85 files`, plus the stale count when asked for.
    public var summary: String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        var line = "\(count(errorCount, "error", "errors")), \(count(warningCount, "warning", "warnings")) in \(count(fileCount, "file", "files"))"
        if !notes.isEmpty { line += "; \(count(notes.count, "contact", "contacts")) not re-checked recently" }
        return line
    }
}
