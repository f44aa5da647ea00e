import Foundation

/// The one structured "around the clock" value of the directory: the exact token `24/7` in a
/// contact's `hours` or a service's `availability`. Anything else there is text for people
/// ("Monday-Friday 09:00-18:00", "closed 24 Dec"), which is translated, never matched.
public enum AroundTheClock {
    /// The token, as the files write it.
    public static let token = "24/7"

    /// Whether `value` is the token, ignoring surrounding white space.
    public static func marks(_ value: String?) -> Bool {
        guard let value else { return false }
        return value.trimmingCharacters(in: .whitespacesAndNewlines) == token
    }
}

extension Contact {
    /// Whether the contact answers around the clock: its hours are exactly `24/7`.
    public var isAroundTheClock: Bool { AroundTheClock.marks(hours) }
}

extension Service {
    /// Whether the programme works around the clock: its availability is exactly `24/7`.
    public var isAroundTheClock: Bool { AroundTheClock.marks(availability) }
}
