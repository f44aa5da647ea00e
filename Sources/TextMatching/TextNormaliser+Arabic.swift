extension TextNormaliser {
    /// The forms under which a folded token is indexed and searched: the token itself first, then,
    /// for an Arabic word, each stem left after removing an attached prefix (و ف ب ك ل ال and
    /// their combinations such as وال بال لل فال), longest prefix first, when at least
    /// ``minimumStemLength`` letters remain.
    ///
    /// `والحقوق` gives `والحقوق حقوق الحقوق`; `لحقوق` gives `لحقوق حقوق`. A word that merely
    /// starts with one of these letters also yields a short false stem (`وطن` → `طن`): the price
    /// of finding `حقوق` in `لحقوق` without a dictionary.
    public static func variants(of token: String) -> [String] {
        var forms = [token]
        forEachStem(of: Array(token.utf8)) { forms.append(String(decoding: $0, as: UTF8.self)) }
        return forms
    }

    /// Calls `body` with each stem of the folded word `word` (UTF-8), as ``variants(of:)`` lists
    /// them after the word itself. Two prefixes never leave the same stem (a word starts with at
    /// most one prefix of each length), so no stem comes twice.
    static func forEachStem(of word: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        guard isArabicWord(word) else { return }
        for prefix in arabicPrefixBytes where word.count - prefix.count >= 2 * minimumStemLength {
            if word.starts(with: prefix) { body(word[prefix.count...]) }
        }
    }

    /// The shortest stem kept after removing a prefix.
    public static let minimumStemLength = 2

    /// Whether every scalar of the UTF-8 word `word` is in the Arabic block (U+0600–U+06FF),
    /// that is, whether it is made of two-byte sequences led by 0xD8–0xDB.
    static func isArabicWord(_ word: [UInt8]) -> Bool {
        guard !word.isEmpty, word.count % 2 == 0 else { return false }
        var index = 0
        while index < word.count {
            guard (0xD8...0xDB).contains(word[index]), (0x80...0xBF).contains(word[index + 1]) else { return false }
            index += 2
        }
        return true
    }

    /// Attached prefixes, longest first: an optional conjunction (و ف), an optional preposition
    /// (ب ك ل) and an optional article (ال), plus ل fused with the article as لل.
    static let arabicPrefixes: [[Unicode.Scalar]] = {
        let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}"
        let ba: Unicode.Scalar = "\u{0628}", kaf: Unicode.Scalar = "\u{0643}", lam: Unicode.Scalar = "\u{0644}"
        let alef: Unicode.Scalar = "\u{0627}"
        let conjunctions: [[Unicode.Scalar]] = [[], [waw], [fa]]
        let prepositions: [[Unicode.Scalar]] = [[], [ba], [kaf], [lam]]
        let articles: [[Unicode.Scalar]] = [[], [alef, lam]]
        var prefixes: [[Unicode.Scalar]] = []
        for c in conjunctions {
            for p in prepositions {
                for a in articles where !(c + p + a).isEmpty {
                    prefixes.append(c + p + a)
                }
            }
            prefixes.append(c + [lam, lam])
        }
        // Longest first, then by scalar values, so variants come out in a fixed order.
        return prefixes.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.map(\.value).lexicographicallyPrecedes($1.map(\.value))
        }
    }()

    /// ``arabicPrefixes`` in UTF-8, in the same order (each Arabic letter takes two bytes).
    static let arabicPrefixBytes: [[UInt8]] = arabicPrefixes.map { prefix in prefix.flatMap { Array($0.utf8) } }
}
