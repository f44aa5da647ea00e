import DirectoryModel
import Memberwise

/// A page of the catalogue in one language, as abstract blocks. Every front renders the same
/// page: Gopher as a menu or a text document, the line interface as numbered text, Gemini as
/// text/gemini. So a page says the same thing wherever it is read.
@MemberwiseInit
public struct Page: Sendable, Hashable {
    public var language: UILanguage
    /// The page's title: the first line a front shows.
    public var title: String
    public var blocks: [Block]
    /// Whether the page is a text document (Gopher type 0) rather than a menu.
    public var isDocument: Bool = false

    /// One part of a page.
    ///
    /// Every block is in the page's ``language`` (names and values aside), except a
    /// ``foreign(language:_:)`` block, which says which language its text is in: renderers that
    /// can mark a language (HTML `lang=`) do; the others render the inner block as it is. Text in
    /// another language is also marked in words ("(in English)"), so no reader is misled.
    /// Arabic pages come out of ``Catalogue/page(_:language:)`` with numbers, e-mails, URLs and
    /// Latin names isolated (``BidiIsolation``), so plain-text renderers need do nothing.
    public indirect enum Block: Sendable, Hashable {
        /// A section heading.
        case heading(String)
        /// A paragraph, wrapped by the front at its width.
        case text(String)
        /// A contact value or URL that must stand on its own line (it reads left to right inside
        /// Arabic text and can be copied): the label on one line, the value alone on the next.
        /// `note` (source, hours, date) follows on its own line when present. `target` is where
        /// the value leads when it is a link (`tel:+35312100489`, `mailto:…`, `https://…`), decided
        /// by the Catalogue from the contact's type (``ContactLink``); nil: plain text. Fronts that
        /// can link (web, Gemini) link exactly these, and never guess from the value.
        case field(label: String, value: String, note: String?, target: String? = nil)
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
        /// A block whose text is in another language than the page's: a directory text without
        /// a translation, shown in the language it falls back to. `language` is an ISO 639-1
        /// code. (Added for issue 21; the real directory has none, the crawl test checks it.)
        case foreign(language: String, Block)

        /// The block itself, without a ``foreign(language:_:)`` wrapper.
        public var unwrapped: Block {
            if case .foreign(_, let inner) = self { return inner.unwrapped }
            return self
        }

        /// The language of the block's text: the page's, or the one a foreign block names.
        public func language(on page: Page) -> String {
            if case .foreign(let code, _) = self { return code }
            return page.language.rawValue
        }
    }

    /// The links of the page in order, as the line interface numbers them.
    public var links: [Block] {
        blocks.map(\.unwrapped).filter {
            switch $0 {
            case .link, .external, .query, .language: return true
            default: return false
            }
        }
    }
}
