import Catalogue
import DirectoryModel

/// Renders a catalogue ``Page`` as text/gemini.
///
/// - title → `# title`; heading → `## heading`; paragraphs → lines (clients wrap them);
/// - field → the label on one line, the value alone on the next, the note (hours, source, date)
///   on a third, so a phone number, an e-mail address or a URL is never inside an Arabic sentence;
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
        for block in page.blocks {
            switch block {
            case .heading(let text):
                out.heading(text)
            case .text(let text):
                out.text(text)
            case .field(let label, let value, let note):
                out.line(label + ":")
                out.line(value)
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
            }
        }
        return out.document
    }
}
