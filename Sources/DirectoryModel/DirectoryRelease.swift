import Memberwise

/// The signed release a replica serves: recorded by `deploy/sanad-update.sh` after it verified
/// the release, read by the loader on every reload. Its date tells users whether the data may
/// be stale (a replica that stopped receiving releases says so instead of looking current).
@MemberwiseInit
public struct DirectoryRelease: Sendable, Hashable {
    /// The release's serial (`release-N`).
    public var serial: Int
    /// The release's `Sanad-Date`.
    public var date: CalendarDate

    /// Whether the release is more than `days` days older than `today`.
    public func isStale(today: CalendarDate, afterDays days: Int) -> Bool {
        Self.dayNumber(today) - Self.dayNumber(date) > days
    }

    /// Days since a fixed epoch (proleptic Gregorian), for differences between dates.
    static func dayNumber(_ d: CalendarDate) -> Int {
        let a = (14 - d.month) / 12
        let y = d.year + 4800 - a
        let m = d.month + 12 * a - 3
        return d.day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }
}
