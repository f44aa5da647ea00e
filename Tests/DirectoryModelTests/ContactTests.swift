import DirectoryModel
import Testing

/// What makes a contact current, around the clock, and what its date note may claim.
@Suite struct ContactTests {
    func contact(historical: Bool = false, unconfirmed: LocalizedText? = nil, hours: String? = nil,
                 sourceDate: String? = "2024", checked: CalendarDate? = nil) -> Contact {
        Contact(type: "phone", value: "+1 555 0100", hours: hours, historical: historical, unconfirmed: unconfirmed,
                source: "https://example.org", sourceDate: sourceDate, checked: checked)
    }

    @Test func onlyContactsNeitherHistoricalNorUnconfirmedAreCurrent() {
        #expect(contact().isCurrent)
        #expect(!contact(historical: true).isCurrent)
        #expect(!contact(unconfirmed: LocalizedText("Only a news report gives it.")).isCurrent)
    }

    @Test func aroundTheClockIsTheExactToken() {
        #expect(contact(hours: "24/7").isAroundTheClock)
        #expect(!contact(hours: "24 hours").isAroundTheClock)
        #expect(!contact(hours: "24/7, 365 days").isAroundTheClock)
        #expect(!contact().isAroundTheClock)
        var service = Service(id: "s", name: LocalizedText("S"), availability: "24/7")
        #expect(service.isAroundTheClock)
        service.availability = "every day"
        #expect(!service.isAroundTheClock)
    }

    @Test func theDateNoteClaimsOnlyARecordedCheck() {
        let day = CalendarDate(year: 2026, month: 12, day: 1)
        #expect(contact(checked: day).dateNote == .checked(day))
        #expect(contact(sourceDate: "2011-05").dateNote == .sourceDated("2011-05"))
        #expect(contact(sourceDate: "undated").dateNote == .undatedSource)
        #expect(contact(sourceDate: nil).dateNote == .undatedSource)
        let contacts = [contact(checked: day), contact(), contact(checked: CalendarDate(year: 2025, month: 1, day: 1))]
        #expect(contacts.lastChecked == day)
        #expect([contact()].lastChecked == nil)
    }

    @Test func locationsAndTheSinglePlaceForFilters() {
        var service = Service(id: "s", name: LocalizedText("S"), location: .inCountry)
        #expect(service.locations == [.inCountry] && service.location == .inCountry)
        service.locations = [.abroad, .inExile]
        #expect(service.location == .abroad)
        service.locations = Service.Location.allCases
        #expect(service.location == nil)
        service.locations = []
        #expect(service.location == nil)
    }

    @Test func boundToStandsInForAMissingCoverage() {
        var service = Service(id: "s", name: LocalizedText("S"))
        #expect(service.effectiveCoverage == nil)
        service.boundTo = "MX"
        #expect(service.effectiveCoverage == Coverage(include: ["MX"]))
        service.coverage = Coverage(include: ["MX", "GT"])
        #expect(service.effectiveCoverage == Coverage(include: ["MX", "GT"]))
    }
}
