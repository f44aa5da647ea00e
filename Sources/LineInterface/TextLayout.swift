import Catalogue

/// Wraps text for a terminal of a given width, by grapheme.
///
/// Width is counted in grapheme clusters (`Character`), so a multi-byte character, an emoji
/// sequence or an Arabic letter with its vowel marks is never split; lines break at spaces, and a
/// word longer than the width is cut between graphemes. Control characters in the text become
/// spaces, so no page can move the user's cursor or change their terminal.
///
/// Values that must be copied whole (phone numbers, e-mail addresses, URLs) are laid out with
/// ``valueLine(_:)``: alone on their line and never cut, even past the width, because a number
/// split in two cannot be dialled.
public struct TextLayout: Sendable, Hashable {
    /// The width when the user has not chosen one.
    public static let defaultWidth = TextWrapper.defaultWidth
    /// The widths `width N` accepts.
    public static let widthRange = TextWrapper.minimumWidth...TextWrapper.maximumWidth
    /// Lines per screen before the output pauses for `more`.
    public static let defaultScreenHeight = 22

    /// Columns per line, within ``widthRange``.
    public private(set) var width: Int

    public init(width: Int = TextLayout.defaultWidth) {
        self.width = min(max(width, Self.widthRange.lowerBound), Self.widthRange.upperBound)
    }

    /// Wraps `text` into lines of at most ``width`` graphemes. `firstPrefix` starts the first line
    /// (a list number), `prefix` every following one (the hanging indent). Newlines in `text`
    /// start new lines; an empty text gives one line holding the first prefix.
    public func wrap(_ text: String, firstPrefix: String = "", prefix: String = "") -> [String] {
        var lines: [String] = []
        var current = firstPrefix
        var currentWidth = firstPrefix.count
        var lineHasWord = false
        let paragraphs = Self.clean(text).split(separator: "\n", omittingEmptySubsequences: false)

        func breakLine() {
            lines.append(current)
            current = prefix
            currentWidth = prefix.count
            lineHasWord = false
        }

        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { breakLine() }
            for word in paragraph.split(separator: " ") {
                let wordWidth = word.count
                let needed = lineHasWord ? wordWidth + 1 : wordWidth
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
                while currentWidth + rest.count > width {
                    let room = max(1, width - currentWidth)
                    current += rest.prefix(room)
                    rest = rest.dropFirst(room)
                    lines.append(current)
                    current = prefix
                    currentWidth = prefix.count
                }
                if !rest.isEmpty {
                    current += rest
                    currentWidth += rest.count
                    lineHasWord = true
                }
            }
        }
        lines.append(current)
        return lines.map { Self.trimTrailingSpaces($0) }
    }

    /// A value (phone number, e-mail address, URL) alone on its line, never cut.
    public func valueLine(_ value: String) -> String {
        Self.clean(value).replacingNewlinesWithSpaces()
    }

    /// Replaces control characters (C0, C1, DEL) by spaces and CR LF / CR by LF.
    static func clean(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A:
                if !previousWasCR { result.unicodeScalars.append("\n") }
            case 0x0D:
                result.unicodeScalars.append("\n")
            case 0x00..<0x20, 0x7F..<0xA0:
                result.unicodeScalars.append(" ")
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func trimTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}

extension String {
    fileprivate func replacingNewlinesWithSpaces() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
