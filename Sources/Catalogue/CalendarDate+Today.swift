import DirectoryModel
import Foundation

extension CalendarDate {
    /// Today's date in UTC: the one reading of the clock. Only the edges call it (`sanad serve`
    /// and `sanad refer` pass it to the catalogue); everything below takes the date as input.
    @Sendable public static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
