/// A language of the user interface. Every page, label and description exists in each of these.
public enum UILanguage: String, Sendable, CaseIterable, Codable, Comparable {
    case en, fr, es, ar

    /// Whether text in this language runs right to left.
    public var isRightToLeft: Bool { self == .ar }

    public static func < (lhs: UILanguage, rhs: UILanguage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Text that may exist in several languages, keyed by ISO 639-1 code ("en", "fr", "es", "ar", …).
///
/// In a directory file it is either a plain string (in the file's `language`) or a map of
/// language → string. Names are proper nouns: a missing translation falls back to the source
/// language without complaint. Descriptions should exist in every UI language.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// Text per ISO 639-1 language code.
    public var values: [String: String]
    /// The language the text was written in, used as the fallback.
    public var sourceLanguage: String

    public init(_ values: [String: String], sourceLanguage: String) {
        self.values = values
        self.sourceLanguage = sourceLanguage
    }

    /// A text in a single language.
    public init(_ text: String, language: String = "en") {
        self.values = [language: text]
        self.sourceLanguage = language
    }

    /// The text in `language`, falling back to the source language, then English, then any.
    public func resolved(_ language: UILanguage) -> String {
        resolved(language.rawValue)
    }

    /// The text in the language with ISO 639-1 code `code`, with the same fallbacks.
    public func resolved(_ code: String) -> String {
        if let text = values[code] { return text }
        if let text = values[sourceLanguage] { return text }
        if let text = values["en"] { return text }
        return values.keys.sorted().first.flatMap { values[$0] } ?? ""
    }

    /// Whether the text exists in `language` itself, without falling back.
    public func has(_ language: UILanguage) -> Bool { values[language.rawValue] != nil }

    /// Every language variant, sorted by language code (for indexing).
    public var allValues: [String] { values.keys.sorted().compactMap { values[$0] } }
}

/// Lists in running text, for every module that writes one (the referral's summary and limits,
/// the Catalogue's pages).
extension UILanguage {
    /// The separator of a list in running text: the Arabic comma in Arabic, a comma elsewhere.
    public var listSeparator: String { self == .ar ? "، " : ", " }

    /// `items` joined as a list in this language.
    public func list(_ items: [String]) -> String { items.joined(separator: listSeparator) }
}
