import Catalogue
import DirectoryModel
import SanadTestSupport
import Testing

@Suite struct ReferralPageTests {
    let catalogue = Catalogue(
        directory: CatalogueSample.make(), index: FixedSearch(ids: []),
        today: { CalendarDate(year: 2026, month: 11, day: 29) }
    )

    @Test func freeWordsGiveAShareableLinkWithAWarning() throws {
        let page = try catalogue.page(.refer("TN journalist urgent"), language: .en)
        let links = page.links.compactMap { block -> Route? in
            if case .link(_, let route) = block { return route }
            return nil
        }
        let shared = try #require(links.first { if case .referral = $0 { return true }; return false })
        #expect(page.blocks.contains(.text("The link below contains the answers given. Share it only over a safe channel.")))
        // The link leads back to the same referral.
        let again = try catalogue.page(shared, language: .en)
        #expect(again.blocks.filter { if case .field = $0 { return true }; return false }
            == page.blocks.filter { if case .field = $0 { return true }; return false })
    }

    @Test func anEmergencyPinsTheRoundTheClockLineWithoutHistoricalContacts() throws {
        let text = try catalogue.page(.refer("TN journalist urgent"), language: .en).plainTextLines().joined(separator: "\n")
        #expect(text.contains("+1 202 555 0100"))
        #expect(!text.contains("old@helpline.example"))
        #expect(!text.contains("+1 202 555 0199"))
    }

    @Test func wordsNotUnderstoodAreShownBackAndNothingElseIsEchoed() throws {
        let lines = try catalogue.page(.refer("TN zorglub"), language: .en).plainTextLines()
        #expect(lines.contains { $0.contains("zorglub") })
        let none = try catalogue.page(.refer("TN"), language: .en).plainTextLines()
        #expect(!none.contains { $0.contains("zorglub") })
    }

    @Test(arguments: ["x=1", "c=tunisia", "c=TN;c=EG", String(repeating: "c=TN;", count: 200), "w=no_such_group"])
    func brokenDeepLinksAreNotFound(code: String) {
        #expect(throws: CatalogueError.notFound) { try catalogue.page(.referral(code), language: .en) }
    }

    @Test func theSameWordsAlwaysGiveTheSamePage() throws {
        let a = try catalogue.page(.refer("TN journalist legal urgent"), language: .ar)
        let b = try catalogue.page(.refer("TN journalist legal urgent"), language: .ar)
        #expect(a == b)
    }
}

/// The one sanitiser of echoed text.
@Suite struct EchoedTextTests {
    @Test("Control codes, bidi controls and marks and invisible format characters are removed; joiners stay")
    func cleans() {
        #expect(EchoedText.clean("a\u{1B}[2Jb\u{9B}c\u{7F}d") == "a[2Jbcd")
        #expect(EchoedText.clean("\u{202E}4+\u{202C}\u{2066}x\u{2069}\u{200E}\u{200B}\u{FEFF}\u{AD}") == "4+x")
        #expect(EchoedText.clean("a\tb\nc\u{2028}d") == "a b c d")
        #expect(EchoedText.clean("می\u{200C}خواهم") == "می\u{200C}خواهم")
        #expect(EchoedText.clean("Défenseur عربي") == "Défenseur عربي")
    }
}
