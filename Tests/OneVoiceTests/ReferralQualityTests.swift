import Catalogue
import DirectoryIndex
import DirectoryModel
import Referral
import SanadServer
import Testing

/// Issue 20 on the real directory, through the Catalogue every front uses: search you can
/// predict, the interview's answers, the README's Mexico referral and the pinned block.
@Suite struct ReferralQualityTests {
    let directory: Directory
    let catalogue: Catalogue

    init() throws {
        directory = try #require(Fronts.directory)
        catalogue = Catalogue(directory: directory, index: try SearchIndex.build(directory), today: { Fronts.asOf })
    }

    // MARK: search

    @Test func lgbtKenyaIsLGBTIQEntriesThatCoverKenya() {
        let found = catalogue.searchResults("lgbt kenya")
        #expect(found.complete)
        #expect(found.ids.count > 1)
        for id in found.ids {
            let organisation = directory.organisation(id)!
            #expect(organisation.services.contains { $0.effectiveCoverage?.covers("KE", in: directory.regions) ?? false }, "\(id) does not cover Kenya")
        }
        #expect(found.ids.contains("ilga-world"))
    }

    @Test func digitalTunisiaIsDigitalHelpThatCoversTunisia() {
        let found = catalogue.searchResults("digital tunisia")
        #expect(found.complete)
        #expect(!found.ids.contains("omct-sanad-tunisia"))
        #expect(found.ids.contains("access-now-helpline"))
        #expect(!found.ids.contains("digital-security-lab-ukraine"))
    }

    @Test func addingAWordNeverWidens() {
        for (short, long) in [("digital", "digital tunisia"), ("lgbt", "lgbt kenya"), ("journalist", "journalist emergency"), ("legal", "legal women")] {
            let a = Set(catalogue.searchResults(short).ids), b = catalogue.searchResults(long)
            if b.complete { #expect(Set(b.ids).isSubset(of: a), "\(long) widened \(short)") }
        }
    }

    @Test func noCompleteMatchIsSaidAndPartialMatchesAreLabelled() throws {
        let found = catalogue.searchResults("journalist zzzzqqq")
        #expect(!found.complete)
        let page = try catalogue.page(.search("journalist zzzzqqq"), language: .en)
        #expect(page.plainTextLines(width: 200).contains { $0.contains("No organisation matches all the words") })
    }

    @Test func aCountryNameAloneOpensTheCountryPage() throws {
        let search = try catalogue.page(.search("Kenya"), language: .en)
        let country = try catalogue.page(.country("KE"), language: .en)
        #expect(search == country)
    }

    // MARK: the interview

    @Test func theCountryStepTakesACodeInAnyCase() throws {
        let next = try catalogue.answering(InterviewPath(), typed: "tn")
        #expect(next?.answers == [["TN"]])
        // An answer it does not understand is asked again (nil), never accepted silently.
        #expect(try catalogue.answering(InterviewPath(), typed: "qqqq") == nil)
    }

    @Test func aLawyerWhoSkipsTheNeedsQuestionGetsNoInventedNeed() throws {
        // TN, lawyer, a seized device, needs skipped: as the Gemini front sends it, in words.
        let parsed = ProfileParser(directory: directory).parse(words: "TN lawyer device_seized_lost")
        #expect(parsed.profile.needs.isEmpty)
        let path = InterviewPath(answers: [["TN"], ["lawyer"], ["device_seized_lost"], []])
        let page = try catalogue.interviewPage(path, .en)
        #expect(!page.plainTextLines(width: 200).contains { $0.contains("Legal support") })
    }

    // MARK: the referral

    @Test func readmeMexicoExample() {
        let profile = DefenderProfile(country: "MX", who: ["journalist"], threats: ["death_threat"], needs: ["emergency_response"], urgency: .immediate)
        let report = catalogue.referral(profile)
        let ranked = report.allResults
        #expect(ranked.contains { $0.organisation.id == "mexico-mecanismo" })
        // Every ranked service that covers Mexico by name or region stands above every worldwide one.
        let specific = ranked.indices.filter { i in
            let coverage = ranked[i].service.effectiveCoverage
            return coverage.map { !$0.include.contains(Coverage.globalCode) && $0.covers("MX", in: directory.regions) } ?? false
        }
        let worldwide = ranked.indices.filter { ranked[$0].service.effectiveCoverage?.include.contains(Coverage.globalCode) ?? false }
        if let lastSpecific = specific.last, let firstWorldwide = worldwide.first { #expect(lastSpecific < firstWorldwide) }
        // The Mechanism with its risk notes, never its unconfirmed phone.
        let mechanism = ranked.first { $0.organisation.id == "mexico-mecanismo" }!
        #expect(mechanism.limits.contains { if case .risk = $0 { true } else { false } })
        #expect(!mechanism.contacts.contains { $0.value == "+52 55 39 58 56 29" })
    }

    @Test func theConsentNoteIsPrintedOnceInAUNBlock() throws {
        let report = catalogue.referral(DefenderProfile(country: "KE", who: ["lgbtiq"], threats: ["arrest_detention"], mechanisms: true))
        let un = try #require(report.pinned.first { $0.reason == .unMechanism })
        #expect(Set(un.notes).count == un.notes.count)
    }

    /// Georgia: the Public Defender's sourced 24-hour line 1481 (a national body) before Front Line's.
    @Test func theCountrysOwnLinesComeBeforeTheWorldwideOne() throws {
        let report = catalogue.referral(DefenderProfile(country: "GE", threats: ["death_threat"], urgency: .immediate))
        let lines = report.pinned.filter { $0.reason == .emergency }
        let worldwide = try #require(lines.firstIndex { $0.service.effectiveCoverage?.include.contains(Coverage.globalCode) ?? false })
        let own = lines.indices.filter { lines[$0].service.effectiveCoverage.map { !$0.include.contains(Coverage.globalCode) } ?? false }
        #expect(!own.isEmpty)
        #expect(own.allSatisfy { $0 < worldwide })
    }
}
