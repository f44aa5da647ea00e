import Catalogue
import DirectoryModel
import Foundation
import SanadTestSupport
import Testing
import Web

/// The root's HTML, byte for byte, in English and Arabic (golden files; `SANAD_UPDATE_GOLDEN=1`
/// rewrites them, see GoldenFile).
@Suite struct WebGoldenTests {
    @Test(arguments: [UILanguage.en, .ar])
    func rootPage(_ l: UILanguage) async throws {
        let response = HTMLResponder().respond(to: WebRequest(method: "GET", path: "/\(l.rawValue)/"), catalogue: TestDirectory.catalogue(), generation: 0)
        let body = try #require(response?.body)
        #expect(try GoldenFile.matches(body, golden: "root-\(l.rawValue).html", in: Bundle.module))
    }
}
