import Testing
@testable import DirectoryIndex

@Suite("MatchExpression")
struct MatchExpressionTests {
    @Test("Words are quoted, joined with AND, the last one a prefix")
    func latin() throws {
        let expression = try #require(MatchExpression(query: "Front  LIN"))
        #expect(expression.all == "\"front\" AND \"lin\"*")
        #expect(expression.any == "\"front\" OR \"lin\"*")
        #expect(MatchExpression(query: "solidar trust")?.all == "\"solidar\" AND \"trust\"*")
    }

    @Test("A single word has no fallback; a one-letter last word is not a prefix")
    func single() {
        #expect(MatchExpression(query: "fidh") == MatchExpression(query: "FIDH"))
        #expect(MatchExpression(query: "fidh")?.any == nil)
        #expect(MatchExpression(query: "front l")?.all == "\"front\" AND \"l\"")
    }

    @Test("Arabic words become a group of their forms; short stems are not prefixes")
    func arabic() {
        #expect(MatchExpression(query: "لحقوق")?.all == "(\"لحقوق\"* OR \"حقوق\"*)")
        #expect(MatchExpression(query: "ولد")?.all == "(\"ولد\"* OR \"لد\")")
        #expect(MatchExpression(query: "لحقوق الإنسان")?.all == "(\"لحقوق\" OR \"حقوق\") AND (\"الانسان\"* OR \"انسان\"*)")
    }

    @Test("Queries without words give no expression")
    func empty() {
        for query in ["", "   ", "\"*()-", "\u{064E}\u{0640}", "🙂"] {
            #expect(MatchExpression(query: query) == nil)
        }
    }

    @Test("Operators are words and duplicates count once; long queries are bounded")
    func bounded() throws {
        #expect(MatchExpression(query: "NEAR OR AND")?.all == "\"near\" AND \"or\" AND \"and\"*")
        #expect(MatchExpression(query: "a a a b")?.all == "\"a\" AND \"b\"")
        let words = (0..<100).map { "w\($0)" }.joined(separator: " ")
        let expression = try #require(MatchExpression(query: words))
        #expect(expression.all.components(separatedBy: " AND ").count == MatchExpression.maximumTokens)
        // Only the first characters of a query are read.
        #expect(MatchExpression(query: String(repeating: " ", count: MatchExpression.maximumQueryLength) + "front") == nil)
        let long = try #require(MatchExpression(query: String(repeating: "x", count: 10_000)))
        #expect(long.all == "\"" + String(repeating: "x", count: MatchExpression.maximumTokenLength) + "\"*")
    }
}
