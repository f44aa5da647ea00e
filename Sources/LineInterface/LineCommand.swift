import DirectoryModel

/// What one line typed at the prompt means.
///
/// Commands are English words, also accepted in the session's UI language (`aide`, `ayuda`,
/// `مساعدة`). A line that is not a command is a search, so a defender can just type what they
/// look for; a line with nothing searchable in it (only punctuation) is ``unknown``.
enum LineCommand: Sendable, Hashable {
    /// An empty line: the next screen of a long page, or nothing.
    case enter
    case number(Int)
    /// `search` alone asks for words; `search WORDS`, or plain words, searches.
    case search(String?)
    /// `refer` alone starts the referral; `refer WORDS` refers with those words.
    case refer(String?)
    case back
    case home
    case more
    case help
    case quit
    /// `lang` with its argument (nil when missing); the argument may be invalid.
    case language(String?)
    /// `width` with its argument (nil when missing); the argument may be invalid.
    case width(String?)
    /// Input that means nothing: no command and nothing to search for.
    case unknown

    /// The verbs, by English name, with the words that mean them in each UI language.
    private static let verbs: [(verb: String, words: [UILanguage: [String]])] = [
        ("search", [.en: ["search", "find"], .fr: ["chercher", "recherche"], .es: ["buscar"], .ar: ["بحث", "ابحث"]]),
        ("refer", [.en: ["refer", "referral"], .fr: ["orienter", "orientation"], .es: ["derivar", "derivación"], .ar: ["إحالة", "احالة"]]),
        ("back", [.en: ["back", "b"], .fr: ["retour"], .es: ["volver", "atrás", "atras"], .ar: ["رجوع"]]),
        ("home", [.en: ["home", "menu"], .fr: ["accueil"], .es: ["inicio"], .ar: ["الرئيسية"]]),
        ("more", [.en: ["more", "m"], .fr: ["suite"], .es: ["más", "mas"], .ar: ["المزيد"]]),
        ("help", [.en: ["help", "?"], .fr: ["aide"], .es: ["ayuda"], .ar: ["مساعدة"]]),
        ("quit", [.en: ["quit", "exit", "bye", "q"], .fr: ["quitter"], .es: ["salir"], .ar: ["خروج"]]),
        ("lang", [.en: ["lang", "language"], .fr: ["langue"], .es: ["idioma"], .ar: ["لغة", "اللغة"]]),
        ("width", [.en: ["width"], .fr: ["largeur"], .es: ["ancho"], .ar: ["عرض"]]),
    ]

    /// Parses `line` typed while the UI is in `language`.
    static func parse(_ line: String, language: UILanguage) -> LineCommand {
        let trimmed = line.trimmingSpaces()
        if trimmed.isEmpty { return .enter }
        if trimmed.utf8.count <= 9, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Int(trimmed).map(LineCommand.number) ?? .unknown
        }
        // A language's own name alone switches to it (`español`, `français`, `العربية`); the
        // two-letter codes alone stay words to search (`es` is a word), `lang es` switches.
        if UILanguage(rawValue: trimmed.lowercased()) == nil, LineSession.language(named: trimmed) != nil {
            return .language(trimmed)
        }
        let first = trimmed.prefix { $0 != " " }
        let rest = trimmed.dropFirst(first.count).trimmingSpaces()
        let argument = rest.isEmpty ? nil : rest
        let word = first.lowercased()
        if let verb = verbs.first(where: { entry in
            (entry.words[.en] ?? []).contains(word) || (entry.words[language] ?? []).contains(word)
        })?.verb {
            switch verb {
            case "search": return .search(argument)
            case "refer": return .refer(argument)
            case "lang": return .language(argument)
            case "width": return .width(argument)
            // The other verbs take no argument: with one, the line is words to search
            // ("help desk", "back pain" are searches, not commands).
            case _ where argument != nil: break
            case "back": return .back
            case "home": return .home
            case "more": return .more
            case "help": return .help
            case "quit": return .quit
            default: break
            }
        }
        guard trimmed.contains(where: { $0.isLetter || $0.isNumber }) else { return .unknown }
        return .search(trimmed)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> String {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
