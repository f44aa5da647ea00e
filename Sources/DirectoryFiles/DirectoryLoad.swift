import DirectoryModel

/// The result of loading a directory: the directory itself when it has no errors, and every
/// problem found, sorted by file, line and column.
public struct DirectoryLoad: Sendable {
    /// The loaded directory; nil when there is any error (warnings alone do not prevent it).
    public var directory: Directory?
    /// Every error and warning, sorted by file, then line, then column.
    public var problems: [Problem]
    /// How many files were read (organisations, vocabularies, regions).
    public var fileCount: Int
    /// When each organisation was last verified and where that is written, for `--stale`.
    /// Filled even when the directory has errors.
    public var verifications: [Verification]

    public init(directory: Directory?, problems: [Problem], fileCount: Int, verifications: [Verification] = []) {
        self.directory = directory
        self.problems = problems
        self.fileCount = fileCount
        self.verifications = verifications
    }

    /// Whether any problem is an error.
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }

    /// An organisation's `provenance.last_verified`, with its position.
    public struct Verification: Sendable, Hashable {
        public var organisation: String
        public var lastVerified: CalendarDate
        public var file: String
        public var line: Int
        public var column: Int

        public init(organisation: String, lastVerified: CalendarDate, file: String, line: Int, column: Int) {
            self.organisation = organisation
            self.lastVerified = lastVerified
            self.file = file
            self.line = line
            self.column = column
        }
    }

    /// Notes for the organisations last verified before the date `months` months before
    /// `asOf` (verified exactly 12 months ago is not older than 12 months), sorted like
    /// problems. They never make lint fail.
    public func staleEntries(olderThan months: Int, asOf: CalendarDate) -> [Problem] {
        let limit = Self.date(months: months, before: asOf)
        let notes = verifications.compactMap { entry -> Problem? in
            guard entry.lastVerified < limit else { return nil }
            let age = entry.lastVerified.months(until: asOf)
            return Problem(
                file: entry.file, line: entry.line, column: entry.column, severity: .note,
                message: "\"\(entry.organisation)\" was last verified on \(entry.lastVerified), \(age) month\(age == 1 ? "" : "s") before \(asOf) (limit \(months))"
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
