import DirectoryModel
import Testing
@testable import Referral

@Suite struct ProfileCodeTests {
    @Test func encodesCanonicallyAndRoundTrips() throws {
        let profile = DefenderProfile(country: "TN", who: ["journalist"], threats: ["surveillance_digital"], needs: ["digital_incident"],
                                      languages: ["ar"], urgency: .immediate)
        let code = ProfileCode.encode(profile)
        #expect(code == "c=TN;w=journalist;t=surveillance_digital;n=digital_incident;l=ar;u=immediate")
        #expect(try ProfileCode.decode(code) == profile)
        let full = DefenderProfile(country: "MX", location: .abroad, who: ["journalist", "whrd"], applicant: .thirdParty, threats: ["death_threat"],
                                   needs: ["relocation_temporary", "protection_grant"], languages: ["es", "en"], urgency: .days,
                                   channels: ["signal"], mechanisms: true)
        let fullCode = ProfileCode.encode(full)
        #expect(fullCode == "c=MX;p=abroad;w=journalist,whrd;a=third_party;t=death_threat;n=relocation_temporary,protection_grant;l=es,en;u=days;k=signal;m=1")
        #expect(try ProfileCode.decode(fullCode) == full)
        #expect(ProfileCode.encode(DefenderProfile()) == "")
        #expect(try ProfileCode.decode("") == DefenderProfile())
    }

    @Test(arguments: [
        "c=tn", "c=TUN", "x=1", "c=TN;c=TN", "w=a;c=TN", "u=soon", "m=2", "w=", "w=a,,b", "w=a b", "w=a,a", "=", ";", "c", "t=<script>",
        String(repeating: "w=a;", count: 200), "w=" + Array(repeating: "a", count: 17).enumerated().map { "a\($0.offset)" }.joined(separator: ","),
    ])
    func rejectsBadText(_ text: String) {
        #expect(throws: ProfileError.self) { try ProfileCode.decode(text) }
    }

    @Test func decodeIsTotalOnArbitraryBytes() {
        var generator = SplitMix(seed: 7)
        let alphabet = Array("c=TN;w,ajm1_pqu=;;==,,\u{0}é\u{202E}ت ")
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 40)
            let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            if let profile = try? ProfileCode.decode(text) {
                // Whatever decodes re-encodes to a valid code that decodes to the same profile.
                #expect((try? ProfileCode.decode(ProfileCode.encode(profile))) == profile)
            }
        }
    }

    @Test func validatesCodesAgainstTheDirectory() throws {
        let parser = ProfileParser(directory: Fixture.directory)
        #expect(try ProfileCode.decode("c=TN;w=journalist", validatingWith: parser).who == ["journalist"])
        #expect(throws: ProfileError.self) { try ProfileCode.decode("c=TN;w=astronaut", validatingWith: parser) }
        #expect(throws: ProfileError.self) { try ProfileCode.decode("c=ZZ", validatingWith: parser) }
    }
}

/// A small deterministic generator (SplitMix64) so property tests repeat exactly.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}
