import DirectoryModel
import Testing
@testable import SanadServer
import SanadTestSupport

/// Words a referral did not understand are shown back on every front: a control code (ESC,
/// CSI, C1) or a bidi control sent in them must never come back, over the real servers.
@Suite struct EchoedControlTests {
    /// A word that is echoed ("zzqq…"), carrying terminal escapes, C1 CSI, a bidi override, an
    /// isolate and a zero-width space.
    static let hostile = "zzqq\u{1B}[2J\u{1B}[31mred\u{9B}32m\u{202E}abc\u{2066}def\u{200B}ghi\u{200F}"

    /// The offending scalar in `text`, if any (tab and line ends are the wire format's own).
    static func firstForbidden(_ text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            guard scalar != "\r", scalar != "\n", scalar != "\t" else { return false }
            return scalar.isControlCode || scalar.isBidiControl || scalar.isBidiMark || scalar.isInvisibleFormat
        }
    }

    @Test("Gopher: a referral's words not understood carry no control or bidi character")
    func gopher() async throws {
        let server = try await TestServer.start()
        // A C0 control (ESC) in a selector is refused outright, without echo…
        let refused = try await TestClient.request("/en/refer\t" + Self.hostile, port: server.port).text
        #expect(refused.hasPrefix("3Request contains a control character."))
        #expect(Self.firstForbidden(refused) == nil)
        // …so C1 CSI, bidi controls and invisible characters are what reaches the page.
        let words = "zzqq\u{9B}32m\u{202E}abc\u{2066}def\u{200B}ghi\u{200F}"
        let text = try await TestClient.request("/en/refer\t" + words, port: server.port).text
        #expect(text.contains("zzqq"), "the word is echoed: \(text.prefix(300))")
        #expect(Self.firstForbidden(text) == nil)
        await server.stop()
    }

    @Test("Line interface: `refer` with hostile words echoes none of their controls")
    func line() async throws {
        let server = try await LineTestServer.start()
        let screen = try await LineTestClient.converse(port: server.port) { c in
            _ = try await c.read()
            return try await c.type("refer " + Self.hostile)
        }
        #expect(screen.contains("zzqq"), "the word is echoed: \(screen.prefix(300))")
        #expect(Self.firstForbidden(screen) == nil)
        await server.stop()
    }

    @Test("Gemini: percent-encoded ESC, CSI and bidi controls in a referral query are never echoed")
    func gemini() async throws {
        let server = try await GeminiTestServer.start()
        let encoded = Self.hostile.utf8.map { byte -> String in
            let plain = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            return plain ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded
        }.joined()
        let answer = try await GeminiTestClient.fetch("gemini://localhost:\(server.port)/en/refer?" + encoded, port: server.port)
        #expect(answer.header.hasPrefix("20"), "\(answer.header)")
        #expect(answer.body.contains("zzqq"), "the word is echoed: \(answer.body.prefix(300))")
        #expect(Self.firstForbidden(answer.header + answer.body) == nil)
        await server.stop()
    }
}

private extension String {
    /// Two hex digits.
    var leftPadded: String { count < 2 ? "0" + self : self }
}
