import Catalogue
import DirectoryModel
import Referral

/// The referral on the web: one form that asks what the interview asks (the Catalogue's
/// questions and answers), posted, never in the address; results with `no-store`, a plain-text
/// version and a print layout; a share link only when asked for, with the Catalogue's warning
/// that it carries the answers. Typed words go through the Catalogue's own entry points (the
/// referral parser), as on every other front.
extension HTMLResponder {
    /// The fields of the form, one per interview question.
    enum Field: String, CaseIterable {
        case country, who, threats, needs, languages, urgency

        init(_ step: InterviewStep) {
            switch step {
            case .country: self = .country
            case .who: self = .who
            case .threats: self = .threats
            case .needs: self = .needs
            case .languages: self = .languages
            case .urgency: self = .urgency
            }
        }
    }

    /// `GET /xx/refer`: the Catalogue's referral page (words, or the interview), then the form.
    func referForm(_ l: UILanguage, _ catalogue: Catalogue, filled: FormFields? = nil, notRecognised: Bool = false) -> WebResponse {
        guard let page = try? catalogue.page(.refer(nil), language: l) else { return notFound(l) }
        let html = renderer.document(page, route: .refer(nil), extra: { out in
            self.writeForm(l, catalogue, filled: filled, notRecognised: notRecognised, into: &out)
        })
        return .html(html, noStore: filled != nil)
    }

    /// The answers a question lists, as the Catalogue's interview offers them (its page for that
    /// step, read back: the same codes and labels as every front).
    static func choices(_ step: InterviewStep, _ catalogue: Catalogue, _ l: UILanguage) -> [(code: String, label: String)] {
        let before = InterviewPath(answers: Array(repeating: [], count: step.rawValue))
        guard let page = try? catalogue.interviewPage(before, l) else { return [] }
        return page.blocks.compactMap { block in
            guard case .link(let label, .interview(let next)) = block, !next.asksForWords, next.answers.count == step.rawValue + 1,
                  let answer = next.answers.last, answer.count == 1 else { return nil }
            return (answer[0], label)
        }
    }

    /// The form: the country typed (read by the referral parser), checkboxes for the lists, and
    /// radio buttons for how soon, starting with a neutral "Not sure", checked (lynx shows the
    /// first radio button as chosen when none is).
    func writeForm(_ l: UILanguage, _ catalogue: Catalogue, filled: FormFields?, notRecognised: Bool, into out: inout HTMLWriter) {
        out.element("h2", text: UIText.webFormHeading(l))
        out.open("form", [("method", "post"), ("action", Route.refer(nil).path(l))])
        if notRecognised { out.element("p", text: UIText.answerCountry(l) + ": " + UIText.notRecognised(l)) }
        for step in InterviewStep.allCases {
            let name = Field(step).rawValue
            let chosen = Set(filled?.all(name) ?? [])
            if step.isTypedOnly {
                out.open("p")
                out.open("label")
                out.text(step.question(l) + " " + UIText.typedHint(l))
                out.raw("<br>")
                out.open("input", [("name", name), ("size", "24")])
                out.close("label")
                out.close("p")
                continue
            }
            out.open("fieldset")
            out.element("legend", text: step.question(l))
            let type = step.isSingle ? "radio" : "checkbox"
            if step.isSingle {
                out.raw("<div><label>")
                out.open("input", [("type", "radio"), ("name", name), ("value", ""), ("checked", chosen.isEmpty || chosen == [""] ? "" : nil)])
                out.text(" " + UIText.webNotSure(l))
                out.raw("</label></div>")
            }
            for choice in Self.choices(step, catalogue, l) {
                out.raw("<div><label>")
                out.open("input", [("type", type), ("name", name), ("value", choice.code), ("checked", chosen.contains(choice.code) ? "" : nil)])
                out.text(" " + choice.label)
                out.raw("</label></div>")
            }
            out.close("fieldset")
        }
        out.element("button", text: UIText.webFormSubmit(l))
        out.close("form")
    }

    /// `POST /xx/refer`: words (`q`) as `sanad refer` reads them, or the form's answers; then
    /// the Catalogue's referral page, in HTML, or as plain text with `format=text`.
    func referral(_ form: FormFields, _ l: UILanguage, _ catalogue: Catalogue) -> WebResponse {
        let all = form.first("all") == "1"
        var hidden: [(String, String)] = []
        var page: Page
        if let words = form.first("q")?.trimmingCharacters(in: .whitespacesAndNewlines), !words.isEmpty {
            guard var first = try? catalogue.page(.refer(words), language: l) else { return notFound(l) }
            if all, let more = Self.moreRoute(first), let every = try? catalogue.page(more, language: l) { first = every }
            page = first
            hidden.append(("q", words))
        } else {
            var profile = DefenderProfile()
            if let typed = form.first(Field.country.rawValue)?.trimmingCharacters(in: .whitespacesAndNewlines), !typed.isEmpty {
                let understood: InterviewPath?
                do {
                    understood = try catalogue.answering(InterviewPath(), typed: typed)
                } catch {
                    return notFound(l)
                }
                guard let country = understood?.answers.first?.first else {
                    return referForm(l, catalogue, filled: form, notRecognised: true)
                }
                profile.country = country
                hidden.append((Field.country.rawValue, country))
            }
            func codes(_ step: InterviewStep) -> [String] {
                let offered = Set(Self.choices(step, catalogue, l).map(\.code))
                var seen = Set<String>()
                let codes = form.all(Field(step).rawValue).filter { offered.contains($0) && seen.insert($0).inserted }
                hidden += codes.map { (Field(step).rawValue, $0) }
                return codes
            }
            profile.who = codes(.who)
            profile.threats = codes(.threats)
            profile.needs = codes(.needs)
            profile.languages = codes(.languages)
            profile.urgency = codes(.urgency).first.flatMap(DefenderProfile.UrgencyLevel.init(rawValue:))
            page = catalogue.referralPage(catalogue.referral(profile), all: all, language: l)
        }
        if all { hidden.append(("all", "1")) }
        let share = form.first("share") == "1"
        let (shown, moreLabel) = Self.forTheWeb(page, share: share)
        if form.first("format") == "text" {
            return .plainText(shown.plainTextLines(width: 72).joined(separator: "\n") + "\n", noStore: true)
        }
        let html = renderer.document(shown, route: nil, extra: { out in
            out.open("form", [("method", "post"), ("action", Route.refer(nil).path(l))])
            for (name, value) in hidden { out.open("input", [("type", "hidden"), ("name", name), ("value", value)]) }
            if let moreLabel { Self.button(&out, "all", moreLabel) }
            Self.button(&out, "format", UIText.webPlainText(l), value: "text")
            if !share { Self.button(&out, "share", UIText.webShareRequest(l)) }
            out.close("form")
            out.element("p", text: UIText.webPrintHint(l))
        })
        return .html(html, noStore: true)
    }

    /// A submit button on its own line: `<p><button name=… value=…>label</button></p>`.
    static func button(_ out: inout HTMLWriter, _ name: String, _ label: String, value: String = "1") {
        out.raw("<p>")
        out.element("button", [("name", name), ("value", value)], text: label)
        out.raw("</p>")
    }

    /// The page without its share link and warning (unless asked for) and without the link to
    /// every result, which the web offers as a button (its address would carry the answers);
    /// with that link's label.
    static func forTheWeb(_ page: Page, share: Bool) -> (Page, more: String?) {
        let l = page.language
        var more: String?
        var kept = page
        kept.blocks = page.blocks.filter { block in
            switch block {
            case .link(let label, .referral(let code)):
                if code.hasSuffix(";more") {
                    more = label
                    return false
                }
                return share || label != UIText.shareLink(l)
            case .text(let text):
                return share || text != UIText.shareWarning(l)
            default:
                return true
            }
        }
        return (kept, more)
    }

    /// The route of a page's link to every result, if it has one.
    static func moreRoute(_ page: Page) -> Route? {
        for block in page.blocks {
            if case .link(_, .referral(let code)) = block, code.hasSuffix(";more") { return .referral(code) }
        }
        return nil
    }
}
