import Testing
@testable import SanadServer
import SanadTestSupport

/// A Gopher client completes the catalogue's referral interview on the real server over TLS:
/// the country typed into a type-7 item, each listed answer a menu link, every answer in the
/// selector, and the referral at the end with its share link after the warning.
@Suite struct GopherInterviewEndToEndTests {
    @Test func aGopherClientCompletesTheInterview() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        func menu(_ line: String) async throws -> [MenuSyntax.Item] {
            let text = try await TestClient.request(line, port: server.port).text
            return try MenuSyntax.parseMenu(text).get()
        }
        let root = try await menu("/en/")
        let start = try #require(root.first { $0.selector == "/en/interview" && $0.type == "1" })
        let first = try await menu(start.selector)
        let country = try #require(first.first { $0.type == "7" })
        var step = try await menu(country.selector + "\tTunisia")
        #expect(step.contains { $0.display == "- Country: Tunisia" })
        for code in ["journalist", "-", "legal_support", "ar", "immediate"] {
            let link = try #require(step.first { $0.type == "1" && $0.selector.hasSuffix("/" + code) }, "no link to \(code)")
            step = try await menu(link.selector)
        }
        let share = try #require(step.first { $0.selector.hasPrefix("/en/refer/c=") })
        #expect(share.selector == "/en/refer/c=TN;w=journalist;n=legal_support;l=ar;u=immediate")
        #expect(step.contains { $0.display.hasPrefix("The link below contains the answers") })
        #expect(step.contains { $0.display == "+1 202 555 0100" })
    }
}
