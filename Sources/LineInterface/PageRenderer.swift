import Catalogue
import Memberwise

/// Renders a catalogue ``Page`` as numbered plain-text lines for the line interface.
///
/// Text, headings and fields are laid out exactly as ``Page/plainTextLines(width:)`` lays them
/// out for `sanad show` and Gopher text documents, so a page reads the same on every front; the
/// line interface only adds numbers.
///
/// **One numbering per screen** (issue 21): a page that numbers its own entries in its text
/// (a referral's `1. Vita Activa — Helpline`) keeps those numbers, and the first link after
/// entry *k* opens with *k*, shown as `→ k` rather than a second `k.` line; every other link
/// (prompts, language choices, pinned organisations, "more") is numbered after the highest entry
/// number, in page order. So a result's number opens that result. ``numbering(of:)`` is the one
/// map from number to link, used both here and by ``LineSession`` when a number is typed.
@MemberwiseInit
public struct PageRenderer: Sendable {
    public var layout: TextLayout = TextLayout()
    /// The public host, for the share link's gophers:// and gemini:// addresses (nil: the
    /// selector alone).
    public var publicHost: String?

    /// The number of each link of `page`, by the index of the block in `page.blocks`.
    public static func numbering(of page: Page) -> [Int: Int] { numberedLinks(of: page).numbers }

    /// ``numbering(of:)``, and which links are a numbered entry's own (they take the entry's
    /// number; the renderer shows them as `→ k`).
    static func numberedLinks(of page: Page) -> (numbers: [Int: Int], entryLinks: Set<Int>) {
        let blocks = page.blocks.map(\.unwrapped)
        var numbers: [Int: Int] = [:]
        var entry: Int?
        var highest = 0
        for (index, block) in blocks.enumerated() {
            switch block {
            case .text(let text):
                if let k = entryNumber(text) { entry = k; highest = max(highest, k) }
            case .link:
                if let k = entry {
                    numbers[index] = k
                    entry = nil
                }
            default: break
            }
        }
        let entryLinks = Set(numbers.keys)
        var next = highest
        for (index, block) in blocks.enumerated() where numbers[index] == nil {
            switch block {
            case .link, .external, .query, .language:
                next += 1
                numbers[index] = next
            default: break
            }
        }
        return (numbers, entryLinks)
    }

    /// The link opened by `number` on `page`, nil when there is none.
    public static func link(_ number: Int, on page: Page) -> Page.Block? {
        numbering(of: page).first { $0.value == number }.map { page.blocks[$0.key].unwrapped }
    }

    /// The highest number on `page` (0 when it has no links).
    public static func highestNumber(on page: Page) -> Int { numbering(of: page).values.max() ?? 0 }

    /// `k` when `text` is a page's own numbered entry, `k. …` with k ≥ 1 (a referral's result).
    static func entryNumber(_ text: String) -> Int? {
        let text = BidiIsolation.strip(text)
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, text.dropFirst(digits.count).hasPrefix(". "), let k = Int(digits), k > 0 else { return nil }
        return k
    }

    /// The page's lines, without line endings.
    public func render(_ page: Page) -> [String] {
        let width = layout.width
        var lines = Page(language: page.language, title: page.title, blocks: []).plainTextLines(width: width)
        let (numbers, entryLinks) = Self.numberedLinks(of: page)
        let digits = String(max(numbers.values.max() ?? 1, 1)).count
        let indent = String(repeating: " ", count: digits + 2)

        func numbered(_ index: Int, _ label: String) -> [String] {
            let numberText = String(numbers[index] ?? 0)
            let first = String(repeating: " ", count: max(digits - numberText.count, 0)) + numberText + ". "
            return layout.wrap(label, firstPrefix: first, prefix: String(repeating: " ", count: first.count))
        }

        for (index, block) in page.blocks.map(\.unwrapped).enumerated() {
            switch block {
            case .link(let label, let route):
                if let k = numbers[index], entryLinks.contains(index) {
                    // The entry's own number opens it: said once, beside the entry's name.
                    lines += layout.wrap("→ \(k): " + label, firstPrefix: indent, prefix: indent)
                } else {
                    lines += numbered(index, label)
                }
                lines += shareLines(label, route, page, indent: indent)
            case .query(let label, _):
                lines += numbered(index, label)
            case .external(let label, let url):
                lines += numbered(index, label)
                lines.append(indent + layout.valueLine(url))
            case .language(let other):
                lines += numbered(index, Catalogue.languageName(other))
            case .heading:
                // plainTextLines separates a heading from what precedes it; alone it cannot see that.
                if let last = lines.last, !last.isEmpty { lines.append("") }
                lines += Self.plain(block, page: page, width: width)
            case .blank:
                if lines.last?.isEmpty == false { lines.append("") }
            case .text, .field, .item:
                lines += Self.plain(block, page: page, width: width)
            case .foreign:
                break  // unwrapped above
            }
        }
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map(Self.cleanLine)
    }

    /// Under the share link of a referral: the selector, and the gophers:// and gemini://
    /// addresses when the public host is known, so a caseworker can copy one (the page's own
    /// warning stands just above the link).
    func shareLines(_ label: String, _ route: Route, _ page: Page, indent: String) -> [String] {
        guard case .referral(let code) = route, label == UIText.shareLink(page.language), !code.hasSuffix(";more") else { return [] }
        let l = page.language
        // Values built here, not by the Catalogue: isolated here too on an Arabic page.
        let value = { (text: String) in indent + layout.valueLine(l.isRightToLeft ? BidiIsolation.isolate(text) : text) }
        let selector = route.path(l)
        var lines = [indent + UIText.lineShareSelector(l), value(selector)]
        if let host = publicHost {
            lines.append(indent + UIText.lineShareURL(l))
            lines.append(value("gophers://\(host)/1" + selector))
            lines.append(value("gemini://\(host)" + selector))
        }
        return lines
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
