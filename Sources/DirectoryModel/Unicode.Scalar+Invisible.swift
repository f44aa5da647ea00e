/// The characters that change what a reader sees without being seen themselves: the one
/// definition behind the Catalogue's sanitiser of echoed text (`EchoedText`) and lint's refusal
/// of invisible characters in the directory, so the two cannot drift apart.
extension Unicode.Scalar {
    /// A C0 or C1 control or DEL (ESC starts terminal escape sequences; U+009B is CSI itself).
    public var isControlCode: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }

    /// A bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069): each reorders the
    /// text after it, so "+44 20" can be shown as another number.
    public var isBidiControl: Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// A bidi mark (LRM, RLM, ALM): a single invisible strong character. Arabic and Persian text
    /// needs one before a number in parentheses, so directory text may carry it; echoed user
    /// text never needs it.
    public var isBidiMark: Bool {
        value == 0x200E || value == 0x200F || value == 0x061C
    }

    /// An invisible character other than the bidi marks and the joiners: a bidi control, any
    /// other format character (zero-width space, word joiner, soft hyphen, BOM, tag characters,
    /// interlinear annotation) or a line or paragraph separator. The zero-width (non-)joiners
    /// U+200C and U+200D stay: Persian and the Indic scripts spell words with them.
    public var isInvisibleFormat: Bool {
        if value == 0x200C || value == 0x200D || isBidiMark { return false }
        if isBidiControl { return true }
        switch properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
