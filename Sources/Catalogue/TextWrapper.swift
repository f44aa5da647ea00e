/// Wraps text at a width counted in grapheme clusters, breaking at spaces and never inside a
/// character, so Arabic (and any combining sequence) stays intact. A word longer than the width
/// is split between graphemes.
public enum TextWrapper {
    /// The narrowest width the fronts accept.
    public static let minimumWidth = 20
    /// The widest width the fronts accept.
    public static let maximumWidth = 200
    /// The width used when the user has not chosen one.
    public static let defaultWidth = 70

    /// The lines of `text` wrapped at `width`. Existing line breaks are kept; empty lines stay.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = min(max(width, 1), maximumWidth)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrapLine(String(paragraph), width: width)
        }
        return lines
    }

    private static func wrapLine(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if current.isEmpty == false, current.count + 1 + word.count <= width {
                current += " " + word
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            while word.count > width {
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            current = String(word)
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
