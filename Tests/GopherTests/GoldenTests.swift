import Catalogue
import DirectoryModel
import Foundation
import Gopher
import NIOCore
import Testing
import SanadTestSupport

/// Byte-exact wire output for fixed pages of the test directory.
///
/// The golden files in `Golden/` were checked by hand once. When a page is changed on purpose,
/// regenerate them with `SANAD_UPDATE_GOLDEN=1 swift test --filter GopherTests`, read the diff,
/// and commit it (see ``GoldenFile``).
@Suite struct GoldenTests {
    let responder = GopherResponder(renderer: GopherRenderer(host: "localhost", port: 7070), leavingPage: { $0 })
    let catalogue = TestDirectory.catalogue()

    @Test(arguments: [
        ("root-en", "/"),
        ("root-ar", "/ar/"),
        ("organisation-en", "/en/org/test-helpline"),
    ])
    func matchesGolden(name: String, selector: String) throws {
        let bytes = Array(buffer: responder.respond(to: GopherRequest(selector: selector), catalogue: catalogue))
        let file = name + ".gopher"
        let matches = try GoldenFile.matches(bytes, golden: file, in: .module)
        #expect(matches, "\(file) differs (or was rewritten); the page now reads:\n\(String(decoding: bytes, as: UTF8.self))")
    }
}
