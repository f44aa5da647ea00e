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
        guard isArabicWord(token) else { return [token] }
        let scalars = Array(token.unicodeScalars)
        var forms = [token]
        for prefix in arabicPrefixes where scalars.count - prefix.count >= minimumStemLength {
            guard scalars.starts(with: prefix) else { continue }
            var stem = String.UnicodeScalarView()
            stem.append(contentsOf: scalars[prefix.count...])
            let form = String(stem)
            if !forms.contains(form) { forms.append(form) }
        }
        return forms
    }

    /// The shortest stem kept after removing a prefix.
    public static let minimumStemLength = 2

    /// Whether every scalar of `token` is in the Arabic block.
    static func isArabicWord(_ token: String) -> Bool {
        !token.isEmpty && token.unicodeScalars.allSatisfy { (0x0600...0x06FF).contains($0.value) }
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
}
