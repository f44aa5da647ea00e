import DirectoryModel

/// Bidirectional isolation for right-to-left pages: the one place where numbers, e-mail
/// addresses, URLs and Latin names inside Arabic text are wrapped in Unicode isolates, so that a
/// client laying a paragraph out right to left never reverses a phone number's digit groups
/// (`+353 1 21 00 489` read as `489 00 21 1 353+`) nor scrambles a mixed line.
///
/// ``Catalogue/page(_:language:)`` applies it to every Arabic page, so every front, the CLI and
/// the pocket bundle get it without doing anything. A left-to-right run (it starts with a Latin
/// letter, a digit, or `+` before a digit, and runs until the next Arabic letter, trailing spaces
/// and punctuation left out) becomes LRI run PDI (U+2066 … U+2069): the run keeps its own order
/// whatever the paragraph's direction. Routes and the targets of links are never touched.
public enum BidiIsolation {
    /// LEFT-TO-RIGHT ISOLATE.
    public static let lri: Character = "\u{2066}"
    /// POP DIRECTIONAL ISOLATE.
    public static let pdi: Character = "\u{2069}"

    /// The page with every left-to-right run of its text isolated.
    public static func isolate(_ page: Page) -> Page {
        Page(language: page.language, title: isolate(page.title), blocks: page.blocks.map(isolate), isDocument: page.isDocument)
    }

    static func isolate(_ block: Page.Block) -> Page.Block {
        switch block {
        case .heading(let text): return .heading(isolate(text))
        case .text(let text): return .text(isolate(text))
        case .field(let label, let value, let note, let target):
            return .field(label: isolate(label), value: isolate(value), note: note.map(isolate), target: target)
        case .item(let text): return .item(isolate(text))
        case .link(let label, let route): return .link(label: isolate(label), route: route)
        case .external(let label, let url): return .external(label: isolate(label), url: url)
        case .query(let label, let route): return .query(label: isolate(label), route: route)
        case .language, .blank: return block
        case .foreign(let language, let inner): return .foreign(language: language, isolate(inner))
        }
    }

    /// `text` with each left-to-right run wrapped in LRI … PDI. Text already isolated is left alone.
    public static func isolate(_ text: String) -> String {
        guard !text.contains(lri) else { return text }
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            guard startsRun(chars, i) else {
                out.append(chars[i])
                i += 1
                continue
            }
            var end = i
            while end < chars.count, !isRightToLeft(chars[end]), !chars[end].isNewline { end += 1 }
            // Trailing spaces and punctuation belong to the sentence around the run.
            var last = end
            while last > i, isTrailingNeutral(chars[last - 1], run: chars[i..<last]) { last -= 1 }
            out.append(lri)
            out += String(chars[i..<last])
            out.append(pdi)
            i = last
        }
        return out
    }

    /// Removes the isolates again (for a link target, which must be the bare value).
    public static func strip(_ text: String) -> String {
        guard text.contains(lri) || text.contains(pdi) else { return text }
        return String(text.filter { $0 != lri && $0 != pdi && $0 != "\u{2068}" })
    }

    private static func startsRun(_ chars: [Character], _ i: Int) -> Bool {
        let c = chars[i]
        if c.isASCII && (c.isLetter || c.isNumber) { return true }
        if c == "+", i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isNumber { return true }
        // Latin letters with accents (a French or Spanish name inside Arabic text).
        if let scalar = c.unicodeScalars.first, c.isLetter, (0x00C0...0x024F).contains(scalar.value) { return true }
        return false
    }

    /// Arabic-script letters and digits, Hebrew, and the right-to-left marks: strong R or AL.
    public static func isRightToLeft(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x0590...0x08FF).contains(v) || (0xFB1D...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v) || v == 0x200F
    }

    private static func isTrailingNeutral(_ c: Character, run: ArraySlice<Character>) -> Bool {
        if c.isWhitespace { return true }
        if c == ")" { return run.filter { $0 == "(" }.count < run.filter { $0 == ")" }.count }
        return ".,:;!?«»\"'(-–—·".contains(c)
    }
}
