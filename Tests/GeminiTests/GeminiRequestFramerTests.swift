import Gemini
import Testing

@Suite struct GeminiRequestFramerTests {
    /// A URL of exactly `count` bytes.
    func url(bytes count: Int) -> String {
        let head = "gemini://h/en/search?"
        return head + String(repeating: "a", count: count - head.utf8.count)
    }

    @Test func a1024ByteURLIsAccepted() throws {
        let line = url(bytes: 1024)
        #expect(line.utf8.count == 1024)
        guard case .complete(.success(let r)) = GeminiRequestFramer.frame(Array((line + "\r\n").utf8)) else {
            Issue.record("not accepted")
            return
        }
        #expect(r.query?.count == 1024 - "gemini://h/en/search?".count)
    }

    @Test func a1025ByteURLIsRefusedAs59() {
        let bytes = Array((url(bytes: 1025) + "\r\n").utf8)
        #expect(GeminiRequestFramer.frame(bytes) == .complete(.failure(.tooLong)))
    }

    @Test func anOverlongLineIsRefusedBeforeItsEndArrives() {
        // 1026 bytes and no line feed yet: it can no longer be a valid request.
        #expect(GeminiRequestFramer.frame(Array(url(bytes: 1025).utf8) + [0x0D]) == .complete(.failure(.tooLong)))
        // 1024 bytes and a CR: the LF may still come.
        #expect(GeminiRequestFramer.frame(Array(url(bytes: 1024).utf8) + [0x0D]) == .needMoreData)
    }

    @Test func partialLinesWaitForMore() {
        #expect(GeminiRequestFramer.frame(Array("gemini://h/en/".utf8)) == .needMoreData)
        #expect(GeminiRequestFramer.frame([UInt8]()) == .needMoreData)
    }

    @Test func aBareLineFeedIsMissingCRLF() {
        #expect(GeminiRequestFramer.frame(Array("gemini://h/en/\n".utf8)) == .complete(.failure(.missingCRLF)))
        #expect(GeminiRequestFramer.frame(Array("\n".utf8)) == .complete(.failure(.missingCRLF)))
    }

    @Test func endOfStreamWithoutCRLFIsRefusedAndSilenceGetsNoAnswer() {
        #expect(GeminiRequestFramer.frameAtEnd(Array("gemini://h/en/".utf8)) == .failure(.missingCRLF))
        #expect(GeminiRequestFramer.frameAtEnd(Array("gemini://h/en/\r".utf8)) == .failure(.missingCRLF))
        #expect(GeminiRequestFramer.frameAtEnd([UInt8]()) == nil)
        #expect(GeminiRequestFramer.frameAtEnd(Array("gemini://h/en/\r\n".utf8)) == .success(GeminiRequest(host: "h", path: "/en/")))
    }

    @Test func bytesAfterTheRequestAreIgnored() {
        let bytes = Array("gemini://h/en/\r\ngemini://h/fr/\r\n".utf8)
        #expect(GeminiRequestFramer.frame(bytes) == .complete(.success(GeminiRequest(host: "h", path: "/en/"))))
    }

    @Test func anEmptyLineIsNotAURL() {
        #expect(GeminiRequestFramer.frame(Array("\r\n".utf8)) == .complete(.failure(.notAbsoluteURL)))
    }
}
