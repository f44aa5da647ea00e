import Catalogue

/// A terminal's width and what only a terminal needs: the catalogue's one ``TextWrapper`` does
/// the wrapping (by grapheme, at spaces); control characters in the text become spaces first,
/// so no page can move the user's cursor or change their terminal.
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
        TextWrapper.wrap(Self.clean(text), width: width, firstPrefix: firstPrefix, prefix: prefix)
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
}

extension String {
    fileprivate func replacingNewlinesWithSpaces() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
