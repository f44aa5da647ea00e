import Catalogue
import DirectoryModel
import Gemini
import Testing

@Suite struct InterviewTests {
    let catalogue = GeminiSample.catalogue()
    let responder = GeminiResponder()

    func respond(_ url: String) throws -> GeminiResponse {
        responder.respond(to: try request(url), catalogue: catalogue)
    }

    @Test func pathsRoundTrip() throws {
        let parsed = try #require(Route.parse("/en/interview/TN/-/death_threat,surveillance_digital/+"))
        guard case .interview(let path) = parsed.route else { Issue.record("not an interview: \(parsed)"); return }
        #expect(path.answers == [["TN"], [], ["death_threat", "surveillance_digital"]])
        #expect(path.asksForWords)
        #expect(parsed.route.path(.en) == "/en/interview/TN/-/death_threat,surveillance_digital/+")
        #expect(Route.parse("/en/interview/")?.route == .interview(InterviewPath()))
        #expect(Route.parse("/en/interview/a/b/c/d/e/f/g") == nil)
        #expect(Route.parse("/en/interview/a/b/c/d/e/f/+") == nil)
        #expect(Route.parse("/en/interview/a,,b") == nil)
        #expect(Route.parse("/en/interview/تونس") == nil)
        #expect(Route.parse("/en/interviews") == nil)
    }

    @Test func theCountryIsTypedByCodeOrNameInAnyLanguage() throws {
        #expect(try respond("gemini://h/en/interview").header.hasPrefix("10 Step 1 of 6. In which country"))
        #expect(try respond("gemini://h/en/interview?tn").header == "30 /en/interview/TN\r\n")
        #expect(try respond("gemini://h/en/interview?Tunisie").header == "30 /en/interview/TN\r\n")
        #expect(try respond("gemini://h/ar/interview?%D9%85%D8%B5%D8%B1").header == "30 /ar/interview/EG\r\n")
        #expect(try respond("gemini://h/es/interview?%20t%C3%BAnez%20").header == "30 /es/interview/TN\r\n")
    }

    @Test func everyStepIsSkippable() throws {
        #expect(try respond("gemini://h/en/interview?").header == "30 /en/interview/-\r\n")
        #expect(try respond("gemini://h/en/interview/-/+?-").header == "30 /en/interview/-/-\r\n")
        // Every question skipped: the referral prompt, which names nothing of the defender.
        let prompt = try respond("gemini://h/en/interview/-/-/-/-/-/-")
        #expect(prompt.status == .success)
        #expect(try #require(prompt.body).contains("=> /en/refer "))
    }

    @Test func notRecognisedAnswersAskAgain() throws {
        let r = try respond("gemini://h/fr/interview/TN/+?zzz")
        #expect(r.status == .input)
        #expect(r.meta.hasPrefix("Non reconnu, essayez d'autres mots. Étape 2 sur 6."))
        #expect(!r.meta.contains("zzz"))
    }

    @Test func typedAnswersNameSeveralCodesInTheOrderTyped() throws {
        #expect(try respond("gemini://h/en/interview/TN/hrd/+?digital%20surveillance,%20death%20threat").header == "30 /en/interview/TN/hrd/surveillance_digital,death_threat\r\n")
        // Only what the question asks for is kept: the urgency typed here is not added.
        #expect(try respond("gemini://h/en/interview/TN/hrd/+?death%20threat%20urgent").header == "30 /en/interview/TN/hrd/death_threat\r\n")
        #expect(try respond("gemini://h/fr/interview/TN/hrd/+?menace%2C%20surveillance%20num%C3%A9rique").header == "30 /fr/interview/TN/hrd/death_threat,surveillance_digital\r\n")
        #expect(try respond("gemini://h/en/interview/TN/hrd/-/-/+?arabic,%20fr").header == "30 /en/interview/TN/hrd/-/-/ar,fr\r\n")
        #expect(try respond("gemini://h/en/interview/TN/hrd/-/-/-?urgent").header == "30 /en/interview/TN/hrd/-/-/-/immediate\r\n")
    }

    @Test func listStepsShowTheirChoicesAsLinks() throws {
        let r = try respond("gemini://h/en/interview/TN")
        #expect(r.header == "20 text/gemini; charset=utf-8; lang=en\r\n")
        let body = try #require(r.body)
        #expect(body.contains("=> /en/interview/TN/journalist Journalist\n"))
        #expect(body.contains("=> /en/interview/TN/+ "))
        #expect(body.contains("=> /en/interview/TN/- "))
        #expect(body.contains("* Country: Tunisia\n"))
    }

    @Test func languagesOfferedAreTheUILanguagesThenThoseOfTheDirectory() throws {
        let body = try #require(try respond("gemini://h/en/interview/-/-/-/-").body)
        let links = body.split(separator: "\n").filter { $0.hasPrefix("=> /en/interview/-/-/-/-/") }
        #expect(links.prefix(5) == ["=> /en/interview/-/-/-/-/en English", "=> /en/interview/-/-/-/-/fr French", "=> /en/interview/-/-/-/-/es Spanish", "=> /en/interview/-/-/-/-/ar Arabic", "=> /en/interview/-/-/-/-/ru Russian"])
    }

    @Test func theLastAnswerLeadsToTheReferralForWhatWasAnswered() throws {
        let r = try respond("gemini://h/ar/interview/TN/journalist/death_threat/legal_support/ar,fr/immediate")
        #expect(r.header == "20 text/gemini; charset=utf-8; lang=ar\r\n")
        let body = try #require(r.body)
        #expect(body.hasPrefix("# " + UIText.referralTitle(.ar) + "\n"))
        // The share link carries exactly the answers, with the warning before it.
        #expect(body.contains("=> /ar/refer/c=TN;w=journalist;t=death_threat;n=legal_support;l=ar,fr;u=immediate "))
        #expect(body.contains(UIText.shareWarning(.ar)))
    }

    @Test func codesTheDirectoryDoesNotHaveAre51() throws {
        #expect(try respond("gemini://h/en/interview/ZZ").status == .notFound)
        #expect(try respond("gemini://h/en/interview/TN/astronaut").status == .notFound)
        #expect(try respond("gemini://h/en/interview/TN/-/-/-/-/soon").status == .notFound)
        #expect(try respond("gemini://h/en/interview/TN,EG").status == .notFound)
    }
}
