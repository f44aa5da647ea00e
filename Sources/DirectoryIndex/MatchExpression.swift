/// An FTS5 MATCH expression built from untrusted query text.
///
/// The text goes through ``TextNormaliser``, so only tokens of letters and digits survive; each
/// is quoted, which makes words such as `NEAR`, `AND` or `OR` plain terms. Nothing the user
/// types can reach FTS5's query syntax, so no query raises a syntax error.
///
/// Each token becomes a group of its forms (`("لحقوق" OR "حقوق")`); the last token is also
/// matched as a prefix, so `front lin` finds Front Line Defenders while it is being typed.
struct MatchExpression: Equatable {
    /// Every token must match.
    var all: String
    /// Any token may match: the fallback when ``all`` finds nothing. Nil for a single token.
    var any: String?

    /// Only this many characters (Unicode scalars) of a query are read; no search needs more.
    static let maximumQueryLength = 1_024
    /// At most this many distinct tokens of a query are used; the rest are ignored.
    static let maximumTokens = 12
    /// Longer tokens are cut to this many scalars (no real word is longer).
    static let maximumTokenLength = 64
    /// A prefix this short would match too many words to mean anything.
    static let minimumPrefixLength = 2
    /// Arabic stems are used as prefixes only from this length, or `لد*` would match half the language.
    static let minimumStemPrefixLength = 3

    /// Nil when the query holds no word at all.
    init?(query: String) {
        var tokens: [String] = []
        let read = query.unicodeScalars.count > Self.maximumQueryLength
            ? String(String.UnicodeScalarView(query.unicodeScalars.prefix(Self.maximumQueryLength)))
            : query
        for token in TextNormaliser.tokens(read) {
            let cut = token.unicodeScalars.count > Self.maximumTokenLength
                ? String(String.UnicodeScalarView(token.unicodeScalars.prefix(Self.maximumTokenLength)))
                : token
            if !tokens.contains(cut) { tokens.append(cut) }
            if tokens.count == Self.maximumTokens { break }
        }
        guard !tokens.isEmpty else { return nil }
        let groups = tokens.enumerated().map { index, token in
            Self.group(token, asPrefix: index == tokens.count - 1)
        }
        all = groups.joined(separator: " AND ")
        any = groups.count > 1 ? groups.joined(separator: " OR ") : nil
    }

    private static func group(_ token: String, asPrefix: Bool) -> String {
        let forms = TextNormaliser.variants(of: token)
        let terms = forms.enumerated().map { index, form -> String in
            let length = form.unicodeScalars.count
            let minimum = index == 0 ? minimumPrefixLength : minimumStemPrefixLength
            // Tokens hold only letters and digits, so quoting needs no escaping.
            return "\"\(form)\"" + (asPrefix && length >= minimum ? "*" : "")
        }
        return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")"
    }
}
