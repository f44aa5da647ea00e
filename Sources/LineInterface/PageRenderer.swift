import Catalogue

/// Renders a catalogue ``Page`` as numbered plain-text lines for the line interface.
///
/// Text, headings and fields are laid out exactly as ``Page/plainTextLines(width:)`` lays them
/// out for `sanad show` and Gopher text documents, so a page reads the same on every front; the
/// line interface only adds numbers. Links, websites, prompts and language choices are numbered
/// 1…n in the order of ``Page/links``, so the number a user types is the index into that list.
/// A website's URL stands alone on its own line.
public struct PageRenderer: Sendable {
    public var layout: TextLayout

    public init(layout: TextLayout = TextLayout()) {
        self.layout = layout
    }

    /// The page's lines, without line endings.
    public func render(_ page: Page) -> [String] {
        let width = layout.width
        var lines = Page(language: page.language, title: page.title, blocks: []).plainTextLines(width: width)
        let digits = String(max(page.links.count, 1)).count
        var number = 0

        func numbered(_ label: String) -> [String] {
            number += 1
            let numberText = String(number)
            let first = String(repeating: " ", count: digits - numberText.count) + numberText + ". "
            return layout.wrap(label, firstPrefix: first, prefix: String(repeating: " ", count: first.count))
        }

        for block in page.blocks {
            switch block {
            case .link(let label, _), .query(let label, _):
                lines += numbered(label)
            case .external(let label, let url):
                lines += numbered(label)
                lines.append(String(repeating: " ", count: digits + 2) + layout.valueLine(url))
            case .language(let other):
                lines += numbered(Catalogue.languageName(other))
            case .heading:
                // plainTextLines separates a heading from what precedes it; alone it cannot see that.
                if let last = lines.last, !last.isEmpty { lines.append("") }
                lines += Self.plain(block, page: page, width: width)
            case .blank:
                if lines.last?.isEmpty == false { lines.append("") }
            case .text, .field, .item:
                lines += Self.plain(block, page: page, width: width)
            }
        }
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map(Self.cleanLine)
    }

    private static func plain(_ block: Page.Block, page: Page, width: Int) -> [String] {
        Page(language: page.language, title: "", blocks: [block]).plainTextLines(width: width)
    }

    /// Directory text is trusted, but a control character in it must still never reach a terminal.
    private static func cleanLine(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) else { return line }
        return TextLayout.clean(line).replacingOccurrencesOfNewline()
    }
}

extension String {
    fileprivate func replacingOccurrencesOfNewline() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
