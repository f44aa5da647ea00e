import Catalogue
import DirectoryModel
import Gemini
import Testing

/// Byte-exact responses (header and body) for whole pages.
@Suite struct GeminiGoldenTests {
    let catalogue = GeminiSample.catalogue()
    let responder = GeminiResponder()

    func check(_ url: String, golden name: String) throws {
        let bytes = responder.respond(to: try request(url), catalogue: catalogue).bytes
        let expected = try GeminiSample.golden(name)
        if bytes != expected { GeminiSample.record(bytes, as: name) }
        // Compared as text first, for a readable difference; then byte for byte.
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text == String(decoding: expected, as: UTF8.self), "see Golden/\(name).actual")
        if text == String(decoding: expected, as: UTF8.self) { #expect(bytes == expected) }
    }

    @Test func root() throws {
        try check("gemini://localhost/", golden: "root-en.gmi")
    }

    @Test func organisation() throws {
        try check("gemini://localhost/en/org/line", golden: "org-line-en.gmi")
    }

    @Test func organisationInArabic() throws {
        try check("gemini://localhost/ar/org/line", golden: "org-line-ar.gmi")
    }

    @Test func interviewStep() throws {
        try check("gemini://localhost/fr/interview/TN", golden: "interview-fr-step2.gmi")
    }
}
