import DirectoryFiles
import DirectoryModel

/// `sanad lint --stale N`: the current contacts whose last check (`checked`, written by a
/// person or `sanad sources check --record`) is more than N months before a date, or that were
/// never checked. Notes only: staleness never fails lint, so a commit's verdict does not
/// change with the calendar.
///
/// Historical contacts and contacts with an `unconfirmed` note are left out: they make no
/// claim about today, and `--record` never dates them.
public enum StaleContacts {
    /// One note per stale contact, at the contact's first key, sorted like problems.
    public static func notes(_ contacts: [LocatedContact], olderThan months: Int, asOf: CalendarDate) -> [Problem] {
        let limit = date(months: months, before: asOf)
        let notes = contacts.filter(\.isCurrent).compactMap { contact -> Problem? in
            let what = "\(contact.type) \"\(contact.value)\" of \"\(contact.organisation)\""
            guard let checked = contact.checked else {
                return Problem(file: contact.file, line: contact.line, column: contact.column, severity: .note,
                               message: "\(what) was never checked against its source")
            }
            guard checked < limit else { return nil }
            let age = checked.months(until: asOf)
            return Problem(file: contact.file, line: contact.line, column: contact.column, severity: .note,
                           message: "\(what) was last checked on \(checked), \(age) month\(age == 1 ? "" : "s") before \(asOf) (limit \(months))")
        }
        return Problem.sorted(notes)
    }

    /// `date` moved back by `months` months, the day clamped to the month's length.
    public static func date(months: Int, before date: CalendarDate) -> CalendarDate {
        let total = date.year * 12 + (date.month - 1) - max(0, months)
        let year = total / 12, month = total % 12 + 1
        var day = date.day
        while day > 28, CalendarDate(CalendarDate(year: year, month: month, day: day).description) == nil { day -= 1 }
        return CalendarDate(year: year, month: month, day: day)
    }
}
