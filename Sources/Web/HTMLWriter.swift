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
    /// quoted attribute value alike.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// Escaped text.
    public mutating func text(_ text: String) {
        html += Self.escape(text)
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
