/// The one writer of HTML: every text and attribute value that reaches a page passes
/// ``escape(_:)`` here, so no other file writes `<`, `&` or a quote from data.
///
/// It writes the few elements the pages need, tersely (no optional closing tags are dropped,
/// no whitespace between elements): the pages must stay small on slow links.
public struct HTMLWriter: Sendable {
    /// The document so far.
    public private(set) var html = ""

    public init() {}

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities: safe in text and in a
    /// quoted attribute value alike. The Catalogue's bidi isolates (LRI, FSI, PDI: numbers and
    /// Latin names inside Arabic text) become `<bdi>` elements when `isolatesAsMarkup` (text in
    /// the body) and are dropped otherwise (attributes, `<title>`): HTML marks direction with
    /// elements, and an invisible character copied with a phone number can break the number.
    public static func escape(_ text: String, isolatesAsMarkup: Bool = false) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xE2 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var open = 0
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{2066}", "\u{2067}", "\u{2068}":
                guard isolatesAsMarkup else { continue }
                out += character == "\u{2066}" ? "<bdi dir=\"ltr\">" : character == "\u{2067}" ? "<bdi dir=\"rtl\">" : "<bdi>"
                open += 1
            case "\u{2069}":
                guard isolatesAsMarkup, open > 0 else { continue }
                out += "</bdi>"
                open -= 1
            default: out.unicodeScalars.append(character)
            }
        }
        if open > 0 { out += String(repeating: "</bdi>", count: open) }
        return out
    }

    /// Escaped text, its bidi isolates as `<bdi>` elements.
    public mutating func text(_ text: String) {
        html += Self.escape(text, isolatesAsMarkup: true)
    }

    /// The document's `<title>`: text only (no element may stand inside it).
    public mutating func title(_ text: String) {
        html += "<title>" + Self.escape(text) + "</title>"
    }

    /// Markup written as is: only the renderer's own literals, never data.
    mutating func raw(_ markup: StaticString) {
        html += markup.description
    }

    /// The one `<style>` element, ``WebStyle/css`` as is (its hash is in the policy).
    mutating func style() {
        html += "<style>" + WebStyle.css + "</style>"
    }

    /// Attributes written bare when their value is empty (`checked`); any other empty value is
    /// written `=""`.
    static let booleanAttributes: Set<String> = ["checked", "selected", "disabled", "required"]

    /// `<name a="v" …>`, each value escaped; a nil value is left out, an empty boolean
    /// attribute is written bare (`checked`).
    public mutating func open(_ name: StaticString, _ attributes: [(StaticString, String?)] = []) {
        html += "<" + name.description
        for (attribute, value) in attributes {
            guard let value else { continue }
            html += " " + attribute.description
            if !(value.isEmpty && Self.booleanAttributes.contains(attribute.description)) { html += "=\"" + Self.escape(value) + "\"" }
        }
        html += ">"
    }

    /// `</name>`.
    public mutating func close(_ name: StaticString) {
        html += "</" + name.description + ">"
    }

    /// `<name …>text</name>`.
    public mutating func element(_ name: StaticString, _ attributes: [(StaticString, String?)] = [], text: String) {
        open(name, attributes)
        self.text(text)
        close(name)
    }

    /// A link: `<a href="…">text</a>`.
    public mutating func link(_ href: String, _ label: String, _ attributes: [(StaticString, String?)] = []) {
        element("a", [("href", href)] + attributes, text: label)
    }
}
