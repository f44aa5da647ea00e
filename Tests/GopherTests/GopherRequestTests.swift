import Gopher
import Testing

@Suite struct GopherRequestTests {
    func parse(_ text: String) throws(GopherRequestError) -> GopherRequest {
        try GopherRequest.parse(Array(text.utf8))
    }

    @Test func selectorAlone() throws {
        #expect(try parse("/fr/org/x") == GopherRequest(selector: "/fr/org/x"))
        #expect(try parse("") == GopherRequest(selector: ""))
    }

    @Test func queryAfterTheTabIsTrimmed() throws {
        #expect(try parse("/en/search\t  journalist tunisia ") == GopherRequest(selector: "/en/search", query: "journalist tunisia"))
        #expect(try parse("/en/search\t   ") == GopherRequest(selector: "/en/search"))
    }

    @Test func gopherPlusMarkersAreAnsweredPlainly() throws {
        #expect(try parse("/en/\t$") == GopherRequest(selector: "/en/"))
        #expect(try parse("/en/\t+") == GopherRequest(selector: "/en/"))
        #expect(try parse("/en/\t!") == GopherRequest(selector: "/en/"))
        #expect(try parse("/en/search\twords\t+") == GopherRequest(selector: "/en/search", query: "words"))
    }

    @Test func refusals() {
        #expect(throws: GopherRequestError.controlCharacter) { try parse("/en/\u{0}") }
        #expect(throws: GopherRequestError.controlCharacter) { try parse("/en/\u{1B}[2J") }
        #expect(throws: GopherRequestError.parentDirectory) { try parse("/en/../../etc/passwd") }
        #expect(throws: GopherRequestError.parentDirectory) { try parse("..") }
        #expect(throws: GopherRequestError.invalidUTF8) { try GopherRequest.parse([0x2F, 0xC3, 0x28]) }
        #expect(throws: GopherRequestError.invalidUTF8) { try GopherRequest.parse([0xFF, 0xFE]) }
        #expect(throws: GopherRequestError.tooLong) { try parse(String(repeating: "a", count: 1025)) }
        #expect(throws: Never.self) { try parse(String(repeating: "a", count: 1024)) }
    }
}
