import DirectoryModel
import Testing
@testable import Referral

/// The free-word misreadings of the usability findings (issue 20, persons 1-3), one test each,
/// against the real directory's vocabularies and regions (the words people type meet the
/// keywords maintainers write there).
@Suite struct MisreadingTests {
    let parser: ProfileParser

    init() throws {
        let directory = try #require(RealDirectory.directory, "directory/ does not load")
        parser = ProfileParser(directory: directory)
    }

    @Test func jeIsNotJersey() {
        let parsed = parser.parse(words: "je suis journaliste au Mexique")
        #expect(parsed.profile.country == "MX")
        #expect(parsed.profile.who == ["journalist"])
        #expect(parsed.ignoredWords.isEmpty)
    }

    @Test func maIsNotMorocco() {
        let parsed = parser.parse(words: "ma soeur est arrêtée")
        #expect(parsed.profile.country == nil)
        #expect(parsed.profile.threats == ["arrest_detention"])
    }

    @Test func myIdWasTakenIsNeitherIndonesiaNorADisappearance() {
        let parsed = parser.parse(words: "my id was taken")
        #expect(parsed.profile.country == nil)
        #expect(!parsed.profile.threats.contains("enforced_disappearance"))
        // A person taken is still a disappearance; a phone taken is a seized device.
        #expect(parser.parse(words: "my brother was taken").profile.threats.contains("enforced_disappearance"))
        let phone = parser.parse(words: "my phone was taken")
        #expect(phone.profile.threats == ["device_seized_lost"])
    }

    @Test func noTengoAbogadoIsANeedNotARole() {
        let parsed = parser.parse(words: "no tengo abogado en México")
        #expect(parsed.profile.country == "MX")
        #expect(parsed.profile.who.isEmpty)
        #expect(parsed.profile.needs == ["legal_support"])
    }

    @Test func needsLawyerIsANeedNotARole() {
        let parsed = parser.parse(words: "trans defender kenya detained needs lawyer")
        #expect(!parsed.profile.who.contains("lawyer"))
        #expect(parsed.profile.needs == ["legal_support"])
        #expect(parsed.profile.country == "KE")
        // A lawyer is who the person is when no need phrase comes first: no need is invented
        // (the interview sends the code "lawyer" as a word).
        let role = parser.parse(words: "TN lawyer device_seized_lost")
        #expect(role.profile.who == ["lawyer"])
        #expect(role.profile.needs.isEmpty)
    }

    @Test func citiesNameTheirCountry() {
        let parsed = parser.parse(words: "lesbian activist Nairobi arrested")
        #expect(parsed.profile.country == "KE")
        #expect(parser.parse(words: "Tunis").profile.country == "TN")
        #expect(parser.parse(words: "القاهرة").profile.country == "EG")
        // Ambiguous names never name a country by themselves.
        #expect(parser.parse(words: "Valencia").profile.country == nil)
        #expect(parser.parse(words: "Santiago").profile.country == nil)
        #expect(parser.parse(words: "San José").profile.country == nil)
        #expect(parser.parse(words: "San José CR").profile.country == "CR")
    }

    @Test func arabicVerbAndPossessiveForms() {
        // "They confiscated my phone", "they seized the phone", "the police took my phone".
        #expect(parser.parse(words: "صادروا هاتفي").profile.threats == ["device_seized_lost"])
        #expect(parser.parse(words: "حجزوا الهاتف").profile.threats == ["device_seized_lost"])
        #expect(parser.parse(words: "هاتفي مصادر").profile.threats == ["device_seized_lost"])
        #expect(parser.parse(words: "صادروا هاتفي").ignoredWords.isEmpty)
    }

}
