import Foundation
import Memberwise

/// The readable text of a fetched page, and the addresses its links point at: what a contact
/// value is looked for in.
///
/// There is no HTML parser in the package mirror, so this is a small tag stripper: it drops
/// comments, the insides of `<script>`, `<style>` and the like, and tags; decodes character
/// references, and keeps what a reader sees plus what a reader can click (`href` of `mailto:`,
/// `tel:` and web links) and what Cloudflare's e-mail protection hides (`data-cfemail`, and
/// `/cdn-cgi/l/email-protection#…` links), decoded. Block tags become line breaks so words of
/// two cells never run together.
@MemberwiseInit
public struct PageText: Sendable, Hashable {
    /// The visible text, entities decoded, whitespace runs kept as they were.
    public var text: String
    /// Link targets (`mailto:`, `tel:`, `http…`), entities and percent escapes decoded.
    public var links: [String] = []
    /// E-mail addresses decoded from Cloudflare's protection.
    public var protectedEmails: [String] = []

    /// Everything searched, one part per line.
    public var searchable: String {
        ([text] + links + protectedEmails).joined(separator: "\n")
    }

    /// Extracts the text of an HTML (or plain text) document.
    public init(html: String) {
        var text = ""
        var links: [String] = []
        var emails: [String] = []
        let scalars = Array(html.unicodeScalars)
        var index = 0
        text.reserveCapacity(scalars.count / 2)
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "<" else {
                text.unicodeScalars.append(scalar)
                index += 1
                continue
            }
            // A comment: skip to "-->".
            if Self.hasPrefix(scalars, at: index, "<!--") {
                index = Self.find(scalars, "-->", from: index + 4).map { $0 + 3 } ?? scalars.count
                continue
            }
            guard let end = Self.tagEnd(scalars, from: index + 1) else {
                text.unicodeScalars.append(scalar)
                index += 1
                continue
            }
            let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            index = end + 1
            let name = Self.tagName(tag)
            // Raw text elements: jump to their closing tag without reading what is inside
            // (a script's `a<b` is not a tag).
            if ["script", "style", "template", "svg", "textarea"].contains(name), !tag.hasSuffix("/") {
                index = Self.find(scalars, "</" + name, from: index, caseInsensitive: true)
                    .flatMap { Self.find(scalars, ">", from: $0) }.map { $0 + 1 } ?? scalars.count
                continue
            }
            let attributes = Self.attributes(of: tag)
            if let href = attributes["href"] {
                let decoded = EntityDecoder.decode(href)
                if let hex = Self.cloudflareFragment(decoded), let email = CloudflareEmail.decode(hex) {
                    emails.append(email)
                } else if decoded.lowercased().hasPrefix("mailto:") || decoded.lowercased().hasPrefix("tel:") || decoded.lowercased().hasPrefix("http") {
                    links.append(decoded.removingPercentEncoding ?? decoded)
                }
            }
            if let hex = attributes["data-cfemail"], let email = CloudflareEmail.decode(hex) {
                emails.append(email)
                text += " \(email) "
            }
            if Self.blockTags.contains(name.hasPrefix("/") ? String(name.dropFirst()) : name) {
                text += "\n"
            } else if name == "td" || name == "th" || name == "/td" || name == "/th" {
                text += " "
            }
        }
        self.init(text: EntityDecoder.decode(text), links: links, protectedEmails: emails)
    }

    static let blockTags: Set<String> = [
        "br", "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
        "header", "footer", "address", "blockquote", "dd", "dt", "dl", "hr", "pre", "nav", "aside", "main", "form",
        "option", "figure", "figcaption",
    ]

    static func hasPrefix(_ scalars: [Unicode.Scalar], at index: Int, _ prefix: String) -> Bool {
        let p = Array(prefix.unicodeScalars)
        guard index + p.count <= scalars.count else { return false }
        return (0..<p.count).allSatisfy { scalars[index + $0] == p[$0] }
    }

    static func hasPrefix(_ scalars: [Unicode.Scalar], at index: Int, _ prefix: String, caseInsensitive: Bool) -> Bool {
        guard caseInsensitive else { return hasPrefix(scalars, at: index, prefix) }
        let p = Array(prefix.unicodeScalars)
        guard index + p.count <= scalars.count else { return false }
        return (0..<p.count).allSatisfy { Self.lower(scalars[index + $0]) == p[$0] }
    }

    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32)! : s
    }

    static func find(_ scalars: [Unicode.Scalar], _ needle: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
        var i = start
        while i < scalars.count {
            if hasPrefix(scalars, at: i, needle, caseInsensitive: caseInsensitive) { return i }
            i += 1
        }
        return nil
    }

    /// The index of the `>` closing a tag opened before `start`, skipping quoted attribute
    /// values; nil when `<` does not start a tag (`a < b`).
    static func tagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < scalars.count else { return nil }
        let first = scalars[start]
        guard first == "/" || first == "!" || first == "?" || first.properties.isAlphabetic else { return nil }
        var quote: Unicode.Scalar?
        var i = start
        while i < scalars.count {
            let s = scalars[i]
            if let q = quote {
                if s == q { quote = nil }
            } else if s == "\"" || s == "'" {
                quote = s
            } else if s == ">" {
                return i
            }
            i += 1
        }
        return nil
    }

    /// The lowercased tag name, with a leading `/` for a closing tag.
    static func tagName(_ tag: String) -> String {
        let closing = tag.hasPrefix("/")
        let body = closing ? tag.dropFirst() : Substring(tag)
        return (closing ? "/" : "") + body.prefix { !$0.isWhitespace && $0 != "/" }.lowercased()
    }

    /// The attributes of a tag's text (`a href="x" class=y`), names lowercased, values raw.
    static func attributes(of tag: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(tag.drop { !$0.isWhitespace })
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            let name = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != "/" }
            guard !name.isEmpty else { break }
            rest = rest.dropFirst(name.count).drop { $0.isWhitespace }
            guard rest.first == "=" else {
                result[name.lowercased()] = ""
                continue
            }
            rest = rest.dropFirst().drop { $0.isWhitespace }
            var value: Substring
            if let q = rest.first, q == "\"" || q == "'" {
                let body = rest.dropFirst()
                value = body.prefix { $0 != q }
                rest = body.dropFirst(value.count + 1)
            } else {
                value = rest.prefix { !$0.isWhitespace }
                rest = rest.dropFirst(value.count)
            }
            result[name.lowercased()] = String(value)
        }
        return result
    }

    /// The hexadecimal part of a Cloudflare protected link (`/cdn-cgi/l/email-protection#4f2a…`).
    static func cloudflareFragment(_ href: String) -> String? {
        guard href.contains("/cdn-cgi/l/email-protection#"), let hash = href.lastIndex(of: "#") else { return nil }
        return String(href[href.index(after: hash)...])
    }
}
