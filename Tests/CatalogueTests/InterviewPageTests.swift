import Catalogue
import DirectoryModel
import Referral
import Testing

/// The one interview, checked once here: its question table, its pages and how typed answers
/// are read. The fronts only draw these pages.
@Suite struct InterviewPageTests {
    let catalogue = CatalogueSample.catalogue()

    @Test func everyQuestionIsWordedInEveryLanguage() {
        for language in UILanguage.allCases {
            let questions = InterviewStep.allCases.map { $0.question(language) }
            #expect(Set(questions).count == questions.count)
            #expect(questions.allSatisfy { !$0.isEmpty && !$0.contains("%") })
        }
        #expect(InterviewStep.urgencyCodes == DefenderProfile.UrgencyLevel.allCases.map(\.rawValue))
    }

    @Test func aStepListsItsAnswersThenTypingThenSkipping() throws {
        let page = try catalogue.page(.interview(InterviewPath(answers: [["TN"]])), language: .en)
        #expect(page.title == "Who is at risk?")
        #expect(page.blocks.contains(.item("Country: Tunisia")))
        #expect(page.links == [
            .link(label: "Hrd", route: .interview(InterviewPath(answers: [["TN"], ["hrd"]]))),
            .link(label: "Journalist", route: .interview(InterviewPath(answers: [["TN"], ["journalist"]]))),
            .query(label: UIText.typeInstead(.en), route: .interview(InterviewPath(answers: [["TN"]], asksForWords: true))),
            .link(label: UIText.skipQuestion(.en), route: .interview(InterviewPath(answers: [["TN"], []]))),
        ])
        #expect(page.blocks.last == .text(UIText.interviewShareNote(.en)))
    }

    @Test func theCountryIsTypedOnly() throws {
        let page = try catalogue.page(.interview(InterviewPath()), language: .fr)
        #expect(page.links.first == .query(label: UIText.typedHint(.fr), route: .interview(InterviewPath(asksForWords: true))))
        #expect(catalogue.interviewPrompt(InterviewPath(), .fr).hasPrefix("Étape 1 sur 6. Dans quel pays"))
    }

    /// Typed words go through the referral parser, and only the question's own part is kept.
    @Test func aTypedAnswerAddsOnlyWhatTheQuestionAsks() throws {
        let start = InterviewPath()
        #expect(try catalogue.answering(start, typed: "Tunisia journalist urgent") == InterviewPath(answers: [["TN"]]))
        #expect(try catalogue.answering(start, typed: "  ") == InterviewPath(answers: [[]]))
        #expect(try catalogue.answering(start, typed: "-") == InterviewPath(answers: [[]]))
        #expect(try catalogue.answering(start, typed: "zzz") == nil)
        let languages = InterviewPath(answers: [[], [], [], []])
        // A bare language code at the languages question is the language, not a country.
        #expect(try catalogue.answering(languages, typed: "fr, ar") == InterviewPath(answers: [[], [], [], [], ["fr", "ar"]]))
    }

    @Test func codesTheDirectoryLacksAreNotFound() {
        #expect(throws: CatalogueError.notFound) { try catalogue.page(.interview(InterviewPath(answers: [["ZZ"]])), language: .en) }
        #expect(throws: CatalogueError.notFound) { try catalogue.page(.interview(InterviewPath(answers: [["TN", "EG"]])), language: .en) }
        #expect(throws: CatalogueError.notFound) { try catalogue.answering(InterviewPath(answers: [[], ["astronaut"]]), typed: "x") }
    }

    @Test func theLastAnswerIsTheReferralForWhatWasAnsweredAndAllSkippedIsThePrompt() throws {
        let done = try catalogue.page(.interview(InterviewPath(answers: [["TN"], ["journalist"], [], ["legal_support"], [], ["immediate"]])), language: .en)
        #expect(done.title == UIText.referralTitle(.en))
        #expect(done.links.contains(.link(label: UIText.shareLink(.en), route: .referral("c=TN;w=journalist;n=legal_support;u=immediate"))))
        let skipped = try catalogue.page(.interview(InterviewPath(answers: Array(repeating: [], count: 6))), language: .en)
        #expect(skipped.title == UIText.refer(.en))
    }
}
