import DirectoryModel
import Testing

@Suite struct CalendarDateTests {
    @Test func parsesOnlyRealDates() {
        #expect(CalendarDate("2026-11-29") == CalendarDate(year: 2026, month: 11, day: 29))
        #expect(CalendarDate("2024-02-29") != nil)
        for bad in ["2025-02-29", "2026-13-01", "2026-00-10", "2026-1-1", "26-11-29", "2026/11/29", "", "2026-11-29x"] {
            #expect(CalendarDate(bad) == nil, "\(bad)")
        }
    }

    @Test func printsAndOrders() {
        let a = CalendarDate(year: 2026, month: 1, day: 5)
        #expect(a.description == "2026-01-05")
        #expect(a < CalendarDate(year: 2026, month: 1, day: 6))
        #expect(CalendarDate(year: 2025, month: 12, day: 31) < a)
    }

    @Test func countsWholeMonths() {
        let start = CalendarDate(year: 2025, month: 11, day: 29)
        #expect(start.months(until: CalendarDate(year: 2026, month: 11, day: 29)) == 12)
        #expect(start.months(until: CalendarDate(year: 2026, month: 11, day: 28)) == 11)
        #expect(start.months(until: start) == 0)
    }
}

@Suite struct ISODurationTests {
    @Test func readsTheUnitsResponseTimesUse() {
        #expect(ISODuration("PT2H")?.minutes == 120)
        #expect(ISODuration("P1D")?.minutes == 1440)
        #expect(ISODuration("P2W")?.minutes == 2 * 7 * 1440)
        #expect(ISODuration("P1DT12H")?.minutes == 36 * 60)
        #expect(ISODuration("PT90M")?.minutes == 90)
    }

    @Test func refusesWhatHasNoFixedLengthOrIsMalformed() {
        for bad in ["P1M", "P1Y", "PT", "P", "2H", "PT2", "P1H", "PT1D", "PTT1H", "P9999999D", ""] {
            #expect(ISODuration(bad) == nil, "\(bad)")
        }
    }
}
