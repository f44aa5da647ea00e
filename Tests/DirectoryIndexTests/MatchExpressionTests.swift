import Testing
@testable import DirectoryIndex

@Suite("MatchExpression")
struct MatchExpressionTests {
    /// The FTS5 expression of each query word, in order; nil when the query has no word.
    func texts(_ query: String) -> [String]? {
        MatchExpression(query: query)?.groups.map(\.text)
    }

    @Test("Words are quoted, joined with AND, the last one a prefix")
    func latin() throws {
        #expect(texts("Front  LIN") == ["\"front\"", "\"lin\"*"])
        #expect(texts("solidar trust") == ["\"solidar\"", "\"trust\"*"])
    }

    @Test("A single word has no fallback; a one-letter last word is not a prefix")
    func single() {
        #expect(MatchExpression(query: "fidh") == MatchExpression(query: "FIDH"))
        #expect(MatchExpression(query: "fidh")?.groups.count == 1)
        #expect(texts("front l") == ["\"front\"", "\"l\""])
    }

    @Test("Arabic words become a group of their forms; short stems are not prefixes")
    func arabic() {
        #expect(texts("لحقوق") == ["(\"لحقوق\"* OR \"حقوق\"*)"])
        #expect(texts("ولد") == ["(\"ولد\"* OR \"لد\")"])
        #expect(texts("لحقوق الإنسان") == ["(\"لحقوق\" OR \"حقوق\")", "(\"الانسان\"* OR \"انسان\"*)"])
    }

    @Test("Queries without words give no expression")
    func empty() {
        for query in ["", "   ", "\"*()-", "\u{064E}\u{0640}", "🙂"] {
            #expect(MatchExpression(query: query) == nil)
        }
    }

    @Test("Operators are words and duplicates count once; long queries are bounded")
    func bounded() throws {
        #expect(texts("NEAR OR AND") == ["\"near\"", "\"or\"", "\"and\"*"])
        #expect(texts("a a a b") == ["\"a\"", "\"b\""])
        let words = (0..<100).map { "w\($0)" }.joined(separator: " ")
        let expression = try #require(MatchExpression(query: words))
        #expect(expression.groups.count == MatchExpression.maximumTokens)
        // Only the first characters of a query are read.
        #expect(MatchExpression(query: String(repeating: " ", count: MatchExpression.maximumQueryLength) + "front") == nil)
        let long = try #require(MatchExpression(query: String(repeating: "x", count: 10_000)))
        #expect(long.groups.map(\.text) == ["\"" + String(repeating: "x", count: MatchExpression.maximumTokenLength) + "\"*"])
    }
}
