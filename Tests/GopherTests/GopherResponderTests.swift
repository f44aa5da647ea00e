import Catalogue
import DirectoryModel
import Gopher
import NIOCore
import Testing
import SanadTestSupport

@Suite struct GopherResponderTests {
    /// The leaving page is the web's; here a stand-in shows which address it was asked for.
    let responder = GopherResponder(renderer: GopherRenderer(host: "localhost", port: 7070), leavingPage: { "leave " + $0 })
    let catalogue = TestDirectory.catalogue()

    func answer(_ selector: String, query: String? = nil) -> String {
        String(buffer: responder.respond(to: GopherRequest(selector: selector, query: query), catalogue: catalogue))
    }

    @Test func emptySelectorAndSlashAreTheEnglishRoot() {
        let root = answer("")
        #expect(root.hasPrefix("i"))
        #expect(root.hasSuffix("\r\n.\r\n"))
        #expect(answer("/") == root)
        #expect(answer("/en/") == root)
        #expect(answer("/fr/") != root)
    }

    @Test func unknownSelectorsGetOneErrorLineInTheirLanguage() {
        for selector in ["/en/nothing", "/en/org/nobody", "/en/org/a/b/c"] {
            #expect(answer(selector) == "3Not found.\t\terror.host\t1\r\n.\r\n", "\(selector)")
        }
    }

    /// A selector that names no language is answered in all four, English first.
    @Test func unknownSelectorsWithoutALanguageGetEveryLanguage() {
        let everyLanguage = "3Not found.\t\terror.host\t1\r\n3Introuvable.\t\terror.host\t1\r\n3No encontrado.\t\terror.host\t1\r\n"
            + "3غير موجود.\t\terror.host\t1\r\n.\r\n"
        for selector in ["/xx/", "etc/passwd"] {
            #expect(answer(selector) == everyLanguage, "\(selector)")
        }
    }

    @Test("An error on a selector in another language is in that language (issue 21)")
    func errorsInTheSelectorsLanguage() {
        #expect(answer("/es/org/nobody") == "3No encontrado.\t\terror.host\t1\r\n.\r\n")
        #expect(answer("/fr/nothing") == "3Introuvable.\t\terror.host\t1\r\n.\r\n")
    }

    @Test func searchWordsAfterTheTabGiveResults() {
        let results = answer("/en/search", query: "helpline")
        #expect(results.contains("\t/en/org/test-helpline\t"))
        #expect(results != answer("/en/search"))
    }

    @Test func queriesOnOtherRoutesAreIgnored() {
        #expect(answer("/en/az", query: "x") == answer("/en/az"))
    }

    @Test func urlSelectorsRedirectOnlyToAddressesTheDirectoryPublishes() {
        // The test directory's website, as published and in another spelling of the same address.
        #expect(answer("URL:https://helpline.example") == "leave https://helpline.example")
        #expect(answer("URL:HTTPS://Helpline.Example/") == "leave HTTPS://Helpline.Example/")
        // A share link on this server itself.
        #expect(answer("URL:gophers://localhost:7070/1/en/referral/x") == "leave gophers://localhost:7070/1/en/referral/x")
    }

    @Test func urlSelectorsForAnyOtherAddressAreRefused() {
        let refusal = UIText.gopherLinkUnlisted.everyLanguage().map { "3\($0)\t\terror.host\t1\r\n" }.joined() + ".\r\n"
        #expect(refusal.hasPrefix("3This server only opens addresses its directory lists; this one is not among them.\t"))
        #expect(refusal.contains("3Ce serveur n'ouvre que les adresses de son annuaire"))
        for url in [
            "https://evil.example/fld-emergency-form", "https://example.org/", "https://helpline.example.evil.example",
            "https://helpline.example/other-page", "https://source.example/a", "gophers://localhost:7071/1/",
            "gophers://evil.example:7070/1/", "javascript:alert(1)",
        ] {
            #expect(answer("URL:" + url) == refusal, "\(url)")
            #expect(!answer("URL:" + url).contains("leave"), "\(url)")
        }
    }

    @Test func capsIsADocument() {
        let caps = answer("caps.txt")
        #expect(caps.hasSuffix("\r\n.\r\n"))
        #expect(!caps.hasPrefix("3"))
    }

    @Test func decodingErrorsGetTheirSentence() {
        let lines = String(buffer: responder.respond(to: .tooLong)).split(separator: "\r\n")
        #expect(lines == [
            "3Request too long.\t\terror.host\t1", "3Requête trop longue.\t\terror.host\t1", "3Solicitud demasiado larga.\t\terror.host\t1",
            "3الطلب طويل جداً.\t\terror.host\t1", ".",
        ])
    }
}
