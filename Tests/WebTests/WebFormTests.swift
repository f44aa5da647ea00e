import Catalogue
import DirectoryModel
import Foundation
import Referral
import SanadTestSupport
import Testing
import Web

/// Search and the referral form through the real front: posted, never in the address; the
/// same engine and words as the other fronts; plain text, share link on request.
@Suite struct WebFormTests {
    @Test func searchByPostAndByLink() async throws {
        let server = try await WebTestServer.start()
        defer { server.stopSoon() }
        let posted = try await WebTestClient.fetch("POST", "/en/search", port: server.port, body: WebTestClient.form([("q", "helpline tunisia")]))
        #expect(posted.status == 200)
        #expect(posted.header("Cache-Control") == "no-store")
        #expect(posted.text.contains("<a href=\"/en/org/test-helpline\">Test Helpline"))
        #expect(!posted.text.contains("tunisia"), "the words are not echoed")
        let linked = try await WebTestClient.fetch("/en/search?q=helpline", port: server.port)
        #expect(linked.status == 200 && linked.text.contains("/en/org/test-helpline"))
        let prompt = try await WebTestClient.fetch("/en/search", port: server.port)
        #expect(prompt.text.contains("<form method=\"post\" action=\"/en/search\">"))
        #expect(prompt.header("Cache-Control") == nil)
    }

    /// The form asks the interview's questions, "Not sure" first and checked; the answers give
    /// the Catalogue's referral page for exactly that profile.
    @Test func referralFormInEveryLanguage() async throws {
        let server = try await WebTestServer.start()
        defer { server.stopSoon() }
        let catalogue = TestDirectory.catalogue()
        for l in UILanguage.allCases {
            let form = try await WebTestClient.fetch("/\(l.rawValue)/refer", port: server.port)
            #expect(form.status == 200)
            let html = form.text
            for step in InterviewStep.allCases { #expect(html.contains(HTMLWriter.escape(step.question(l))), "\(l) \(step)") }
            let radios = html.components(separatedBy: "type=\"radio\"").dropFirst()
            #expect(radios.first?.hasPrefix(" name=\"urgency\" value=\"\" checked>") == true, "\(l): Not sure first, checked")
            #expect(radios.dropFirst().allSatisfy { !$0.contains("checked") }, "\(l): only Not sure is checked")
            #expect(radios.first?.contains(HTMLWriter.escape(UIText.webNotSure(l))) == true)
            #expect(html.contains("value=\"journalist\""))

            let answers = [("country", "Tunisia"), ("who", "journalist"), ("needs", "protection_grant"), ("urgency", "days")]
            let result = try await WebTestClient.fetch("POST", "/\(l.rawValue)/refer", port: server.port, body: WebTestClient.form(answers))
            #expect(result.status == 200)
            #expect(result.header("Cache-Control") == "no-store")
            let profile = DefenderProfileForTest.make(country: "TN", who: ["journalist"], needs: ["protection_grant"], urgency: "days")
            let expected = catalogue.referralPage(catalogue.referral(profile), all: false, language: l)
            #expect(result.text.contains(HTMLWriter.escape(expected.title)))
            if case .text(let summary)? = expected.blocks.first { #expect(result.text.contains(HTMLWriter.escape(summary)), "\(l)") }
            #expect(!result.text.contains(HTMLWriter.escape(UIText.shareWarning(l))), "no share link unless asked")
            #expect(result.text.contains("name=\"share\""))

            let shared = try await WebTestClient.fetch("POST", "/\(l.rawValue)/refer", port: server.port, body: WebTestClient.form(answers + [("share", "1")]))
            #expect(shared.text.contains(HTMLWriter.escape(UIText.shareWarning(l))))
            let share = try #require(WebChecks.links(shared.text).first { $0.hasPrefix("/\(l.rawValue)/refer/") })
            let opened = try await WebTestClient.fetch(share, port: server.port)
            #expect(opened.status == 200 && opened.header("Cache-Control") == "no-store")
            #expect(opened.text.contains(HTMLWriter.escape(expected.title)))

            let plain = try await WebTestClient.fetch("POST", "/\(l.rawValue)/refer", port: server.port, body: WebTestClient.form(answers + [("format", "text")]))
            #expect(plain.header("Content-Type") == "text/plain; charset=utf-8")
            #expect(plain.header("Cache-Control") == "no-store")
            #expect(plain.text.hasPrefix(expected.title + "\n"))
            #expect(!plain.text.contains("<"))
        }
    }

    /// Words go through the referral parser as `sanad refer` reads them; a country the parser
    /// does not know shows the form again with the Catalogue's sentence, answers kept.
    @Test func wordsAndAnUnknownCountry() async throws {
        let server = try await WebTestServer.start()
        defer { server.stopSoon() }
        let catalogue = TestDirectory.catalogue()
        let words = try await WebTestClient.fetch("POST", "/en/refer", port: server.port, body: WebTestClient.form([("q", "TN journalist")]))
        let expected = try catalogue.page(.refer("TN journalist"), language: .en)
        if case .text(let summary)? = expected.blocks.first { #expect(words.text.contains(HTMLWriter.escape(summary))) }
        let unknown = try await WebTestClient.fetch(
            "POST", "/en/refer", port: server.port, body: WebTestClient.form([("country", "Atlantis"), ("who", "journalist")])
        )
        #expect(unknown.status == 200)
        #expect(unknown.text.contains(HTMLWriter.escape(UIText.notRecognised(.en))))
        #expect(unknown.text.contains("value=\"journalist\" checked"))
        #expect(!unknown.text.contains("Atlantis"))
    }
}

/// A profile for the expectations, built as the form's answers describe it.
enum DefenderProfileForTest {
    static func make(country: String, who: [String], needs: [String], urgency: String) -> DefenderProfile {
        DefenderProfile(country: country, who: who, needs: needs, urgency: DefenderProfile.UrgencyLevel(rawValue: urgency))
    }
}
