/// "Did you mean" suggestions for misspelt field names and codes.
public enum ValidationSuggestions {
    /// The edit distance between `a` and `b`: insertions, deletions, substitutions and swaps of
    /// two neighbours (`ua` → `au`) each count 1 (Levenshtein with transpositions, "optimal string
    /// alignment"), counted in Unicode scalars.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// The candidate `text` was most likely meant to be, or nil when none is close.
    ///
    /// Close means: the same ignoring case; or within an edit distance of a third of the length
    /// (1 for up to 5 characters, so `DZ` does not suggest `TN`); or, failing that, sharing a
    /// prefix of 5 characters or more (`legal_aidd` → `legal_support`). Ties go to the earlier
    /// candidate.
    public static func suggestion(for text: String, among candidates: [String]) -> String? {
        guard !text.isEmpty, !candidates.isEmpty else { return nil }
        let lowered = text.lowercased()
        if let same = candidates.first(where: { $0.lowercased() == lowered && $0 != text }) { return same }
        // Long inputs (binary junk, pasted paragraphs) would make the distance quadratic for nothing.
        guard text.unicodeScalars.count <= 64 else { return nil }
        let length = text.unicodeScalars.count
        let limit = length <= 5 ? 1 : max(2, length / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != text {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        if let best { return best.candidate }
        var longest: (candidate: String, length: Int)?
        for candidate in candidates where candidate != text {
            let length = commonPrefixLength(lowered, candidate.lowercased())
            if length >= 5, length > (longest?.length ?? 0) { longest = (candidate, length) }
        }
        return longest?.candidate
    }

    /// ` (did you mean "x"?)` for a suggestion, or the empty string: ready to append to a message.
    public static func didYouMean(_ text: String, among candidates: [String]) -> String {
        suggestion(for: text, among: candidates).map { " (did you mean \"\($0)\"?)" } ?? ""
    }

    private static func commonPrefixLength(_ a: String, _ b: String) -> Int {
        zip(a.unicodeScalars, b.unicodeScalars).prefix { $0 == $1 }.count
    }
}
