/// "Did you mean" suggestions for misspelt field names and codes.
public enum ValidationSuggestions {
    /// The edit distance between `a` and `b`: insertions, deletions, substitutions and swaps of
    /// two neighbours (`ua` → `au`) each count 1 (Levenshtein with transpositions, "optimal string
    /// alignment"), counted in Unicode scalars.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        return boundedDistance(a, b, limit: max(a.count, b.count))!
    }

    /// The candidate `text` was most likely meant to be, or nil when none is close.
    ///
    /// Close means: the same ignoring case; or within an edit distance of a third of the length
    /// (1 for up to 5 characters, so `DZ` does not suggest `TN`); or, failing that, sharing a
    /// prefix of 5 characters or more (`legal_aidd` → `legal_support`). Ties go to the earlier
    /// candidate.
    public static func suggestion(for text: String, among candidates: [String]) -> String? {
        Index(candidates).suggestion(for: text)
    }

    /// Candidates prepared once, for many look-ups against the same list (thousands of ids).
    public struct Index: Sendable {
        private let candidates: [(text: String, folded: [Unicode.Scalar])]

        public init(_ candidates: [String]) {
            self.candidates = candidates.map { ($0, Array($0.lowercased().unicodeScalars)) }
        }

        /// See ``ValidationSuggestions/suggestion(for:among:)``.
        public func suggestion(for text: String) -> String? {
            guard !text.isEmpty, !candidates.isEmpty else { return nil }
            let source = Array(text.lowercased().unicodeScalars)
            if let same = candidates.first(where: { $0.folded == source && $0.text != text }) { return same.text }
            // Long inputs (binary junk, pasted paragraphs) would make the distance quadratic for nothing.
            guard source.count <= 64 else { return nil }
            let limit = source.count <= 5 ? 1 : max(2, source.count / 3)
            var best: (candidate: String, distance: Int)?
            for candidate in candidates where candidate.text != text {
                guard abs(candidate.folded.count - source.count) <= limit else { continue }
                let bound = min(limit, (best?.distance ?? Int.max) - 1)
                if let distance = boundedDistance(source, candidate.folded, limit: bound) {
                    best = (candidate.text, distance)
                }
            }
            if let best { return best.candidate }
            var longest: (candidate: String, length: Int)?
            for candidate in candidates where candidate.text != text {
                let length = zip(source, candidate.folded).prefix { $0 == $1 }.count
                if length >= 5, length > (longest?.length ?? 0) { longest = (candidate.text, length) }
            }
            return longest?.candidate
        }
    }

    /// ` (did you mean "x"?)` for a suggestion, or the empty string: ready to append to a message.
    public static func didYouMean(_ text: String, among candidates: [String]) -> String {
        suggestion(for: text, among: candidates).map { " (did you mean \"\($0)\"?)" } ?? ""
    }

    /// The edit distance (with transpositions) when it is at most `limit`, else nil; gives up as
    /// soon as a whole row exceeds the limit.
    static func boundedDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        guard limit >= 0 else { return nil }
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
