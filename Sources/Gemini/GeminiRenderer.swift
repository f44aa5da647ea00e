import Catalogue
import DirectoryModel

/// Renders a catalogue ``Page`` as text/gemini.
///
/// - title → `# title`; heading → `## heading`; paragraphs → lines (clients wrap them);
/// - field → the label on one line, the value alone on the next, the note (hours, source, date)
///   on a third, so a phone number, an e-mail address or a URL is never inside an Arabic sentence;
///   a value with a target (the Catalogue's, ``ContactLink``: `tel:`, `mailto:`, a web address)
///   is a `=>` link to it, one tap on a phone;
/// - link → `=> /xx/path label`; external → `=> url label` when the address is a web address
///   (``ContactLink/webAddress(_:)``, as on the web), else `label: url`; query → a link to the prompt;
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
            case .field(let label, let value, let note, let target):
                out.line(label + ":")
                if let target {
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
                if let target = ContactLink.webAddress(url) {
                    out.link(target, label)
                } else {
                    out.line(label + ": " + url)
                }
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
}
