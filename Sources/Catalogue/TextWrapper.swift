/// The one text wrapper of every front and the CLI: wraps text at a width counted in grapheme
/// clusters, breaking at spaces and never inside a character, so Arabic (and any combining
/// sequence) stays intact. A word longer than the width is cut between graphemes.
public enum TextWrapper {
    /// The narrowest width the fronts accept.
    public static let minimumWidth = 20
    /// The widest width the fronts accept.
    public static let maximumWidth = 200
    /// The width used when the user has not chosen one.
    public static let defaultWidth = 70

    /// The lines of `text` wrapped at `width`. Existing line breaks are kept; empty lines stay.
    /// `firstPrefix` starts the first line (a list number), `prefix` every following one (the
    /// hanging indent). Words are joined by single spaces; lines end without spaces.
    public static func wrap(_ text: String, width: Int, firstPrefix: String = "", prefix: String = "") -> [String] {
        let width = min(max(width, 1), maximumWidth)
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for (index, paragraph) in paragraphs.enumerated() {
            lines += wrapLine(paragraph, width: width, firstPrefix: index == 0 ? firstPrefix : prefix, prefix: prefix)
        }
        return lines
    }

    /// The columns `text` takes: its grapheme clusters, bidi isolates (zero width, added to
    /// Arabic pages by ``BidiIsolation``) not counted, so isolation never changes the wrapping.
    static func columns<S: StringProtocol>(_ text: S) -> Int {
        guard text.unicodeScalars.contains(where: { (0x2066...0x2069).contains($0.value) }) else { return text.count }
        return text.reduce(0) { count, c in
            c.unicodeScalars.allSatisfy { (0x2066...0x2069).contains($0.value) } ? count : count + 1
        }
    }

    /// One paragraph: words joined by single spaces, trailing spaces trimmed.
    private static func wrapLine(_ paragraph: Substring, width: Int, firstPrefix: String, prefix: String) -> [String] {
        // A paragraph's own indentation (a command to copy, as the pocket directory prints one)
        // is kept on every line it wraps to.
        let indent = paragraph.prefix { $0 == " " }
        if !indent.isEmpty, firstPrefix.isEmpty, prefix.isEmpty, indent.count < width {
            return wrapLine(paragraph.dropFirst(indent.count), width: width, firstPrefix: String(indent), prefix: String(indent))
        }
        // The common case, a short line with single spaces, is already laid out.
        if firstPrefix.isEmpty, paragraph.first != " ", paragraph.last != " ", !paragraph.contains("  "), columns(paragraph) <= width {
            return [String(paragraph)]
        }
        var lines: [String] = []
        var current = firstPrefix
        var currentWidth = firstPrefix.count
        var lineHasWord = false

        func breakLine() {
            lines.append(current)
            current = prefix
            currentWidth = prefix.count
            lineHasWord = false
        }

        for word in paragraph.split(separator: " ") {
            let needed = lineHasWord ? columns(word) + 1 : columns(word)
            if currentWidth + needed <= width {
                if lineHasWord { current += " " }
                current += word
                currentWidth += needed
                lineHasWord = true
                continue
            }
            if lineHasWord { breakLine() }
            // The word does not fit on an empty line either: cut it between graphemes.
            var rest = Substring(word)
            while currentWidth + columns(rest) > width {
                let room = max(1, width - currentWidth)
                current += rest.prefix(room)
                rest = rest.dropFirst(room)
                lines.append(current)
                current = prefix
                currentWidth = prefix.count
            }
            if !rest.isEmpty {
                current += rest
                currentWidth += columns(rest)
                lineHasWord = true
            }
        }
        lines.append(current)
        return lines.map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
