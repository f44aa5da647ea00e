import DirectoryModel

extension Catalogue {
    /// A directory text in `l`. When the text lacks `l` and falls back, the fallback says so in
    /// `l` ("(in English)"), never silently: the crawl test and `lint --strict` keep the real
    /// directory free of fallbacks, and a gap in a working copy still shows honestly.
    public static func localized(_ text: LocalizedText, _ l: UILanguage) -> String {
        let value = text.resolved(l)
        guard !text.has(l), let code = fallbackLanguage(text, l) else { return value }
        return value + " " + fallbackMark(code, l)
    }

    /// The language code a text falls back to in `l` (nil when it has `l`), as ``LocalizedText/resolved(_:)`` chooses.
    public static func fallbackLanguage(_ text: LocalizedText, _ l: UILanguage) -> String? {
        if text.has(l) { return nil }
        if text.values[text.sourceLanguage] != nil { return text.sourceLanguage }
        if text.values["en"] != nil { return "en" }
        return text.values.keys.sorted().first
    }

    /// "(in English)" in `l` for a text shown in the language `code`.
    public static func fallbackMark(_ code: String, _ l: UILanguage) -> String {
        switch code {
        case "en": return UIText.inEnglish(l)
        case "fr": return UIText.inFrench(l)
        case "es": return UIText.inSpanish(l)
        case "ar": return UIText.inArabic(l)
        default: return UIText.inOtherLanguage(l, code)
        }
    }

    /// A paragraph of directory text, prefixed: in the page's language, or tagged with the
    /// language it falls back to (``Page/Block/foreign(language:_:)``), so a renderer can mark it.
    func textBlock(_ prefix: String, _ text: LocalizedText, _ l: UILanguage) -> Page.Block {
        let block = Page.Block.text(prefix + Catalogue.localized(text, l))
        guard let code = Catalogue.fallbackLanguage(text, l) else { return block }
        return .foreign(language: code, block)
    }

    /// A contact's hours in `l`: the `24/7` token in words, the file's text in `l` when it gives
    /// several languages, else its one text marked with its language when that is not `l`.
    func hoursText(_ contact: Contact, _ l: UILanguage) -> String? {
        guard let hours = contact.hours else { return nil }
        if hours == Contact.aroundTheClock { return UIText.hoursAroundTheClock(l) }
        if let text = contact.hoursText { return Catalogue.localized(text, l) }
        return Catalogue.availabilityWords(hours, l)
    }

    /// A programme's `availability` (a plain string in the data) in `l`: the phrases the
    /// directory uses are translated here; any other is shown marked "(in English)".
    static func availabilityWords(_ availability: String, _ l: UILanguage) -> String {
        switch availability.lowercased() {
        case Contact.aroundTheClock: return UIText.hoursAroundTheClock(l)
        case "24/7, 365 days a year": return UIText.hoursAroundTheClockAllYear(l)
        case "every day": return UIText.hoursEveryDay(l)
        case "any day of the year": return UIText.hoursAnyDayOfYear(l)
        case "monday-friday 08:00-16:00 (strasbourg time)":
            let strasbourg = LocalizedText(["en": "Monday-Friday 08:00-16:00 (Strasbourg time)", "fr": "Du lundi au vendredi, 8 h-16 h (heure de Strasbourg)",
                                            "es": "De lunes a viernes, 08:00-16:00 (hora de Estrasburgo)", "ar": "من الاثنين إلى الجمعة، 08:00-16:00 (بتوقيت ستراسبورغ)"], sourceLanguage: "en")
            return strasbourg.resolved(l)
        default: return l == .en ? availability : availability + " " + UIText.inEnglish(l)
        }
    }

    /// The names of languages (ISO 639-1 codes) in `l`, as a list.
    func languageNames(_ codes: [String], _ l: UILanguage) -> String {
        l.list(codes.map { directory.vocabularies.languages.label($0, l) })
    }
}

extension Catalogue {
    /// A short prompt for words, with an example fitting the language's readers, short enough
    /// for a one-line client (Gemini's status 10): "Palabras para buscar, p. ej. periodista México".
    public static func shortPrompt(_ route: Route, _ l: UILanguage) -> String {
        let search = ["torture lawyer Kenya", "journaliste Cameroun", "periodista México", "محامية تونس"]
        let refer = ["KE lgbtiq arrest", "CM journaliste arrestation", "MX periodista amenaza", "TN محامية مصادرة الهاتف"]
        let index = UILanguage.allCases.firstIndex(of: l)!
        if case .refer = route { return UIText.geminiReferPrompt(l, refer[index]) }
        return UIText.geminiSearchPrompt(l, search[index])
    }
}
