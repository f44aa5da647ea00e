import Catalogue
import DirectoryModel
import Gemini
import Gopher
import LineInterface
import Referral
import Testing

/// One profile, one referral: the same results, reasons, contacts and security levels on
/// Gopher, the line interface, Gemini and `sanad refer`'s text.
@Suite struct SameReferralEverywhereTests {
    @Test func oneProfileReadsTheSameOnEveryFrontAndTheCLI() throws {
        let directory = try #require(Fronts.directory)
        let catalogue = Fronts.catalogue(directory)
        // The interview's answers, and the same situation typed for `sanad refer`.
        let path = InterviewPath(answers: [["TN"], ["journalist"], ["death_threat"], ["legal_support"], ["ar"], ["immediate"]])
        let interviewPage = try catalogue.page(.interview(path), language: .en)
        let parsed = ProfileParser(directory: directory).parse(words: "TN journalist death_threat legal_support lang:ar immediate")
        #expect(parsed.ignoredWords.isEmpty)
        var report = catalogue.referral(parsed.profile)
        report.ignoredWords = parsed.ignoredWords
        let cliPage = catalogue.referralPage(report, all: false, language: .en)
        // The interview and the CLI build the very same page.
        #expect(interviewPage == cliPage)

        let l = UILanguage.en
        let words = ReferralText(language: l, directory: directory)
        var expected: [String] = []
        for pin in report.pinned {
            expected.append(pin.organisation.name.resolved(l))
            expected += pin.contacts.map(\.value)
            expected += pin.contacts.compactMap { $0.security.map { Catalogue.securityWords($0, l) } }
        }
        for result in report.results {
            expected.append(result.organisation.name.resolved(l) + " — " + result.service.name.resolved(l))
            expected += result.signals.map(words.signal)
            expected += result.contacts.map(\.value)
            expected += result.contacts.compactMap { $0.security.map { Catalogue.securityWords($0, l) } }
        }
        #expect(!report.results.isEmpty && !report.pinned.isEmpty)
        #expect(expected.contains(UIText.securityE2E(l)) || expected.contains(UIText.securityNone(l)))
        let fronts = [
            ("gopher", Fronts.gopherWords(interviewPage)), ("line", Fronts.lineWords(interviewPage)),
            ("gemini", Fronts.geminiWords(interviewPage)), ("cli", Fronts.cliWords(cliPage)),
        ]
        for (front, text) in fronts {
            for phrase in expected {
                #expect(text.contains(Fronts.fold([phrase])), "\(front) lacks \(phrase)")
            }
        }
    }

    /// Every contact shows its security level in words, on the organisation's page too.
    @Test func securityLevelsAreWordsOnTheOrganisationPage() throws {
        let directory = try #require(Fronts.directory)
        let page = try Fronts.catalogue(directory).page(.organisation("front-line-defenders"), language: .fr)
        let text = Fronts.cliWords(page)
        #expect(text.contains(UIText.securityNone(.fr)))
        #expect(!text.contains(" · none"))
    }
}
