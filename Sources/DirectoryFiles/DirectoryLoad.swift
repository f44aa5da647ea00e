import DirectoryModel
import Memberwise

/// The result of loading a directory: the directory itself when it has no errors, and every
/// problem found, sorted by file, line and column.
@MemberwiseInit
public struct DirectoryLoad: Sendable {
    /// The loaded directory; nil when there is any error (warnings alone do not prevent it).
    public var directory: Directory?
    /// Every error and warning, sorted by file, then line, then column.
    public var problems: [Problem]
    /// How many files were read (organisations, vocabularies, regions).
    public var fileCount: Int
    /// Each current contact's `checked` date (nil: never re-checked) and where the contact is
    /// written, for `--stale`. Filled even when the directory has errors.
    public var verifications: [Verification] = []

    /// Whether any problem is an error.
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }

    /// A current contact's last check, with its position.
    @MemberwiseInit
    public struct Verification: Sendable, Hashable {
        public var value: String
        /// Nil: never re-checked on the live source.
        public var checked: CalendarDate?
        public var file: String
        public var line: Int
        public var column: Int
    }

    /// Notes for the current contacts never re-checked, or last checked before the date `months`
    /// months before `asOf` (checked exactly 12 months ago is not older than 12 months), sorted
    /// like problems. They never make lint fail.
    public func staleEntries(olderThan months: Int, asOf: CalendarDate) -> [Problem] {
        let limit = Self.date(months: months, before: asOf)
        let notes = verifications.compactMap { entry -> Problem? in
            guard let checked = entry.checked else {
                return Problem(file: entry.file, line: entry.line, column: entry.column, severity: .note,
                               message: "\"\(entry.value)\" was never re-checked on its live source")
            }
            guard checked < limit else { return nil }
            let age = checked.months(until: asOf)
            return Problem(
                file: entry.file, line: entry.line, column: entry.column, severity: .note,
                message: "\"\(entry.value)\" was last checked on \(checked), \(age) month\(age == 1 ? "" : "s") before \(asOf) (limit \(months))"
            )
        }
        return Problem.sorted(notes)
    }

    /// `date` moved back by `months` months, the day clamped to the month's length.
    static func date(months: Int, before date: CalendarDate) -> CalendarDate {
        let total = date.year * 12 + (date.month - 1) - max(0, months)
        let year = total / 12, month = total % 12 + 1
        var day = date.day
        while day > 28, CalendarDate("\(CalendarDate(year: year, month: month, day: day))") == nil { day -= 1 }
        return CalendarDate(year: year, month: month, day: day)
    }
}
