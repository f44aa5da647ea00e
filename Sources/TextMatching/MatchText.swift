/// Typed words matched against names, labels and keywords: the referral parser's and every
/// interview's view of ``TextNormaliser``, so what is typed is folded exactly as search folds it
/// (case, accents, Arabic hamza forms, alef maqsura, ta marbuta, tashkeel, tatweel). Hyphens,
/// underscores and slashes read as spaces, so `digital_incident`, `front-line` and "front line"
/// meet. Applied to the dictionary and to the query alike.
public enum MatchText {
    /// Folds `text` into its matching form; words are separated by single spaces.
    public static func normalise(_ text: String) -> String {
        // Typographic apostrophes become the plain one, so French elisions are recognised.
        let apostrophes = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value == 0x2019 || $0.value == 0x02BC ? "'" : $0 }))
        var out = ""
        var pendingSpace = false
        for ch in TextNormaliser.fold(apostrophes) {
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
    public static func words(_ text: String) -> [String] {
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
    public static func key(_ word: String) -> String {
        if isArabic(word) {
            if word.hasPrefix("\u{0627}\u{0644}"), word.count >= 4 { return String(word.dropFirst(2)) }
            return word
        }
        if word.count >= 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.contains(":") { return String(word.dropLast()) }
        return word
    }

    /// Keys of an Arabic word without an attached prefix (`والصحفيين` → `صحفيين`,
    /// `للصحفيين` → `صحفيين`), tried when the whole word is not known: search's own prefix
    /// stripping (``TextNormaliser/variants(of:)``), keeping stems of three letters or more so a
    /// short word does not turn into an unrelated one.
    public static func stems(_ word: String) -> [String] {
        guard isArabic(word) else { return [] }
        var stems: [String] = []
        for stem in TextNormaliser.variants(of: word).dropFirst() where stem.count >= 3 {
            let key = key(stem)
            if !stems.contains(key) { stems.append(key) }
        }
        return stems
    }

    /// Keys of an Arabic word without an attached suffix, tried after the word and its prefixes
    /// are not known: a possessive pronoun (`هاتفي` "my phone" → `هاتف`; ـك ـه ـها ـهم ـنا ـكم)
    /// or a verb ending (`صادروا` "they seized" → `صادر`; ـوا ـت ـون), each with any prefix
    /// removed too (`وصادروا` → `صادر`). Stems keep three letters or more, so a short word does
    /// not turn into an unrelated one. Applied only to typed words that matched nothing whole.
    public static func suffixStems(_ word: String) -> [String] {
        guard isArabic(word) else { return [] }
        var out: [String] = []
        for base in [word] + stems(word) {
            let letters = Array(base)
            for suffix in arabicSuffixes where letters.count - suffix.count >= 3 && base.hasSuffix(suffix) {
                let stem = key(String(letters.dropLast(suffix.count)))
                if !out.contains(stem) { out.append(stem) }
            }
        }
        return out
    }

    /// Attached pronoun and verb endings, longest first (after folding: ة is ه).
    static let arabicSuffixes: [String] = ["\u{0647}\u{0627}", "\u{0647}\u{0645}", "\u{0646}\u{0627}", "\u{0643}\u{0645}", "\u{0648}\u{0627}", "\u{0648}\u{0646}", "\u{064A}", "\u{0643}", "\u{0647}", "\u{062A}"]

    /// Whether `word` holds a letter of the Arabic block.
    public static func isArabic(_ word: String) -> Bool {
        word.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
    }

    private static func isEdgePunctuation(_ ch: Character) -> Bool {
        ch.isPunctuation || ch.isSymbol
    }
}
