import DirectoryModel
import Testing
@testable import Referral

@Suite struct ProfileParserTests {
    let parser = ProfileParser(directory: Fixture.directory)

    @Test func gopherQueryFromTheIssue() {
        let parsed = parser.parse(words: "TN journalist surveillance arabic urgent")
        #expect(parsed.profile.country == "TN")
        #expect(parsed.profile.who == ["journalist"])
        // "surveillance" is ambiguous: both surveillance threats are added.
        #expect(Set(parsed.profile.threats) == ["surveillance_digital", "surveillance_physical"])
        #expect(parsed.profile.languages == ["ar"])
        #expect(parsed.profile.urgency == .immediate)
        #expect(parsed.ignoredWords.isEmpty)
    }

    @Test func frenchSpanishAndArabicWords() {
        let fr = parser.parse(words: "Tunisie journaliste français urgence avocat")
        #expect(fr.profile.country == "TN")
        #expect(fr.profile.who == ["journalist"])
        #expect(fr.profile.languages == ["fr"])
        #expect(fr.profile.urgency == .immediate)
        #expect(fr.profile.needs == ["legal_support"])
        #expect(fr.ignoredWords.isEmpty)

        let es = parser.parse(words: "méxico periodista amenazas de muerte castellano urgente")
        #expect(es.profile.country == "MX")
        #expect(es.profile.threats == ["death_threat"])
        #expect(es.profile.languages == ["es"])
        #expect(es.ignoredWords.isEmpty)

        // Hamza, ta marbuta and the article are folded: تونس, صحفية, العربية, عاجل.
        let ar = parser.parse(words: "تونس صحفية العربية عاجل محامي")
        #expect(ar.profile.country == "TN")
        #expect(ar.profile.who == ["journalist"])
        #expect(ar.profile.languages == ["ar"])
        #expect(ar.profile.urgency == .immediate)
        #expect(ar.profile.needs == ["legal_support"])
        #expect(ar.ignoredWords.isEmpty)
    }

    @Test func arabicAttachedParticlesAndHamza() {
        // "والعربية" carries و + ال; "الإسبانية" is written with hamza below in the query only.
        let parsed = parser.parse(words: "والعربية الاسبانية")
        #expect(parsed.profile.languages == ["ar", "es"])
        #expect(parsed.ignoredWords.isEmpty)
    }

    @Test func multiWordNamesAndCodes() {
        #expect(parser.parse(words: "costa rica").profile.country == "CR")
        #expect(parser.parse(words: "El Salvador defender").profile.country == "SV")
        #expect(parser.parse(words: "Russia").profile.country == "RU")
        #expect(parser.parse(words: "Russian Federation").profile.country == "RU")
        let parsed = parser.parse(words: "digital_incident legal-support judicial harassment")
        #expect(parsed.profile.needs == ["digital_incident", "legal_support"])
        #expect(parsed.profile.threats == ["judicial_harassment"])
    }

    @Test func pluralsMeetSingulars() {
        // The fixture's label is "Death threats"; keywords are singular ("defender").
        #expect(parser.parse(words: "death threat").profile.threats == ["death_threat"])
        let parsed = parser.parse(words: "defenders journalists grants")
        #expect(parsed.profile.who == ["hrd", "journalist"])
        #expect(parsed.profile.needs == ["protection_grant"])
        #expect(parsed.ignoredWords.isEmpty)
    }

    @Test func twoLetterWords() {
        // A code only in capitals in free words: "tn" is a word (the interview's country step
        // takes codes in any case, tested with the interview).
        #expect(parser.parse(words: "tn").profile.country == nil)
        #expect(parser.parse(words: "TN").profile.country == "TN")
        #expect(parser.parse(words: "AR").profile.country == "AR")  // Argentina, not Arabic
        // Stop words are dropped silently and never read as country codes.
        let sentence = parser.parse(words: "journalist in Kenya")
        #expect(sentence.profile.country == "KE")
        #expect(sentence.ignoredWords.isEmpty)
        #expect(parser.parse(words: "IN").profile.country == "IN")
        // "UN" in capitals is mechanisms; "un" is an article.
        #expect(parser.parse(words: "UN").profile.mechanisms)
        let article = parser.parse(words: "un journaliste")
        #expect(!article.profile.mechanisms)
        #expect(article.ignoredWords.isEmpty)
        #expect(parser.parse(words: "nations unies").profile.mechanisms)
    }

    @Test func languagesByCodeAndName() {
        #expect(parser.parse(words: "lang:ru lang:tr").profile.languages == ["ru", "tr"])
        let unknown = parser.parse(words: "lang:xx")
        #expect(unknown.profile.languages.isEmpty)
        #expect(unknown.ignoredWords == ["lang:xx"])
        #expect(parser.parse(words: "Français").profile.languages == ["fr"])
    }

    @Test func placeApplicantAndUrgencyWords() {
        // Exile is told apart from a stay abroad: programmes tell them apart.
        #expect(parser.parse(words: "exiled academic").profile.location == .inExile)
        #expect(parser.parse(words: "in exile").profile.location == .inExile)
        #expect(parser.parse(words: "en el exilio").profile.location == .inExile)
        #expect(parser.parse(words: "abroad").profile.location == .abroad)
        #expect(parser.parse(words: "organisation").profile.applicant == .organisation)
        #expect(parser.parse(words: "weeks").profile.urgency == .weeks)
        // The most urgent level typed wins.
        #expect(parser.parse(words: "planning urgent weeks").profile.urgency == .immediate)
        #expect(parser.parse(words: "طوارئ").profile.urgency == .immediate)
    }

    @Test func firstNeedIsPrimaryAndFirstCountryWins() {
        let parsed = parser.parse(words: "lawyer grant TN MX")
        #expect(parsed.profile.needs == ["legal_support", "protection_grant"])
        #expect(parsed.profile.primaryNeed == "legal_support")
        #expect(parsed.profile.country == "TN")
    }

    @Test func wordsNotUnderstoodAreReturnedInOrder() {
        let parsed = parser.parse(words: "journalist, zzz? TN qqq")
        #expect(parsed.ignoredWords == ["zzz?", "qqq"])
        #expect(parsed.profile.who == ["journalist"])
    }

    @Test func inputIsBounded() {
        let long = Array(repeating: "zz", count: 200).joined(separator: " ")
        let parsed = parser.parse(words: long)
        #expect(parsed.ignoredWords.count == ProfileParser.maximumWords + 1)
        #expect(parsed.ignoredWords.last == "… (+152)")
        #expect(parser.parse(words: "").profile.isEmpty)
        #expect(parser.parse(words: "\u{0}\u{202E}%%%").profile.isEmpty)
    }

    @Test func flagsAreValidated() throws {
        let flags = ProfileFlags(country: "tn", who: ["journalist"], threats: ["surveillance_digital"], needs: ["legal_support", "digital_incident"],
                                 primaryNeed: "digital_incident", speaks: ["ar"], urgency: "immediate", channels: ["signal"])
        let profile = try parser.profile(flags: flags)
        #expect(profile.country == "TN")
        #expect(profile.needs == ["digital_incident", "legal_support"])
        #expect(profile.channels == ["signal"])

        #expect(throws: ProfileError.unknownCode(option: "--who", value: "jounalist", suggestion: "journalist")) {
            try parser.profile(flags: ProfileFlags(who: ["jounalist"]))
        }
        #expect(throws: ProfileError.unknownCountry("XX")) { try parser.profile(flags: ProfileFlags(country: "XX")) }
        #expect(throws: ProfileError.badValue(option: "--urgency", value: "soon", allowed: ["immediate", "days", "weeks", "planning"])) {
            try parser.profile(flags: ProfileFlags(urgency: "soon"))
        }
        let message = ProfileError.unknownCode(option: "--who", value: "jounalist", suggestion: "journalist").description
        #expect(message.hasSuffix(".") && !message.contains("\n"))
    }

    @Test func flagsGoOverWords() throws {
        let words = parser.parse(words: "TN lawyer arabic").profile
        let flags = try parser.profile(flags: ProfileFlags(country: "DZ", needs: ["digital_incident"], speaks: ["fr"]))
        let merged = words.merged(with: flags)
        #expect(merged.country == "DZ")
        #expect(merged.needs == ["digital_incident", "legal_support"])
        #expect(merged.languages == ["fr", "ar"])
    }
}
