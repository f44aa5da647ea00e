import Foundation
import DirectoryModel
import Referral

/// The referral interview, one question per page, for every front: Gemini draws a step as
/// links and an input prompt, the line interface as a numbered screen, Gopher as a menu with a
/// type-7 item. Every answer so far is in the address (``InterviewPath``), so no front keeps
/// state; the last answer leads to the referral for exactly what was answered.
extension Catalogue {
    /// The page of an interview path: the next question, or the referral once every question
    /// is answered (the referral prompt when all were skipped). `notRecognised` puts the
    /// "not recognised" sentence first, after a typed answer that named nothing.
    ///
    /// - Throws: ``CatalogueError/notFound`` when the path holds a code the directory lacks.
    public func interviewPage(_ path: InterviewPath, _ l: UILanguage, notRecognised: Bool = false) throws(CatalogueError) -> Page {
        try validate(path)
        guard let step = path.nextStep else {
            let profile = interviewProfile(path)
            return profile == DefenderProfile() ? referPage(nil, l) : referralReportPage(profile, ignoredWords: [], all: false, l)
        }
        var blocks: [Page.Block] = notRecognised ? [.text(UIText.notRecognised(l))] : []
        blocks.append(.text(stepOf(step, l)))
        if !path.answers.isEmpty {
            // What was understood, in words: a defender sees at once what a typed answer became.
            blocks.append(.heading(UIText.answersSoFar(l)))
            for (index, codes) in path.answers.enumerated() {
                let answered = InterviewStep(rawValue: index)!
                let value = codes.isEmpty ? UIText.skipped(l) : l.list(codes.map { interviewLabel($0, answered, l) })
                blocks.append(.item(answered.answerLabel(l) + ": " + value))
            }
        }
        blocks.append(.blank)
        let choices = interviewChoices(step, l)
        if !choices.isEmpty {
            blocks += choices.map { .link(label: $0.label, route: .interview(path.answering([$0.code]))) }
            blocks.append(.blank)
        }
        blocks.append(.query(label: step.isTypedOnly ? UIText.typedHint(l) : UIText.typeInstead(l), route: .interview(path.typing)))
        blocks.append(.link(label: UIText.skipQuestion(l), route: .interview(path.answering([]))))
        blocks.append(.blank)
        blocks.append(.text(UIText.interviewShareNote(l)))
        return Page(language: l, title: step.question(l), blocks: blocks)
    }

    /// The path after a typed answer to its next question, or nil when the words name nothing
    /// the question asks for. Empty words or `-` skip the question. The words go through the
    /// referral parser, as `sanad refer` reads them, and only the question's own part of what it
    /// understood is kept: nothing is added that was not asked.
    ///
    /// - Throws: ``CatalogueError/notFound`` for a path with unknown codes or no question left.
    public func answering(_ path: InterviewPath, typed: String) throws(CatalogueError) -> InterviewPath? {
        try validate(path)
        guard let step = path.nextStep else { throw .notFound }
        let answer = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        if answer.isEmpty || answer == InterviewPath.skipped { return path.answering([]) }
        let codes = typedCodes(answer, step)
        return codes.isEmpty ? nil : path.answering(codes)
    }

    /// The one-line prompt for typed words at the path's next question (a Gemini status 10
    /// prompt): "Step 1 of 6. In which country …? A code (TN) or a name. Leave empty or type - to skip."
    public func interviewPrompt(_ path: InterviewPath, _ l: UILanguage, notRecognised: Bool = false) -> String {
        guard let step = path.nextStep else { return UIText.referPrompt(l) }
        var parts = notRecognised ? [UIText.notRecognised(l)] : []
        parts.append(stepOf(step, l) + ".")
        parts.append(step.question(l))
        if step.isTypedOnly { parts.append(UIText.typedHint(l)) }
        parts.append(UIText.skipHint(l))
        return parts.joined(separator: " ")
    }

    /// The profile a finished (or partly finished) interview describes: only what was answered.
    func interviewProfile(_ path: InterviewPath) -> DefenderProfile {
        var profile = DefenderProfile()
        for (index, codes) in path.answers.enumerated() {
            switch InterviewStep(rawValue: index)! {
            case .country: profile.country = codes.first
            case .who: profile.who = codes
            case .threats: profile.threats = codes
            case .needs: profile.needs = codes
            case .languages: profile.languages = codes
            case .urgency: profile.urgency = codes.first.flatMap(DefenderProfile.UrgencyLevel.init(rawValue:))
            }
        }
        return profile
    }

    private func stepOf(_ step: InterviewStep, _ l: UILanguage) -> String {
        UIText.interviewStep(l, String(step.rawValue + 1), String(InterviewStep.allCases.count))
    }

    /// The codes of `step` in a typed answer, read by the referral parser. A bare language code
    /// (`fr`) at the languages question means the language, not the country.
    private func typedCodes(_ answer: String, _ step: InterviewStep) -> [String] {
        var words = answer
        // The country question takes a code in any case ("tn"); in free words only "TN" is a code.
        if step == .country, answer.count == 2, answer.allSatisfy({ $0.isASCII && $0.isLetter }) { words = answer.uppercased() }
        if step == .languages {
            words = answer.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "،" || $0 == ";" }).map { word in
                let code = word.lowercased()
                return code.count == 2 && directory.vocabularies.languages.term(code) != nil ? "lang:" + code : String(word)
            }.joined(separator: " ")
        }
        let profile = profileParser.parse(words: words).profile
        let codes: [String]
        switch step {
        case .country: codes = profile.country.map { [$0] } ?? []
        case .who: codes = profile.who
        case .threats: codes = profile.threats
        case .needs: codes = profile.needs
        case .languages: codes = profile.languages
        case .urgency: codes = profile.urgency.map { [$0.rawValue] } ?? []
        }
        return Array(codes.prefix(InterviewPath.maximumCodesPerAnswer))
    }

    /// Refuses a path whose codes the directory does not have, or with several answers to a
    /// question that takes one.
    private func validate(_ path: InterviewPath) throws(CatalogueError) {
        for (index, codes) in path.answers.enumerated() {
            let step = InterviewStep(rawValue: index)!
            guard !(step.isSingle && codes.count > 1), codes.allSatisfy({ isInterviewCode($0, step) }) else { throw .notFound }
        }
    }
}
