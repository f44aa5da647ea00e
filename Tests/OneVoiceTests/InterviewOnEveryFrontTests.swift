import Catalogue
import DirectoryModel
import Foundation
import Gemini
import Gopher
import Referral
import Testing

/// The catalogue's one interview, on Gemini and Gopher, reads typed answers as `sanad refer` does.
@Suite struct InterviewOnEveryFrontTests {
    /// The everyday spellings the review found "not recognised" by Gemini's former normaliser.
    @Test(arguments: ["الاردن", "الأردن", "تونس", "مصر"])
    func geminiRecognisesTheCountryAsSanadReferDoes(word: String) throws {
        let directory = try #require(Fronts.directory)
        let catalogue = Fronts.catalogue(directory)
        let expected = try #require(ProfileParser(directory: directory).parse(words: word).profile.country)
        let encoded = word.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
        let request = try GeminiRequest.parse(Array("gemini://h/ar/interview?\(encoded)".utf8))
        let response = GeminiResponder().respond(to: request, catalogue: catalogue)
        #expect(response.status == .redirectTemporary)
        #expect(response.meta == "/ar/interview/\(expected)")
    }

    @Test func jordanIsJordanWhicheverAlefIsTyped() throws {
        let directory = try #require(Fronts.directory)
        let parser = ProfileParser(directory: directory)
        #expect(parser.parse(words: "الاردن").profile.country == "JO")
        #expect(parser.parse(words: "الأردن").profile.country == "JO")
    }

    /// A Gopher client goes through every question: the country typed into a type-7 item, a
    /// listed answer chosen from each menu, and ends on the referral with its share link.
    @Test func aGopherClientCompletesTheInterview() throws {
        let directory = try #require(Fronts.directory)
        let catalogue = Fronts.catalogue(directory)
        let root = Fronts.items(Fronts.gopherLines("/en/", catalogue))
        let start = try #require(root.first { $0.selector == "/en/interview" })
        #expect(start.type == "1")
        var menu = Fronts.items(Fronts.gopherLines(start.selector, catalogue))
        let country = try #require(menu.first { $0.type == "7" })
        #expect(country.selector == "/en/interview/+")
        menu = Fronts.items(Fronts.gopherLines(country.selector, query: "Tunisia", catalogue))
        #expect(menu.contains { $0.display == "- Country: Tunisia" })
        for expected in ["journalist", "death_threat", "legal_support", "ar", "immediate"] {
            let choice = try #require(menu.first { $0.type == "1" && $0.selector.hasSuffix("/" + expected) }, "no \(expected)")
            #expect(choice.selector.utf8.count < GopherRequest.defaultMaximumLineBytes)
            menu = Fronts.items(Fronts.gopherLines(choice.selector, catalogue))
        }
        #expect(menu.first?.display == UIText.referralTitle(.en))
        let share = try #require(menu.first { $0.display == UIText.shareLink(.en) })
        #expect(share.selector == "/en/refer/c=TN;w=journalist;t=death_threat;n=legal_support;l=ar;u=immediate")
        let warning = try #require(menu.firstIndex { $0.display.hasPrefix("The link below contains the answers") })
        #expect(warning < menu.firstIndex { $0.display == UIText.shareLink(.en) }!)
    }

    @Test func aTypedAnswerThatNamesNothingIsSaidAndAskedAgainOnGopher() throws {
        let directory = try #require(Fronts.directory)
        let menu = Fronts.items(Fronts.gopherLines("/en/interview/TN/+", query: "zzz", Fronts.catalogue(directory)))
        #expect(menu.first?.display == UIText.questionWho(.en))
        #expect(menu.contains { $0.display == UIText.notRecognised(.en) })
        #expect(!menu.contains { $0.display.contains("zzz") })
    }

    /// The longest interview the real vocabularies allow (every multiple answer at its most
    /// codes, the longest codes) still fits a Gopher request line, with room to type.
    @Test func aFullInterviewFitsTheGopherSelectorLimit() throws {
        let directory = try #require(Fronts.directory)
        let v = directory.vocabularies
        func longest(_ vocabulary: Vocabulary) -> [String] {
            Array(vocabulary.terms.map(\.code).sorted { $0.utf8.count > $1.utf8.count }.prefix(InterviewPath.maximumCodesPerAnswer))
        }
        let path = InterviewPath(answers: [["TN"], longest(v.beneficiaries), longest(v.threats), longest(v.services), longest(v.languages)], asksForWords: true)
        let selector = Route.interview(path).path(.en)
        #expect(Route.parse(selector)?.route == .interview(path))
        let roomToType = 200
        #expect(selector.utf8.count + 1 + roomToType <= GopherRequest.defaultMaximumLineBytes, "\(selector.utf8.count) bytes")
        // And the catalogue accepts it.
        #expect(throws: Never.self) { try Fronts.catalogue(directory).page(.interview(path), language: .en) }
    }

    @Test func interviewStepsAreNeverCached() {
        let responder = Fronts.gopher
        #expect(responder.cacheKey(for: GopherRequest(selector: "/en/interview/TN")) == nil)
        #expect(responder.cacheKey(for: GopherRequest(selector: "/en/interview")) == nil)
    }
}
