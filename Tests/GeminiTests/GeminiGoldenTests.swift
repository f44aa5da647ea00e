import Catalogue
import DirectoryModel
import Foundation
import Gemini
import SanadTestSupport
import Testing

/// Byte-exact responses (header and body) for whole pages; regenerate on purpose with
/// `SANAD_UPDATE_GOLDEN=1` (see ``GoldenFile``).
@Suite struct GeminiGoldenTests {
    let catalogue = GeminiSample.catalogue()
    let responder = GeminiResponder()

    func check(_ url: String, golden name: String) throws {
        let bytes = responder.respond(to: try request(url), catalogue: catalogue).bytes
        let matches = try GoldenFile.matches(bytes, golden: name, in: .module)
        #expect(matches, "\(name) differs (or was rewritten); see Golden/\(name).actual. The page now reads:\n\(String(decoding: bytes, as: UTF8.self))")
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
