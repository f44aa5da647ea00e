extension Page {
    /// The page as plain text lines at `width`, as `sanad show` prints it and as a text
    /// document reads: headings underlined, fields with the value alone on its line, links as
    /// their labels (a document has nowhere to go).
    public func plainTextLines(width: Int = TextWrapper.defaultWidth) -> [String] {
        var lines: [String] = []
        if !title.isEmpty {
            lines += TextWrapper.wrap(title, width: width)
            lines.append(String(repeating: "=", count: min(TextWrapper.columns(title), width)))
        }
        for block in blocks.map(\.unwrapped) {
            switch block {
            case .heading(let text):
                if lines.last?.isEmpty == false { lines.append("") }
                lines += TextWrapper.wrap(text, width: width)
                lines.append(String(repeating: "-", count: min(TextWrapper.columns(text), width)))
            case .text(let text):
                lines += TextWrapper.wrap(text, width: width)
            case .field(let label, let value, let note, _):
                lines += TextWrapper.wrap(label + ":", width: width)
                lines.append("  " + value)
                if let note { lines += TextWrapper.wrap(note, width: width - 2).map { "  " + $0 } }
            case .item(let value):
                lines.append("- " + value)
            case .link(let label, _), .query(let label, _):
                lines += TextWrapper.wrap(label, width: width)
            case .external(let label, let url):
                lines += TextWrapper.wrap(label + ":", width: width)
                lines.append("  " + url)
            case .language(let language):
                lines.append(Catalogue.languageName(language))
            case .blank:
                lines.append("")
            case .foreign:
                break  // unwrapped above
            }
        }
        return lines
    }
}
