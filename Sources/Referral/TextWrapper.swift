/// Plain-text lines wrapped at a width, with indentation; values that must read whole (phone
/// numbers, addresses, URLs) go on lines of their own and are never broken.
struct TextWrapper {
    let width: Int
    private(set) var lines: [String] = []

    init(width: Int) { self.width = max(20, min(width, 200)) }

    /// Adds `text` wrapped at word boundaries; continuation lines are indented by `hang` more.
    mutating func paragraph(_ text: String, indent: Int = 0, hang: Int = 0) {
        let pad = String(repeating: " ", count: indent)
        let hangPad = String(repeating: " ", count: indent + hang)
        var line = pad
        var lineHasWord = false
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if lineHasWord, line.count + 1 + word.count > width {
                lines.append(line)
                line = hangPad
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        if lineHasWord { lines.append(line) }
    }

    /// Adds `value` whole on its own line.
    mutating func value(_ value: String, indent: Int) {
        lines.append(String(repeating: " ", count: indent) + value)
    }

    mutating func blank() {
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    var text: String {
        var all = lines
        while all.last == "" { all.removeLast() }
        return all.joined(separator: "\n") + "\n"
    }
}
