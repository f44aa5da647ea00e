import Catalogue
import DirectoryModel
import SanadTestSupport
import Testing

/// The About page tells how much of the directory was found on its live sources in the last year.
@Suite struct AboutPageTests {
    @Test func showsTheShareOfCurrentContactsCheckedWithinAYear() throws {
        var directory = CatalogueSample.make()
        // The helpline's phone checked half a year ago; its current e-mail and the closed fund's
        // phone never; the historical e-mail is not counted.
        CatalogueSample.edit(&directory, "test-helpline") { $0.services[0].contacts[0].checked = CalendarDate(year: 2026, month: 6, day: 1) }
        let catalogue = Catalogue(directory: directory, index: FixedSearch(ids: []), today: { CalendarDate(year: 2026, month: 12, day: 5) })
        let page = try catalogue.page(.about, language: .en)
        #expect(page.blocks.contains(.field(label: "Contacts found on their live source in the last 12 months", value: "1 / 3 (33%)", note: nil)))

        // A year and a day later, the check no longer counts.
        let later = Catalogue(directory: directory, index: FixedSearch(ids: []), today: { CalendarDate(year: 2027, month: 6, day: 2) })
        #expect(try later.page(.about, language: .ar).blocks.contains { block in
            if case .field(_, let value, _, _) = block { return BidiIsolation.strip(value) == "0 / 3 (0%)" }
            return false
        })
    }
}
