import Foundation

/// The one text normaliser of search, applied identically to what is indexed and to queries.
///
/// A text is folded (Unicode compatibility decomposition, case folding, every non-spacing mark
/// removed, Arabic letter variants unified), then cut into tokens of letters and digits. Arabic
/// tokens also yield their stems without attached prefixes (see ``variants(of:)``), because
/// SQLite's tokenizers leave `لحقوق` and `حقوق` as unrelated words.
///
/// Folding rules for Arabic: tashkeel (U+064B–U+065F, U+0670) and tatweel (U+0640) removed;
/// أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي; Persian ی → ي and ک → ك; Arabic-Indic digits → 0–9.
public enum TextNormaliser {
    /// Folds `text`: compatibility-decomposed, lowercased, without diacritics or Arabic variants.
    ///
    /// Separators are kept, so the result is still readable. Because every non-spacing mark is
    /// removed, the result matches what NFKC followed by mark removal would give.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return String(String.UnicodeScalarView(foldedScalars(text)))
    }

    /// The tokens of `text` after folding, in order, duplicates kept.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        FoldedWords.forEach(in: text) { tokens.append(String(decoding: $0, as: UTF8.self)) }
        return tokens
    }

    /// The scalars of `text` folded: below ``FoldTable/limit`` from the table, above it in runs
    /// through ``foldSlowly(_:)``.
    static func foldedScalars(_ text: String) -> [Unicode.Scalar] {
        let table = FoldTable.shared
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(text.utf8.count)
        var run = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value < FoldTable.limit {
                if !run.isEmpty {
                    output += foldSlowly(String(run)).unicodeScalars
                    run = String.UnicodeScalarView()
                }
                output += table.folded(scalar)
            } else {
                run.append(scalar)
            }
        }
        if !run.isEmpty { output += foldSlowly(String(run)).unicodeScalars }
        return output
    }

    /// The fold worked out with Foundation's compatibility decomposition and Unicode properties:
    /// the definition ``FoldTable`` is built from, and the path for scalars beyond it.
    static func foldSlowly(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        // Compatibility decomposition splits أ into ا + hamza mark and é into e + accent, so
        // removing non-spacing marks below folds hamza carriers and Latin accents in one step.
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.value {
            case 0x0640: continue  // tatweel: stretches a word, means nothing
            case 0x0671: scalars.append(arabicAlef)  // alef wasla
            case 0x0649, 0x06CC: scalars.append(arabicYeh)  // alef maksura, Persian yeh
            case 0x0629: scalars.append(arabicHeh)  // ta marbuta
            case 0x06A9: scalars.append(arabicKaf)  // Persian keheh
            case 0x0660...0x0669: scalars.append(Unicode.Scalar(scalar.value - 0x0660 + 0x30)!)
            case 0x06F0...0x06F9: scalars.append(Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!)
            default:
                // Tashkeel (U+064B–U+065F), superscript alef (U+0670), hamza marks and Latin
                // accents are all non-spacing marks.
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                scalars.append(scalar)
            }
        }
        return String(scalars).lowercased()
    }

    /// The text handed to the FTS5 tokenizer for `text`: every token followed by its Arabic stems,
    /// separated by spaces.
    public static func indexText(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        FoldedWords.forEach(in: text) { word in
            if !output.isEmpty { output.append(0x20) }
            output += word
            forEachStem(of: word) { stem in
                output.append(0x20)
                output += stem
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Letters, digits and spacing marks (vowel signs of Indic scripts) make words; everything
    /// else separates them.
    static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .spacingMark:
            return true
        default:
            return false
        }
    }

    static let arabicAlef = Unicode.Scalar(0x0627)!
    static let arabicYeh = Unicode.Scalar(0x064A)!
    static let arabicHeh = Unicode.Scalar(0x0647)!
    static let arabicKaf = Unicode.Scalar(0x0643)!
}
