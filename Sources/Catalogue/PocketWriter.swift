import DirectoryModel
import Memberwise

/// Writes the pocket directory's plain text: `#` headers and `##` headings instead of
/// underlines, unwrapped paragraphs (the reader's screen wraps them), a field's value alone on
/// its line, and each contact's source replaced by its number in one list of sources printed
/// at the end, so an address cited by twenty contacts is written once.
@MemberwiseInit
struct PocketWriter {
    let language: UILanguage
    let width: Int
    private(set) var lines: [String] = []
    /// Source addresses in the order first cited; a contact cites one as `[n]`, from 1.
    private var sources: [String] = []
    private var sourceNumbers: [String: Int] = [:]

    /// The text, each line without trailing spaces, ending with a newline. Arabic lines get
    /// their left-to-right runs isolated, as every Arabic page does (``BidiIsolation``).
    var text: String {
        lines.map { line in
            var line = line
            while line.hasSuffix(" ") { line.removeLast() }
            return language.isRightToLeft ? BidiIsolation.isolate(line) : line
        }.joined(separator: "\n") + "\n"
    }

    mutating func line(_ text: String) { lines.append(text) }
    mutating func blank() { lines.append("") }
    mutating func header(_ text: String) { lines.append("# " + text) }
    mutating func heading(_ text: String) { lines.append("## " + text) }
    mutating func paragraph(_ text: String) { lines += TextWrapper.wrap(text, width: width) }

    /// A page's title as a header, its headings, paragraphs, fields and items.
    mutating func page(_ page: Page) {
        if !page.title.isEmpty { header(page.title) }
        for block in page.blocks.map(\.unwrapped) {
            switch block {
            case .heading(let text): heading(text)
            case .text(let text): paragraph(text)
            case .field(let label, let value, let note, _):
                paragraph(label + ":")
                lines.append("  " + value)
                if let note { lines += TextWrapper.wrap(citing(note), width: width - 2).map { "  " + $0 } }
            case .item(let value): lines.append("- " + value)
            case .blank: blank()
            case .link, .query, .external, .language, .foreign: continue
            }
        }
    }

    /// `note` with its "source: ADDRESS" part (a contact field's note, parts joined by ` · `)
    /// as "source: [n]".
    mutating func citing(_ note: String) -> String {
        let prefix = UIText.source(language) + ": "
        var parts = note.split(separator: " · ", omittingEmptySubsequences: false).map(String.init)
        for index in parts.indices where parts[index].hasPrefix(prefix) {
            let address = String(parts[index].dropFirst(prefix.count))
            parts[index] = prefix + "[\(number(address))]"
        }
        return parts.joined(separator: " · ")
    }

    private mutating func number(_ source: String) -> Int {
        if let known = sourceNumbers[source] { return known }
        sources.append(source)
        sourceNumbers[source] = sources.count
        return sources.count
    }

    /// The numbered list of every source cited, under `heading`.
    mutating func sourceList(heading text: String) {
        guard !sources.isEmpty else { return }
        blank()
        header(text)
        for (index, source) in sources.enumerated() { lines.append("[\(index + 1)] " + source) }
    }
}
