import Catalogue
import DirectoryModel

/// The referral interview over Gemini: one question per step, each answer added to the path,
/// every step skippable, ending in a redirect to the referral for the words answered
/// (`/en/refer?TN%20journalist%20death_threat%20lang%3Aar%20immediate`), a link that can be shared.
///
/// A step with a short enough list shows its choices as links (one tap answers); every step
/// also takes typed words through a status 10 prompt, in any UI language; the country is typed.
struct Interview: Sendable {
    let catalogue: Catalogue

    private var choices: InterviewChoices { InterviewChoices(directory: catalogue.directory) }

    /// The response for an interview path and the query sent with it (a typed answer).
    func respond(_ path: InterviewPath, query: String?) -> GeminiResponse {
        let l = path.language
        let choices = self.choices
        for (index, codes) in path.answers.enumerated() {
            let step = InterviewStep(rawValue: index)!
            guard codes.allSatisfy({ choices.isValid($0, for: step) }), !(step.isSingle && codes.count > 1) else {
                return GeminiResponse(status: .notFound, meta: UIText.notFound(l))
            }
        }
        guard let step = path.nextStep else {
            return .redirect(referURL(path))
        }
        if let query {
            let answer = query.trimmingSpaces
            if answer.isEmpty || answer == InterviewPath.skipped {
                return .redirect(PercentEncoding.encodePath(path.answering([]).path))
            }
            guard let codes = choices.codes(typed: answer, for: step, l) else {
                return .input(InterviewText.notRecognised(l) + " " + prompt(step, l))
            }
            return .redirect(PercentEncoding.encodePath(path.answering(codes).path))
        }
        if path.asksForWords || step.isTypedOnly {
            return .input(prompt(step, l))
        }
        return .page(choicePage(path, step), language: l.rawValue)
    }

    /// The status 10 prompt of a step: "Step 2 of 6. Who is at risk? Leave empty or type - to skip."
    func prompt(_ step: InterviewStep, _ l: UILanguage) -> String {
        var text = InterviewText.stepOf(step, l) + ". " + InterviewText.question(step)(l)
        if step.isTypedOnly { text += " " + InterviewText.typedHint(l) }
        return text + " " + InterviewText.skipHint(l)
    }

    /// A step as a page: the question, the answers so far, one link per choice, then typing and
    /// skipping.
    func choicePage(_ path: InterviewPath, _ step: InterviewStep) -> String {
        let l = path.language
        let choices = self.choices
        var out = GemtextWriter()
        out.heading(InterviewText.question(step)(l), level: 1)
        out.blank()
        out.line(InterviewText.stepOf(step, l))
        if !path.answers.isEmpty {
            out.heading(InterviewText.answersSoFar(l))
            for (index, codes) in path.answers.enumerated() {
                let answered = InterviewStep(rawValue: index)!
                let value = codes.isEmpty ? InterviewText.skipped(l) : codes.map { choices.label($0, for: answered, l) }.joined(separator: ", ")
                out.listItem(InterviewText.label(answered)(l) + ": " + value)
            }
            out.blank()
        } else {
            out.blank()
        }
        for choice in choices.listed(step, l) {
            out.link(path.answering([choice.code]).path, choice.label)
        }
        out.blank()
        var typing = path
        typing.asksForWords = true
        out.link(typing.path, InterviewText.typeInstead(l))
        out.link(path.answering([]).path, InterviewText.skip(l))
        out.blank()
        out.line(InterviewText.shareNote(l))
        return out.document
    }

    /// The referral for a completed interview: `/xx/refer?words`, or the referral prompt when
    /// every step was skipped.
    func referURL(_ path: InterviewPath) -> String {
        var words: [String] = []
        for (index, codes) in path.answers.enumerated() {
            words += InterviewStep(rawValue: index)!.words(codes)
        }
        let refer = PercentEncoding.encodePath(Route.refer(nil).path(path.language))
        return words.isEmpty ? refer : refer + "?" + PercentEncoding.encodeQuery(words.joined(separator: " "))
    }
}

extension String {
    /// Without leading and trailing whitespace.
    var trimmingSpaces: String {
        var s = self[...]
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
