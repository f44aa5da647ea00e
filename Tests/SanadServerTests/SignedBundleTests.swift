import Catalogue
import Crypto
import DirectoryModel
import Foundation
import Gemini
import SanadTestSupport
import Testing
import Trust
import Web
@testable import SanadServer

/// The signed pocket directories a replica offers: verified against the allowed signers before
/// they are offered, byte for byte on Gemini and the web responder, again at every reload.
@Suite struct SignedBundleTests {
    let english = Data("# Sanad pocket directory\n+1 202 555 0100\n".utf8)
    let french = Data("# Annuaire de poche Sanad\n+1 202 555 0100\n".utf8)

    /// A bundles folder: English signed by alice (allowed), French signed then changed by one
    /// byte, Spanish without a signature, Arabic signed by a key nobody allowed; and the
    /// allowed signers file naming alice.
    func folder() throws -> (folder: String, allowed: String, key: Curve25519.Signing.PrivateKey) {
        let folder = NSTemporaryDirectory() + "sanad-bundles-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/bundles", withIntermediateDirectories: true)
        let alice = Curve25519.Signing.PrivateKey()
        func write(_ name: String, _ data: Data, signedBy key: Curve25519.Signing.PrivateKey?) throws {
            try data.write(to: URL(fileURLWithPath: "\(folder)/bundles/\(name)"))
            if let key {
                let signature = try SSHSignature.sign(data, namespace: Catalogue.bundleNamespace, key: key)
                try signature.armoured.write(toFile: "\(folder)/bundles/\(name).sig", atomically: true, encoding: .utf8)
            }
        }
        try write("sanad-en.txt", english, signedBy: alice)
        try write("sanad-fr.txt", french, signedBy: alice)
        var changed = french
        changed[2] ^= 1
        try changed.write(to: URL(fileURLWithPath: folder + "/bundles/sanad-fr.txt"))
        try write("sanad-es.txt", english, signedBy: nil)
        try write("sanad-ar.txt", english, signedBy: Curve25519.Signing.PrivateKey())
        let publicKey = try SSHSignature.sign(english, namespace: Catalogue.bundleNamespace, key: alice).publicKey
        try "alice@sanad.example \(publicKey.openSSH)\n".write(toFile: folder + "/allowed_signers", atomically: true, encoding: .utf8)
        return (folder + "/bundles", folder + "/allowed_signers", alice)
    }

    @Test func onlyBundlesThatVerifyAreOffered() throws {
        let (bundles, allowed, _) = try folder()
        let shelf = BundleShelf(folder: bundles, allowedSignersPath: allowed)
        let problems = shelf.refresh()
        #expect(shelf.file(.init(language: .en, isSignature: false)) == [UInt8](english))
        let signature = try #require(shelf.file(.init(language: .en, isSignature: true)))
        #expect(String(decoding: signature, as: UTF8.self).hasPrefix("-----BEGIN SSH SIGNATURE-----"))
        for language in [UILanguage.fr, .es, .ar] {
            #expect(shelf.file(.init(language: language, isSignature: false)) == nil, "\(language)")
            #expect(shelf.file(.init(language: language, isSignature: true)) == nil, "\(language)")
        }
        #expect(problems.count == 3)
        #expect(problems.contains { $0.contains("sanad-fr.txt") && $0.contains("does not match") })
        #expect(problems.contains { $0.contains("sanad-es.txt") && $0.contains(".sig cannot be read") })
        #expect(problems.contains { $0.contains("sanad-ar.txt") && $0.contains("not in the allowed signers") })
    }

    @Test func withoutAllowedSignersNothingIsOffered() throws {
        let (bundles, _, _) = try folder()
        let shelf = BundleShelf(folder: bundles, allowedSignersPath: nil)
        shelf.refresh()
        #expect(shelf.isEmpty)
        let missing = BundleShelf(folder: bundles, allowedSignersPath: bundles + "/nothing-here")
        #expect(missing.refresh().count == 1)
        #expect(missing.isEmpty)
    }

    @Test func downloadPaths() {
        #expect(BundleShelf.Download.parse("/ar/pocket.txt") == .init(language: .ar, isSignature: false))
        #expect(BundleShelf.Download.parse("/fr/pocket.txt.sig") == .init(language: .fr, isSignature: true))
        for path in ["/pocket.txt", "/xx/pocket.txt", "/en/pocket", "/en/pocket.txt/", "/en/../pocket.txt", "en/pocket.txt", "/en/pocket.txt.sig.sig"] {
            #expect(BundleShelf.Download.parse(path) == nil, "\(path)")
        }
        #expect(BundleShelf.Download(language: .ar, isSignature: true).fileName == "sanad-ar.txt.sig")
    }

    @Test func theWebResponderServesTheVerifiedBytes() throws {
        let (bundles, allowed, _) = try folder()
        let shelf = BundleShelf(folder: bundles, allowedSignersPath: allowed)
        shelf.refresh()
        let responder = BundleResponder(shelf: shelf)
        let catalogue = TestDirectory.catalogue()
        func answer(_ path: String, method: String = "GET") -> WebResponse? {
            responder.respond(to: WebRequest(method: method, path: path), catalogue: catalogue, generation: 0)
        }
        let file = try #require(answer("/en/pocket.txt"))
        #expect(file.status == 200)
        #expect(file.body == [UInt8](english))
        #expect(file.header("Content-Type") == "text/plain; charset=utf-8")
        #expect(file.header("Content-Disposition") == "attachment; filename=\"sanad-en.txt\"")
        #expect(try #require(answer("/en/pocket.txt.sig")).body == shelf.file(.init(language: .en, isSignature: true)))
        #expect(try #require(answer("/en/pocket.txt", method: "HEAD")).body.isEmpty)
        #expect(try #require(answer("/en/pocket.txt", method: "POST")).status == 405)
        #expect(try #require(answer("/fr/pocket.txt")).status == 404)
        #expect(answer("/en/pocket") == nil)
        #expect(answer("/en/") == nil)
    }

    @Test func geminiServesTheVerifiedBytes() async throws {
        let (bundles, allowed, _) = try folder()
        let shelf = BundleShelf(folder: bundles, allowedSignersPath: allowed)
        shelf.refresh()
        let server = try await GeminiTestServer.start(bundles: shelf)
        defer { server.stopSoon() }
        let base = "gemini://localhost:\(server.port)"
        let file = try await GeminiTestClient.fetch(base + "/en/pocket.txt", port: server.port)
        #expect(file.header == "20 text/plain; charset=utf-8")
        #expect(file.body == String(decoding: english, as: UTF8.self))
        let signature = try await GeminiTestClient.fetch(base + "/en/pocket.txt.sig", port: server.port)
        #expect(signature.header == "20 text/plain; charset=utf-8")
        #expect([UInt8](signature.body.utf8) == shelf.file(.init(language: .en, isSignature: true)))
        let refused = try await GeminiTestClient.fetch(base + "/fr/pocket.txt", port: server.port)
        #expect(refused.header == "51 " + UIText.notFound(.fr))
    }

    @Test func aReloadVerifiesAgainAndThePocketPageSaysWhatIsOffered() throws {
        let directory = try ReloadUnderLoadTests.copyFixture()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (bundles, allowed, _) = try folder()
        let shelf = BundleShelf(folder: bundles, allowedSignersPath: allowed)
        let store = CatalogueStore(TestDirectory.catalogue())
        let reloader = DirectoryReloader(
            directory: directory, store: store, watch: false, trapSignal: false,
            shrinkGuard: ReloadUnderLoadTests.fixtureReplacesTestDirectory, bundles: shelf, logger: ReloadUnderLoadTests.quiet
        )
        guard case .replaced = reloader.reload() else {
            Issue.record("the fixture directory did not load")
            return
        }
        #expect(!shelf.isEmpty)
        #expect(store.current.site.signedPocket)
        let page = try store.current.page(.pocket, language: .en)
        #expect(page.blocks.first.map { "\($0)" }?.contains("/en/pocket.txt.sig") == true)

        // The English bundle changed after signing: no longer offered after the next reload.
        try Data("# Sanad pocket directory\n+1 202 555 0199\n".utf8).write(to: URL(fileURLWithPath: bundles + "/sanad-en.txt"))
        guard case .replaced = reloader.reload() else {
            Issue.record("the reload failed")
            return
        }
        #expect(shelf.isEmpty)
        #expect(!store.current.site.signedPocket)
        #expect(try store.current.page(.pocket, language: .en).blocks.first == .text(TrustText.pocketServedUnsigned(.en)))
    }

    @Test func theDefaultFolderIsInsideTheDirectoryElseBesideIt() throws {
        let root = NSTemporaryDirectory() + "sanad-bundle-folder-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/directory", withIntermediateDirectories: true)
        #expect(BundleShelf.defaultFolder(forDirectory: root + "/directory") == root + "/directory/../bundles")
        try FileManager.default.createDirectory(atPath: root + "/directory/bundles", withIntermediateDirectories: true)
        #expect(BundleShelf.defaultFolder(forDirectory: root + "/directory") == root + "/directory/bundles")
    }
}
