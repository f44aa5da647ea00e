import Catalogue
import DirectoryModel
import Gopher
import NIOCore
import Testing
@testable import SanadServer
import SanadTestSupport

@Suite struct ResponseCacheTests {
    @Test func keepsPerGenerationAndWithinBounds() {
        let cache = ResponseCache(maximumEntries: 2, maximumBytes: 10)
        cache.store(ByteBuffer(string: "aaaa"), for: "/en/", generation: 0)
        #expect(cache.response(for: "/en/", generation: 0) == ByteBuffer(string: "aaaa"))
        #expect(cache.response(for: "/en/", generation: 1) == nil)
        cache.store(ByteBuffer(string: "bbbbbbbbb"), for: "/fr/", generation: 0)
        #expect(cache.response(for: "/fr/", generation: 0) == nil, "over the byte bound")
        cache.store(ByteBuffer(string: "cc"), for: "/es/", generation: 0)
        cache.store(ByteBuffer(string: "dd"), for: "/ar/", generation: 0)
        #expect(cache.count == 2, "over the entry bound")
        cache.store(ByteBuffer(string: "new"), for: "/en/", generation: 1)
        #expect(cache.count == 1)
        cache.store(ByteBuffer(string: "old"), for: "/fr/", generation: 0)
        #expect(cache.response(for: "/fr/", generation: 0) == nil, "an older generation never comes back")
    }

    @Test func onlyPagesThatDependOnNothingTypedAreCacheable() {
        let responder = GopherResponder(renderer: GopherRenderer(host: "h", port: 70), leavingPage: { $0 })
        #expect(responder.cacheKey(for: GopherRequest(selector: "")) == "/en/")
        #expect(responder.cacheKey(for: GopherRequest(selector: "/fr/org/x")) == "/fr/org/x")
        #expect(responder.cacheKey(for: GopherRequest(selector: "/en/search", query: "words")) == nil)
        #expect(responder.cacheKey(for: GopherRequest(selector: "/en/search")) == nil)
        #expect(responder.cacheKey(for: GopherRequest(selector: "/en/refer/TN-journalist")) == nil)
        #expect(responder.cacheKey(for: GopherRequest(selector: "URL:https://example.org")) == nil)
        #expect(responder.cacheKey(for: GopherRequest(selector: "/xx/")) == nil)
    }

    /// A reload swaps the catalogue; the next request is answered from the new one even though
    /// the old root was cached.
    @Test func replacedCatalogueIsServedAtOnce() async throws {
        let server = try await TestServer.start()
        let before = try await TestClient.request("/en/org/test-fund", port: server.port).text
        #expect(before.contains("Test Fund"))
        var directory = TestDirectory.make()
        directory.organisations.removeAll { $0.id == "test-fund" }
        server.store.replace(with: Catalogue(directory: directory, index: FixedSearch(ids: [])))
        let after = try await TestClient.request("/en/org/test-fund", port: server.port).text
        #expect(after == "3Not found.\t\terror.host\t1\r\n.\r\n")
        await server.stop()
    }
}
