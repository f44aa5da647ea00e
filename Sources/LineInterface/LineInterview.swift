import DirectoryModel

/// The referral interview of the line interface: one question per screen, numbered choices,
/// every step skippable. The answers become the words of a referral query (`TN journalist
/// legal_support lang:ar immediate`), the same words the Gopher type-7 referral takes, so the
/// catalogue's referral page is the result on every front.
///
/// An answer is numbers (`1 3`, `1,3`), or words typed in any language (passed to the referral
/// parser as they are: a country name, "lawyer"), or nothing (`Enter` or `-`) to skip.
struct LineInterview: Sendable, Hashable {
    /// The questions, in order.
    enum Step: Int, Sendable, Hashable, CaseIterable {
        case country, who, threats, needs, languages, urgency
    }

    /// What an answer leads to.
    enum Outcome: Sendable, Hashable {
        /// Ask the (next or same) question; `hint` first when the answer was not understood.
        case ask(hint: String?)
        /// All questions answered or skipped: the referral query words.
        case done(String)
    }

    /// The urgency answers, as the referral query words understand them.
    static let urgencyCodes = ["immediate", "days", "weeks", "planning"]
    /// The most numbers one answer may hold.
    static let maximumChoicesPerAnswer = 8

    private(set) var step: Step = .country
    /// Answer words per step (empty: skipped).
    private(set) var answers: [Step: [String]] = [:]

    /// One listed choice: its query word and its label.
    struct Choice: Sendable, Hashable {
        var word: String
        var label: String
    }

    /// The choices listed for `step` (none for the country, which is typed).
    static func choices(_ step: Step, directory: Directory, language: UILanguage) -> [Choice] {
        let vocabularies = directory.vocabularies
        func terms(_ vocabulary: Vocabulary) -> [Choice] {
            vocabulary.terms.map { Choice(word: $0.code, label: $0.label.resolved(language)) }
        }
        switch step {
        case .country: return []
        case .who: return terms(vocabularies.beneficiaries)
        case .threats: return terms(vocabularies.threats)
        case .needs: return terms(vocabularies.services)
        case .languages:
            // The UI languages are listed; any other is typed by name.
            return UILanguage.allCases.map { ui in
                let label = vocabularies.languages.term(ui.rawValue)?.label.resolved(language) ?? ui.rawValue
                return Choice(word: "lang:" + ui.rawValue, label: label)
            }
        case .urgency:
            let strings = InterviewStrings.forLanguage(language)
            return zip(urgencyCodes, strings.urgencyLabels).map { Choice(word: $0, label: $1) }
        }
    }

    /// The screen of the current question: its choices numbered, then the question and how to
    /// answer, last, next to the prompt (a long list may scroll; the question must not).
    func screen(directory: Directory, language: UILanguage, layout: TextLayout) -> [String] {
        let strings = InterviewStrings.forLanguage(language)
        let choices = Self.choices(step, directory: directory, language: language)
        let digits = String(max(choices.count, 1)).count
        var lines = [strings.stepOf(step.rawValue + 1, Step.allCases.count)]
        for (index, choice) in choices.enumerated() {
            let number = String(index + 1)
            let first = String(repeating: " ", count: digits - number.count) + number + ". "
            lines += layout.wrap(choice.label, firstPrefix: first, prefix: String(repeating: " ", count: first.count))
        }
        lines += layout.wrap(strings.questions[step.rawValue])
        lines += layout.wrap(choices.isEmpty ? strings.typedHint : strings.choicesHint)
        return lines
    }

    /// Takes the answer to the current question.
    mutating func answer(_ text: String, directory: Directory, language: UILanguage) -> Outcome {
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty || trimmed == "-" {
            answers[step] = []
            return advance()
        }
        let choices = Self.choices(step, directory: directory, language: language)
        let parts = trimmed.split { $0 == " " || $0 == "," || $0 == "،" }
        let numbers = parts.compactMap { part in part.allSatisfy(\.isASCII) ? Int(part) : nil }
        if !choices.isEmpty, numbers.count == parts.count {
            guard numbers.count <= Self.maximumChoicesPerAnswer, numbers.allSatisfy({ (1...choices.count).contains($0) }) else {
                return .ask(hint: InterviewStrings.forLanguage(language).choose(choices.count))
            }
            var words: [String] = []
            for number in numbers where !words.contains(choices[number - 1].word) {
                words.append(choices[number - 1].word)
            }
            // One country and one urgency make sense; the first answer wins.
            answers[step] = step == .urgency ? Array(words.prefix(1)) : words
        } else {
            // Words go to the referral parser as typed; it echoes back what it did not understand.
            answers[step] = [trimmed]
        }
        return advance()
    }

    /// Goes back one question, forgetting its answer; false at the first question.
    mutating func back() -> Bool {
        guard let previous = Step(rawValue: step.rawValue - 1) else { return false }
        step = previous
        answers[previous] = nil
        return true
    }

    /// The referral query words of every answer so far, in question order.
    var words: String {
        Step.allCases.flatMap { answers[$0] ?? [] }.joined(separator: " ")
    }

    private mutating func advance() -> Outcome {
        guard let next = Step(rawValue: step.rawValue + 1) else { return .done(words) }
        step = next
        return .ask(hint: nil)
    }
}
