import DirectoryModel
import Foundation

extension CalendarDate {
    /// Today's date in UTC. The model never reads the clock; the edges (server, CLI) do, here.
    @Sendable public static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
