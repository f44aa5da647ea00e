import Catalogue
import DirectoryModel
import Foundation

/// Renders a catalogue ``Page`` as text/gemini.
///
/// - title → `# title`; heading → `## heading`; paragraphs → lines (clients wrap them);
/// - field → the label on one line, the value alone on the next, the note (hours, source, date)
///   on a third, so a phone number, an e-mail address or a URL is never inside an Arabic sentence;
///   a phone number, an e-mail address or a web address is a `=>` link (`tel:`, `mailto:`,
///   `https:`), one tap on a phone (``contactTarget(_:)``);
/// - link → `=> /xx/path label`; external → `=> url label`; query → a link to the prompt;
///   language → `=> /xx/ name`.
public struct GeminiRenderer: Sendable {
    public init() {}

    /// The page as a text/gemini document.
    public func render(_ page: Page) -> String {
        let l = page.language
        var out = GemtextWriter()
        if !page.title.isEmpty {
            out.heading(page.title, level: 1)
            out.blank()
        }
        for block in page.blocks.map(\.unwrapped) {
            switch block {
            case .heading(let text):
                out.heading(text)
            case .text(let text):
                out.text(text)
            case .field(let label, let value, let note):
                out.line(label + ":")
                if let target = GeminiRenderer.contactTarget(value) {
                    out.link(target, value)
                } else {
                    out.line(value)
                }
                if let note { out.line(note) }
            case .item(let value):
                out.listItem(value)
            case .link(let label, let route):
                out.link(route.path(l), label)
            case .external(let label, let url):
                out.link(url, label)
            case .query(let label, let route):
                out.link(route.path(l), label)
            case .language(let other):
                out.link(Route.root.path(other), Catalogue.languageName(other))
            case .blank:
                out.blank()
            case .foreign:
                break  // unwrapped above; text/gemini marks one language per response
            }
        }
        return out.document
    }

    /// The link target of a contact value, or nil for a value that is not a link (a postal
    /// address, a handle): a phone number in international form → `tel:+…` (digits only), an
    /// e-mail address → `mailto:`, a web or onion address → itself. Bidi isolates (Arabic pages)
    /// are left out of the target; the label keeps them.
    public static func contactTarget(_ value: String) -> String? {
        let bare = BidiIsolation.strip(value).trimmingCharacters(in: .whitespaces)
        if bare.hasPrefix("https://") || bare.hasPrefix("http://") {
            return bare.contains(" ") ? nil : bare
        }
        if bare.hasPrefix("+"), bare.dropFirst().allSatisfy({ $0.isASCII && ($0.isNumber || $0 == " ") }) {
            let digits = bare.filter { $0.isASCII && $0.isNumber }
            return (7...15).contains(digits.count) ? "tel:+" + digits : nil
        }
        let parts = bare.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !bare.contains(" "), !bare.contains(":") {
            return "mailto:" + bare
        }
        return nil
    }
}
