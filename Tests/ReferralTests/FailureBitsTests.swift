import DirectoryModel
import Testing
@testable import Referral

/// The filters' bit constants against the rule the reports read them by: bit n is the n-th
/// case of `allCases`. A constant out of step would name the wrong reason in "why not".
@Suite struct FailureBitsTests {
    @Test func everyFailureConstantIsItsCodesBit() {
        typealias Fail = ReferralEngine.Fail
        let named: [(UInt16, ExclusionCode)] = [
            (Fail.inactive, .inactive), (Fail.mechanism, .mechanismNotWanted), (Fail.noService, .noService),
            (Fail.notCovered, .notCovered), (Fail.group, .notEligibleGroup), (Fail.applicant, .applicant),
            (Fail.location, .location), (Fail.intake, .intake), (Fail.language, .language),
            (Fail.noContact, .noCurrentContact), (Fail.bound, .boundElsewhere), (Fail.status, .requiredStatus),
        ]
        #expect(named.count == ExclusionCode.allCases.count)
        for (bit, code) in named {
            #expect(ReferralEngine.Candidate.codes(bit) == [code])
        }
        #expect(ReferralEngine.Candidate.codes(Fail.inactive | Fail.status) == [.inactive, .requiredStatus])
    }

    @Test func applicantAndLocationBitsFollowTheirCases() {
        let applicants: UInt8 = CaseBits.bits([Service.Applicant.thirdParty, .organisation])
        #expect(applicants == 6)
        let profileApplicant: UInt8 = CaseBits.bit(DefenderProfile.Applicant.`self`)
        #expect(profileApplicant == 1)
        let locations: UInt8 = CaseBits.bits([Service.Location.inCountry, .inExile])
        #expect(locations == 5)
        let none: UInt8 = CaseBits.bits([Service.Location]())
        #expect(none == 0)
    }
}
