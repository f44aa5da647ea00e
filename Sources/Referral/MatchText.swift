import Foundation

/// The one normaliser for matching typed words against names, labels and keywords: case and
/// accents folded, Arabic hamza forms, alef maqsura, ta marbuta, tashkeel and tatweel folded, and
/// hyphens and underscores read as spaces (so `digital_incident`, `front-line` and "front line"
/// meet). Applied to the dictionary and to the query alike.
enum MatchText {
    /// Folds `text` into its matching form; words are separated by single spaces.
    static func normalise(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640: continue  // tashkeel, superscript alef, tatweel
            case 0x0623, 0x0625, 0x0622, 0x0671: scalars.append("\u{0627}")  // أ إ آ ٱ → ا
            case 0x0649, 0x0626: scalars.append("\u{064A}")  // ى ئ → ي
            case 0x0629: scalars.append("\u{0647}")  // ة → ه
            case 0x0624: scalars.append("\u{0648}")  // ؤ → و
            case 0x2019, 0x02BC: scalars.append("'")
            default: scalars.append(scalar)
            }
        }
        let folded = String(scalars).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out = ""
        var pendingSpace = false
        for ch in folded {
            if ch == "-" || ch == "_" || ch.isWhitespace || ch == "/" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(ch)
        }
        return out
    }

    /// Normalised words of `text`, with punctuation stripped from their edges and French elisions
    /// (`l'`, `d'`, …) removed.
    static func words(_ text: String) -> [String] {
        normalise(text).split(separator: " ").compactMap { raw -> String? in
            var word = Substring(raw)
            while let first = word.first, isEdgePunctuation(first) { word = word.dropFirst() }
            while let last = word.last, isEdgePunctuation(last) { word = word.dropLast() }
            for elision in ["qu'", "l'", "d'", "j'", "n'", "s'", "c'"] where word.hasPrefix(elision) && word.count > elision.count {
                word = word.dropFirst(elision.count)
                break
            }
            return word.isEmpty ? nil : String(word)
        }
    }

    /// The matching key of one normalised word: an Arabic word loses its article (`العربيه` →
    /// `عربيه`), so "العربية" and "عربية" meet; a Latin-script word of four letters or more loses
    /// a final single "s", so "threats" meets "threat" and "defensoras" meets "defensora". Applied
    /// to dictionary and query alike, so a word that ends in "s" still meets itself.
    static func key(_ word: String) -> String {
        if isArabic(word) {
            if word.hasPrefix("\u{0627}\u{0644}"), word.count >= 4 { return String(word.dropFirst(2)) }
            return word
        }
        if word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.contains(":") { return String(word.dropLast()) }
        return word
    }

    /// Keys of an Arabic word without an attached particle (`والصحفيين` → `صحفيين`,
    /// `للصحفيين` → `صحفيين`), tried when the whole word is not known.
    static func stems(_ word: String) -> [String] {
        guard isArabic(word) else { return [] }
        var stems: [String] = []
        if word.hasPrefix("\u{0644}\u{0644}"), word.count >= 5 { stems.append(String(word.dropFirst(2))) }
        for prefix in ["\u{0648}", "\u{0641}", "\u{0628}", "\u{0643}", "\u{0644}"] where word.hasPrefix(prefix) && word.count >= 4 {
            stems.append(key(String(word.dropFirst())))
        }
        return stems
    }

    static func isArabic(_ word: String) -> Bool {
        word.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
    }

    private static func isEdgePunctuation(_ ch: Character) -> Bool {
        ch.isPunctuation || ch.isSymbol
    }
}
