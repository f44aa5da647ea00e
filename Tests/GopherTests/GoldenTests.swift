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
/// and commit it; the run that rewrites them fails so it cannot pass silently.
@Suite struct GoldenTests {
    let responder = GopherResponder(renderer: GopherRenderer(host: "localhost", port: 7070))
    let catalogue = TestDirectory.catalogue()

    @Test(arguments: [
        ("root-en", "/"),
        ("root-ar", "/ar/"),
        ("organisation-en", "/en/org/test-helpline"),
    ])
    func matchesGolden(name: String, selector: String) throws {
        let bytes = Array(buffer: responder.respond(to: GopherRequest(selector: selector), catalogue: catalogue))
        let file = name + ".gopher"
        if ProcessInfo.processInfo.environment["SANAD_UPDATE_GOLDEN"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(file)
            try Data(bytes).write(to: source)
            Issue.record("Rewrote \(file); unset SANAD_UPDATE_GOLDEN and run again.")
            return
        }
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "gopher", subdirectory: "Golden"), "missing Golden/\(file)")
        let golden = try [UInt8](Data(contentsOf: url))
        let matches = bytes == golden
        #expect(matches, "\(file) differs; the page now reads:\n\(String(decoding: bytes, as: UTF8.self))")
    }
}
