import Catalogue
import DirectoryModel
import Referral
import SanadTestSupport
import Testing

/// A source's warning about the reader's safety shows with the entry, before its contacts, on
/// the organisation's page and in referrals, in the page's language.
@Suite struct SafetyWarningTests {
    func directory() throws -> (Directory, Int) {
        var directory = TestDirectory.make()
        let helpline = try #require(directory.organisations.firstIndex { $0.id == "test-helpline" })
        directory.organisations[helpline].safetyWarnings = [LocalizedText(["en": "Declared extremist here.", "ar": "مصنفة متطرفة هنا."], sourceLanguage: "en")]
        return (directory, helpline)
    }

    @Test(arguments: [UILanguage.en, .ar])
    func theOrganisationPageWarnsBeforeAnyContact(language: UILanguage) throws {
        let (directory, _) = try directory()
        let catalogue = Catalogue(directory: directory, index: FixedSearch(ids: []))
        let page = try catalogue.page(.organisation("test-helpline"), language: language)
        let warning = UIText.safetyWarning(language) + ": " + (language == .ar ? "مصنفة متطرفة هنا." : "Declared extremist here.")
        let at = try #require(page.blocks.firstIndex(of: .text(warning)))
        let firstContact = page.blocks.firstIndex { if case .field = $0 { return true } else { return false } }
        #expect(firstContact.map { at < $0 } ?? true)
    }

    @Test func referralsCarryTheWarningOfEveryEntryTheyShow() throws {
        let (directory, helpline) = try directory()
        let catalogue = Catalogue(directory: directory, index: FixedSearch(ids: []))
        let report = ReferralEngine.refer(DefenderProfile(urgency: .immediate), directory: directory, asOf: CalendarDate(year: 2026, month: 12, day: 5))
        let shown = report.pinned.map(\.organisation.id) + report.allResults.map(\.organisation.id)
        try #require(shown.contains(directory.organisations[helpline].id))
        let page = catalogue.referralPage(report, all: true, language: .en)
        #expect(page.blocks.contains(.text(UIText.safetyWarning(.en) + ": Declared extremist here.")))
    }
}
