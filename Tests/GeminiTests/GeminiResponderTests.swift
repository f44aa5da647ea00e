import Catalogue
import DirectoryModel
import Gemini
import Testing

@Suite struct GeminiResponderTests {
    let catalogue = GeminiSample.catalogue()
    let responder = GeminiResponder()

    func respond(_ url: String) throws -> GeminiResponse {
        responder.respond(to: try request(url), catalogue: catalogue)
    }

    @Test func everyLanguageHasItsRootWithItsLangParameter() throws {
        #expect(try respond("gemini://h").header == "20 text/gemini; charset=utf-8; lang=en\r\n")
        for language in UILanguage.allCases {
            let r = try respond("gemini://h/\(language.rawValue)/")
            #expect(r.header == "20 text/gemini; charset=utf-8; lang=\(language.rawValue)\r\n")
            #expect(r.body?.hasPrefix("# " + UIText.siteTitle(language) + "\n") == true)
        }
    }

    @Test func searchWithoutWordsPromptsInTheLanguageOfThePath() throws {
        #expect(try respond("gemini://h/en/search").header == "10 " + Catalogue.shortPrompt(.search(nil), .en) + "\r\n")
        #expect(try respond("gemini://h/ar/search").header == "10 " + Catalogue.shortPrompt(.search(nil), .ar) + "\r\n")
        #expect(try respond("gemini://h/fr/search?%20%20").status == .input)
        #expect(try respond("gemini://h/fr/refer").header == "10 " + Catalogue.shortPrompt(.refer(nil), .fr) + "\r\n")
        // Short enough for a one-line client (issue 21).
        for language in UILanguage.allCases {
            #expect(Catalogue.shortPrompt(.search(nil), language).count <= 60 && Catalogue.shortPrompt(.refer(nil), language).count <= 60)
        }
    }

    @Test func searchWithWordsListsResults() throws {
        let r = try respond("gemini://h/en/search?line%20defenders")
        #expect(r.status == .success)
        #expect(r.body?.contains("=> /en/org/line Line Defenders (NGO)\n") == true)
        // The query is not echoed on the page.
        #expect(r.body?.contains("line defenders") == false)
    }

    @Test func unknownPagesAre51InThePathLanguage() throws {
        #expect(try respond("gemini://h/en/org/nobody").header == "51 This page does not exist.\r\n")
        #expect(try respond("gemini://h/fr/nothing").header == "51 Cette page n'existe pas.\r\n")
        #expect(try respond("gemini://h/xx/").status == .notFound)
        #expect(try respond("gemini://h/en/%2E%2E/etc").status == .notFound)
        // caps.txt belongs to Gopher.
        #expect(try respond("gemini://h/caps.txt").status == .notFound)
    }

    @Test func aQueryOnAnOrdinaryPageIsIgnored() throws {
        #expect(try respond("gemini://h/en/about?x") == (try respond("gemini://h/en/about")))
    }

    @Test func contactValuesStandAloneOnTheirLines() throws {
        let body = try #require(try respond("gemini://h/ar/org/line").body)
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        // Each value a => link of its own, the bare value as the target, the value (isolated on
        // an Arabic page) as the label (issue 21).
        #expect(lines.contains { BidiIsolation.strip(String($0)) == "=> tel:+35312100489 +353 1 21 00 489" })
        #expect(lines.contains { BidiIsolation.strip(String($0)) == "=> https://line.example https://line.example" })
    }

    @Test func directoryTextThatLooksLikeMarkupStaysText() throws {
        let body = try #require(try respond("gemini://h/en/org/line").body)
        #expect(body.contains("\n*  # Calls may be monitored.\n") || body.contains("\n* # Calls may be monitored.\n"))
        #expect(!body.contains("\n# Calls"))
    }

    @Test func referralPromptOffersTheInterview() throws {
        let body = try #require(try respond("gemini://h/es/").body)
        #expect(body.contains("=> /es/refer " + UIText.refer(.es) + "\n=> /es/interview "))
    }

    @Test func metaNeverCarriesALineBreak() {
        let r = GeminiResponse.input("a\r\nb\nc")
        #expect(r.header == "10 a b c\r\n")
        #expect(GeminiResponse(status: .badRequest, meta: String(repeating: "é", count: 600)).meta.utf8.count == 1024)
        #expect(GeminiResponse.slowDown(seconds: 0).header == "44 1\r\n")
        #expect(GeminiResponse(status: .notFound, meta: "x", body: "never").bytes == Array("51 x\r\n".utf8))
    }
}
