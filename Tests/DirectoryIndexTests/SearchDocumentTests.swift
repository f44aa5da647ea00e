import Testing
@testable import DirectoryIndex

@Suite("SearchDocument")
struct SearchDocumentTests {
    @Test("Documents carry every language, the id's words, their codes' tokens, and count their words")
    func document() throws {
        let (dictionary, tokens) = TermDictionary.build(Fixture.directory.vocabularies)
        var builder = SearchDocumentBuilder(directory: Fixture.directory, codeTokens: tokens)
        let document = builder.document(for: Fixture.legalAid)
        #expect(document.names.hasPrefix("مركز المساعده مساعده القانونيه قانونيه"))
        #expect(document.names.hasSuffix("legal aid centre"))
        // The legal_support code's token, which the dictionary reaches from its words in any language.
        let legal = try #require(tokens["s:legal_support"])
        #expect(document.terms.split(separator: " ").contains(Substring(legal)))
        for word in ["avocat", "محامي"] {
            #expect(dictionary.codes(matching: Array(word.utf8), prefix: false).map { dictionary.tokens[$0] }.contains(legal))
        }
        #expect(dictionary.codes(matching: Array("avoc".utf8), prefix: true).map { dictionary.tokens[$0] }.contains(legal))
        #expect(dictionary.codes(matching: Array("avoc".utf8), prefix: false).isEmpty)
        #expect(document.places.contains("tunez") && document.places.contains("تونس"))
        let words = document.columnValues.flatMap { $0.split(separator: " ") }.count
        #expect(document.wordCount == words)
    }
}
