import Catalogue

/// Writes text/gemini lines: the one place that knows gemtext's line types.
///
/// Text from the directory can begin with characters that gemtext reads as markup (`#`, `=>`,
/// `* `, `>`, three backticks); such a line gets one leading space so it stays plain text.
/// Nothing is wrapped: Gemini clients wrap lines to their own width.
public struct GemtextWriter: Sendable {
    public private(set) var lines: [String] = []

    public init() {}

    /// `# title` (level 1) or `## title` (level 2), after an empty line unless at the top.
    public mutating func heading(_ text: String, level: Int = 2) {
        if let last = lines.last, !last.isEmpty { lines.append("") }
        lines.append(String(repeating: "#", count: max(1, min(3, level))) + " " + Self.oneLine(text))
    }

    /// A paragraph: each of its lines on a line of its own; `- ` items become gemtext list items.
    public mutating func text(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("- ") {
                listItem(String(line.dropFirst(2)))
            } else {
                lines.append(Self.plain(String(line)))
            }
        }
    }

    /// One plain line (a value alone on its line: a phone number, an address, a URL).
    public mutating func line(_ text: String) {
        lines.append(Self.plain(Self.oneLine(text)))
    }

    /// `* item`.
    public mutating func listItem(_ text: String) {
        lines.append("* " + Self.oneLine(text))
    }

    /// `=> url label`. The URL is percent-encoded where it must be (spaces, non-ASCII).
    public mutating func link(_ url: String, _ label: String) {
        let label = Self.oneLine(label)
        lines.append("=> " + Self.linkTarget(url) + (label.isEmpty ? "" : " " + label))
    }

    /// An empty line.
    public mutating func blank() {
        lines.append("")
    }

    /// The document: every line ended by LF.
    public var document: String {
        lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Line breaks in a title, label or value become spaces: one item, one line.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return String(text.map { $0.isNewline ? " " : $0 })
    }

    /// A line that gemtext would read as markup gets a leading space.
    static func plain(_ line: String) -> String {
        for marker in ["=>", "#", "* ", ">", "```"] where line.hasPrefix(marker) {
            return " " + line
        }
        return line
    }

    /// A link target: a path is percent-encoded; a full URL only has its spaces, controls and
    /// non-ASCII characters encoded (everything else is as the directory gives it).
    static func linkTarget(_ url: String) -> String {
        if url.hasPrefix("/") { return PercentEncoding.encodePath(url) }
        var out = ""
        for scalar in url.unicodeScalars {
            if scalar.isASCII, scalar.value > 0x20, scalar.value != 0x7F {
                out.unicodeScalars.append(scalar)
            } else {
                out += PercentEncoding.encodeQuery(String(scalar))
            }
        }
        return out
    }
}
