/// What a page may truthfully say about a contact's date: the source's date and whether anyone
/// re-checked the value since. No contact claims a check that did not happen.
public enum ContactDateNote: Sendable, Hashable {
    /// Found on the live source on this day.
    case checked(CalendarDate)
    /// Never re-checked; the source shows this date (`2011`, `2025-01-04`).
    case sourceDated(String)
    /// Never re-checked; the source shows no date (or none was recorded).
    case undatedSource
}

extension Contact {
    /// The date note pages print for this contact.
    public var dateNote: ContactDateNote {
        if let checked { return .checked(checked) }
        if let sourceDate, sourceDate != ValidationFormats.undated { return .sourceDated(sourceDate) }
        return .undatedSource
    }
}

extension Sequence where Element == Contact {
    /// The latest `checked` date among these contacts; nil when none was ever re-checked.
    public var lastChecked: CalendarDate? { compactMap(\.checked).max() }
}
