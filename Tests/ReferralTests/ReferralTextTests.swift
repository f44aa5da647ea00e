import DirectoryModel
import Foundation
import Testing
@testable import Referral

@Suite struct ReferralTextTests {
    let directory = Fixture.directory

    @Test func everyPhraseExistsInEveryLanguage() {
        for (key, row) in ReferralText.table {
            #expect(row.count == UILanguage.allCases.count, "\(key)")
            #expect(row.allSatisfy { !$0.isEmpty }, "\(key)")
            // Placeholders are the same in every language.
            let holes = row.map { text in ["%1", "%2"].filter(text.contains) }
            #expect(Set(holes.map { $0.joined() }).count == 1, "\(key)")
        }
        let keys = ExclusionCode.allCases.map { "not:" + $0.rawValue } + SignalCode.allCases.map(\.rawValue)
            + RelaxationCode.allCases.map { "relax:" + $0.rawValue } + PinReason.allCases.map { "pin:" + $0.rawValue }
            + DefenderProfile.UrgencyLevel.allCases.map(\.rawValue) + DefenderProfile.Location.allCases.map(\.rawValue)
            + DefenderProfile.Applicant.allCases.map(\.rawValue)
        for key in keys { #expect(ReferralText.table[key] != nil, "\(key)") }
    }

    @Test func limitsAndSignalsAreWordsNotCodes() {
        let words = ReferralText(language: .es, directory: directory)
        #expect(words.limit(.fundingCap(currency: "EUR", maximum: 7500, note: nil)) == "Monto máximo: EUR 7.500.")
        #expect(words.signal(Signal(.primaryNeed, 40, subject: "legal_support")) == "Ofrece Apoyo jurídico, su necesidad principal.")
        #expect(words.signal(Signal(.coverageCountry, 12, subject: "TN")) == "Incluye Túnez entre los países que cubre.")
        let ar = ReferralText(language: .ar, directory: directory)
        #expect(ar.signal(Signal(.language, 10, subject: "ar")) == "يعمل باللغة: العربية.")
        for limit in [ReferralLimit.viaPartner, .referralOnly, .countryNotListed, .noListedChannel, .paid] {
            for language in UILanguage.allCases {
                #expect(ReferralText(language: language, directory: directory).limit(limit) != limit.code)
            }
        }
    }

    @Test func plainTextPutsContactsOnTheirOwnLines() {
        let report = ReferralEngine.refer(DefenderProfile(country: "TN", needs: ["legal_support"], languages: ["ar"], urgency: .immediate),
                                          directory: directory, asOf: Fixture.asOf)
        for language in UILanguage.allCases {
            let text = report.plainText(language: language, width: 50)
            let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(lines.contains("+1 555 0100"))
            #expect(lines.contains("+1 555 0101"))
            for line in text.split(separator: "\n") where !line.contains("http") && !line.contains("+1 ") {
                #expect(line.count <= 50, "\(line)")
            }
        }
        let en = report.plainText(language: .en)
        #expect(en.contains("Emergency: 24-hour lines\n---"))
        #expect(en.contains("Offers Legal support, your main need."))
        // Each contact with its security level in words, its source and the entry's verification date.
        #expect(en.contains("end-to-end encrypted · source: https://example.org/source · verified\n  2026-11-01"))
        #expect(report.plainText(language: .ar).contains("طوارئ: خطوط على مدار الساعة"))
    }

    @Test func jsonHasExactlyTheIssueShape() throws {
        var report = ReferralEngine.refer(DefenderProfile(country: "TN", who: ["journalist"], threats: ["account_compromise"], needs: ["legal_support"], urgency: .immediate, mechanisms: true),
                                          directory: directory, asOf: Fixture.asOf)
        report.ignoredWords = ["zzz"]
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json(language: .en).utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["profile", "ignored_words", "relaxations", "pinned", "results", "excluded"])
        let pinned = try #require(object["pinned"] as? [[String: Any]])
        #expect(pinned.count == 4)
        #expect(pinned.allSatisfy { Set($0.keys) == ["id", "service", "reason"] })
        #expect(pinned.map { $0["reason"] as? String } == ["EMERGENCY", "DIGITAL_HELPLINE", "UN_MECHANISM", "REGIONAL_MECHANISM"])
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        #expect(results.allSatisfy { Set($0.keys) == ["id", "service", "score", "reasons", "limits", "first_step", "contacts"] })
        let excluded = try #require(object["excluded"] as? [[String: Any]])
        #expect(excluded.allSatisfy { Set($0.keys) == ["id", "codes"] })
        #expect(object["ignored_words"] as? [String] == ["zzz"])
        let profile = try #require(object["profile"] as? [String: Any])
        #expect(profile["country"] as? String == "TN")
        #expect(profile["where"] is NSNull)
    }
}
