import DirectoryModel
import Testing
@testable import SourceCheck

/// `lint --stale N`: current contacts never checked or checked more than N months ago.
@Suite struct StaleContactsTests {
    func contact(_ checked: String?, historical: Bool = false, line: Int) -> LocatedContact {
        LocatedContact(organisation: "o", service: nil, file: "o.yaml", line: line, column: 5, type: "phone", value: "+41 22 000 00 00",
                       source: "https://o.org", printed: nil, operatorID: nil, historical: historical, unconfirmed: false,
                       checked: checked.flatMap(CalendarDate.init), keyLines: [:], websites: [])
    }

    @Test func listsNeverCheckedAndOldChecksButNotHistoricalOnes() {
        let asOf = CalendarDate(year: 2026, month: 12, day: 5)
        let notes = StaleContacts.notes([
            contact(nil, line: 1), contact("2025-12-05", line: 2), contact("2025-12-04", line: 3),
            contact("2026-11-01", line: 4), contact(nil, historical: true, line: 5),
        ], olderThan: 12, asOf: asOf)
        #expect(notes.map(\.line) == [1, 3])
        #expect(notes.allSatisfy { $0.severity == .note })
        #expect(notes[0].message.contains("never checked"))
        #expect(notes[1].message.contains("last checked on 2025-12-04, 12 months before 2026-12-05 (limit 12)"))
        #expect(StaleContacts.date(months: 1, before: CalendarDate(year: 2026, month: 3, day: 31)) == CalendarDate(year: 2026, month: 2, day: 28))
    }
}
