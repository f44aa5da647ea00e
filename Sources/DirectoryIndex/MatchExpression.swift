import TextMatching

/// An FTS5 MATCH expression built from untrusted query text.
///
/// The text goes through ``TextNormaliser``, so only tokens of letters and digits survive; each
/// is quoted, which makes words such as `NEAR`, `AND` or `OR` plain terms. Nothing the user
/// types can reach FTS5's query syntax, so no query raises a syntax error.
///
/// Each token becomes a group: an FTS5 expression of its forms (`("لحقوق" OR "حقوق")`), and
/// the vocabulary codes those forms name (see ``TermDictionary``), which ``SearchIndex``
/// matches in memory; the last token is also matched as a prefix, so `front lin` finds Front
/// Line Defenders while it is being typed.
struct MatchExpression: Equatable {
    /// One group per distinct query token, in query order.
    var groups: [Group]

    /// One query token.
    struct Group: Equatable {
        /// The FTS5 expression of its forms.
        var text: String
        /// How many word forms (FTS5 phrases) ``text`` holds.
        var forms: Int
        /// The numbers of the codes (``TermDictionary``) its forms name, ascending.
        var codes: [Int]
    }

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

    /// Nil when the query holds no word at all. Without a dictionary, words match words only.
    init?(query: String, dictionary: TermDictionary = .empty) {
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
        groups = tokens.enumerated().map { index, token in
            Self.group(token, asPrefix: index == tokens.count - 1, dictionary: dictionary)
        }
    }

    private static func group(_ token: String, asPrefix: Bool, dictionary: TermDictionary) -> Group {
        let forms = TextNormaliser.variants(of: token)
        var codes = Set<Int>()
        var terms: [String] = []
        for (index, form) in forms.enumerated() {
            let minimum = index == 0 ? minimumPrefixLength : minimumStemPrefixLength
            let prefix = asPrefix && form.unicodeScalars.count >= minimum
            // Tokens hold only letters and digits, so quoting needs no escaping.
            terms.append("\"\(form)\"" + (prefix ? "*" : ""))
            codes.formUnion(dictionary.codes(matching: Array(form.utf8), prefix: prefix))
        }
        let text = terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " OR ") + ")"
        return Group(text: text, forms: forms.count, codes: codes.sorted())
    }
}
