import Catalogue
import DirectoryModel
import Gopher
import NIOCore
import Testing
import SanadTestSupport

@Suite struct GopherResponderTests {
    let responder = GopherResponder(renderer: GopherRenderer(host: "localhost", port: 7070))
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

    @Test func unknownSelectorsGetOneErrorLine() {
        for selector in ["/xx/", "/en/nothing", "/en/org/nobody", "etc/passwd", "/en/org/a/b/c"] {
            #expect(answer(selector) == "3Not found.\t\terror.host\t1\r\n.\r\n", "\(selector)")
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
        let page = answer("URL:https://helpline.example")
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("url=https://helpline.example\""))
        #expect(answer("URL:HTTPS://Helpline.Example/").hasPrefix("<!DOCTYPE html>"))
        // A share link on this server itself.
        #expect(answer("URL:gophers://localhost:7070/1/en/referral/x").hasPrefix("<!DOCTYPE html>"))
    }

    @Test func urlSelectorsForAnyOtherAddressAreRefused() {
        let refusal = "3This server only opens addresses its directory lists; this one is not among them.\t\terror.host\t1\r\n.\r\n"
        for url in [
            "https://evil.example/fld-emergency-form", "https://example.org/", "https://helpline.example.evil.example",
            "https://helpline.example/other-page", "https://source.example/a", "gophers://localhost:7071/1/",
            "gophers://evil.example:7070/1/", "javascript:alert(1)",
        ] {
            #expect(answer("URL:" + url) == refusal, "\(url)")
            #expect(!answer("URL:" + url).contains("refresh"), "\(url)")
        }
    }

    @Test func capsIsADocument() {
        let caps = answer("caps.txt")
        #expect(caps.hasSuffix("\r\n.\r\n"))
        #expect(!caps.hasPrefix("3"))
    }

    @Test func decodingErrorsGetTheirSentence() {
        #expect(String(buffer: responder.respond(to: .tooLong)) == "3Request too long.\t\terror.host\t1\r\n.\r\n")
    }
}
