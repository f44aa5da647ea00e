import DirectoryModel

/// The one sanitiser of text a user sent that a page shows back (the words a referral did not
/// understand; any future echo goes through it too). Every front's renderer writes page text as
/// given, and a terminal client prints it raw, so what reaches a page must carry no control
/// code (ESC, CSI: clear screen, colours, concealed text) and no bidi control or other invisible
/// character (U+202E can show "+44 20" as another number under the server's trusted name). The
/// Catalogue's own isolates around numbers are added after this, by the page, never from input.
public enum EchoedText {
    /// `text` with every control code, bidi control or mark and invisible format character
    /// removed; tabs, line breaks and separators become a space (they separate words).
    public static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{85}"
                || scalar == "\u{2028}" || scalar == "\u{2029}" {
                scalars.append(" ")
            } else if !(scalar.isControlCode || scalar.isBidiControl || scalar.isBidiMark || scalar.isInvisibleFormat) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
