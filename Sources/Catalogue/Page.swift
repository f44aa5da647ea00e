import DirectoryModel

/// A page of the catalogue in one language, as abstract blocks. Every front renders the same
/// page: Gopher as a menu or a text document, the line interface as numbered text, Gemini as
/// text/gemini. So a page says the same thing wherever it is read.
public struct Page: Sendable, Hashable {
    public var language: UILanguage
    /// The page's title: the first line a front shows.
    public var title: String
    public var blocks: [Block]
    /// Whether the page is a text document (Gopher type 0) rather than a menu.
    public var isDocument: Bool

    public init(language: UILanguage, title: String, blocks: [Block], isDocument: Bool = false) {
        self.language = language
        self.title = title
        self.blocks = blocks
        self.isDocument = isDocument
    }

    /// One part of a page.
    public enum Block: Sendable, Hashable {
        /// A section heading.
        case heading(String)
        /// A paragraph, wrapped by the front at its width.
        case text(String)
        /// A contact value or URL that must stand on its own line (it reads left to right inside
        /// Arabic text and can be copied): the label on one line, the value alone on the next.
        /// `note` (source, hours, date) follows on its own line when present.
        case field(label: String, value: String, note: String?)
        /// An item of a list that stands alone on its line (a source URL or citation), never
        /// wrapped into a sentence.
        case item(String)
        /// A link to another page of the catalogue.
        case link(label: String, route: Route)
        /// A link outside the catalogue (a website).
        case external(label: String, url: String)
        /// A prompt for words: a search or a referral (Gopher type 7).
        case query(label: String, route: Route)
        /// A link to the start page in another UI language, labelled with that language's own
        /// name (``Catalogue/languageName(_:)``).
        case language(UILanguage)
        /// An empty line.
        case blank
    }

    /// The links of the page in order, as the line interface numbers them.
    public var links: [Block] {
        blocks.filter {
            switch $0 {
            case .link, .external, .query, .language: return true
            default: return false
            }
        }
    }
}
