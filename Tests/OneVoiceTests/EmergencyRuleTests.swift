import Catalogue
import DirectoryModel
import Gopher
@testable import LineInterface
import Referral
import SanadTestSupport
import Testing

/// One emergency-line rule (the structured `24/7`) for the root page, the pins and the banner.
@Suite struct EmergencyRuleTests {
    /// The first emergency number on the Gopher root.
    func firstRootNumber(_ catalogue: Catalogue, _ l: UILanguage) throws -> String {
        let items = Fronts.items(Fronts.gopherLines("/\(l.rawValue)/", catalogue))
        let heading = try #require(items.firstIndex { $0.display == UIText.emergencyNow(l) })
        // A field: the label line, then the value alone on its line.
        return items[heading + 2].display
    }

    @Test(arguments: UILanguage.allCases)
    func theLineBannerShowsTheFirstNumberOfTheGopherRoot(language: UILanguage) throws {
        for catalogue in [TestDirectory.catalogue(), Fronts.catalogue(try #require(Fronts.directory))] {
            var session = LineSession(catalogue: catalogue, settings: .init(language: language))
            let number = BidiIsolation.strip(try firstRootNumber(catalogue, language))
            #expect(number == catalogue.emergencyLines().first?.value)
            // Issue 21: the number once on the line's first screen, in the root's block.
            let screen = session.start().compactMap { if case .send(let text) = $0 { return BidiIsolation.strip(text) } else { return nil } }.joined()
            #expect(screen.components(separatedBy: number).count == 2)
        }
    }

    @Test func theEmergencyPageOpensWithEveryLineOfTheRootRule() throws {
        let catalogue = Fronts.catalogue(try #require(Fronts.directory))
        let page = try catalogue.page(.emergency, language: .en)
        let lines = catalogue.emergencyLines()
        #expect(!lines.isEmpty)
        let values = page.blocks.prefix(lines.count + 1).compactMap { block -> String? in
            if case .field(_, let value, _, _) = block { return value } else { return nil }
        }
        #expect(values == lines.map(\.value))
    }

    /// Hours are text for people: "closed 24 Dec" names no 24-hour line anywhere.
    @Test func hoursTextIsNotTheStructuredValue() throws {
        var directory = TestDirectory.make()
        let helpline = try #require(directory.organisations.firstIndex { $0.id == "test-helpline" })
        directory.organisations[helpline].services[0].contacts[0].hours = "closed 24 Dec"
        let catalogue = Catalogue(directory: directory, index: FixedSearch(ids: []))
        #expect(catalogue.emergencyLines().isEmpty)
        #expect(!LineSession(catalogue: catalogue).banner().joined().contains("+"))
        #expect(ReferralEngine.refer(DefenderProfile(urgency: .immediate), directory: directory, asOf: Fronts.asOf).pinned.isEmpty)

        // The same programme declaring `availability: 24/7` is a 24-hour line on every front.
        directory.organisations[helpline].services[0].availability = "24/7"
        let declared = Catalogue(directory: directory, index: FixedSearch(ids: []))
        #expect(declared.emergencyLines().map(\.value) == ["+1 202 555 0100"])
        #expect(ReferralEngine.refer(DefenderProfile(urgency: .immediate), directory: directory, asOf: Fronts.asOf).pinned.map(\.reason) == [.emergency])
    }

    /// A 24-hour line callable only inside one country is not offered to a reader who may be
    /// anywhere: not on the root, the emergency page or the banner; it is for that country only.
    @Test func aNationalOnlyLineIsOnlyForItsCountry() throws {
        var directory = TestDirectory.make()
        let helpline = try #require(directory.organisations.firstIndex { $0.id == "test-helpline" })
        directory.organisations[helpline].services[0].contacts[0].nationalOnly = "GE"
        let catalogue = Catalogue(directory: directory, index: FixedSearch(ids: []))
        #expect(!catalogue.emergencyLines().map(\.value).contains("+1 202 555 0100"))
        #expect(catalogue.emergencyLines(country: "GE").map(\.value).contains("+1 202 555 0100"))
        #expect(!catalogue.emergencyLines(country: "MX").map(\.value).contains("+1 202 555 0100"))

        // A programme bound to one country likewise.
        directory.organisations[helpline].services[0].contacts[0].nationalOnly = nil
        directory.organisations[helpline].services[0].boundTo = "GE"
        let bound = Catalogue(directory: directory, index: FixedSearch(ids: []))
        #expect(bound.emergencyLines().isEmpty)
        #expect(bound.emergencyLines(country: "GE").map(\.value) == ["+1 202 555 0100"])
    }
}
