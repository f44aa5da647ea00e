/// A compact, canonical, shareable text form of a profile, for deep links
/// (`c=TN;w=journalist;t=surveillance_digital;n=digital_incident;l=ar;u=immediate`).
///
/// Keys, always in this order, each at most once, empty ones left out: `c` country, `p` where
/// (in_country | abroad), `w` who, `a` applicant, `t` threats, `n` needs (primary first), `l`
/// languages, `u` urgency, `k` channels, `m` mechanisms (`m=1`). Lists are comma-separated.
/// Decoding checks the syntax only: codes are checked against a directory with
/// ``ProfileCode/decode(_:validatingWith:)``. The link carries the defender's answers, so it must
/// only be shared over a safe channel.
public enum ProfileCode {
    /// Longest text accepted.
    public static let maximumLength = 600
    /// Most codes in one list.
    public static let maximumListCount = 16
    /// Longest single code.
    public static let maximumCodeLength = 32

    static let keyOrder = ["c", "p", "w", "a", "t", "n", "l", "u", "k", "m"]

    /// The canonical text of `profile`: equal profiles give equal text.
    public static func encode(_ profile: DefenderProfile) -> String {
        var parts: [String] = []
        func put(_ key: String, _ values: [String]) {
            if !values.isEmpty { parts.append("\(key)=\(values.joined(separator: ","))") }
        }
        put("c", profile.country.map { [$0] } ?? [])
        put("p", profile.location.map { [$0.rawValue] } ?? [])
        put("w", profile.who)
        put("a", profile.applicant.map { [$0.rawValue] } ?? [])
        put("t", profile.threats)
        put("n", profile.needs)
        put("l", profile.languages)
        put("u", profile.urgency.map { [$0.rawValue] } ?? [])
        put("k", profile.channels)
        if profile.mechanisms { parts.append("m=1") }
        return parts.joined(separator: ";")
    }

    /// Reads a profile back. Total: any text gives a profile or a ``ProfileError/badEncoding(_:)``.
    public static func decode(_ text: String) throws(ProfileError) -> DefenderProfile {
        guard text.utf8.count <= maximumLength else { throw .badEncoding("it is longer than \(maximumLength) characters") }
        var profile = DefenderProfile()
        if text.isEmpty { return profile }
        var lastKey = -1
        for part in text.split(separator: ";", omittingEmptySubsequences: false) {
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2, let position = keyOrder.firstIndex(of: String(pair[0])) else {
                throw .badEncoding("\"\(ProfileError.clip(String(part)))\" is not a known key=value part")
            }
            guard position > lastKey else { throw .badEncoding("key \"\(pair[0])\" is repeated or out of order") }
            lastKey = position
            let key = String(pair[0])
            let values = try codes(pair[1], key: key)
            let single = values.count == 1 ? values[0] : nil
            switch key {
            case "c":
                guard let code = single, code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                    throw .badEncoding("c= needs one two-letter country code in capitals")
                }
                profile.country = code
            case "p": profile.location = try one(single, key, DefenderProfile.Location.self)
            case "w": profile.who = values
            case "a": profile.applicant = try one(single, key, DefenderProfile.Applicant.self)
            case "t": profile.threats = values
            case "n": profile.needs = values
            case "l": profile.languages = values
            case "u": profile.urgency = try one(single, key, DefenderProfile.UrgencyLevel.self)
            case "k": profile.channels = values
            default:
                guard single == "1" else { throw .badEncoding("m= takes only 1") }
                profile.mechanisms = true
            }
        }
        return profile
    }

    /// Decodes and checks every code against the directory's vocabularies and regions.
    public static func decode(_ text: String, validatingWith parser: ProfileParser) throws(ProfileError) -> DefenderProfile {
        let profile = try decode(text)
        let flags = ProfileFlags(
            country: profile.country, location: profile.location?.rawValue, who: profile.who,
            applicant: profile.applicant?.rawValue, threats: profile.threats, needs: profile.needs,
            speaks: profile.languages, urgency: profile.urgency?.rawValue, channels: profile.channels,
            mechanisms: profile.mechanisms
        )
        do { return try parser.profile(flags: flags) } catch { throw .badEncoding(error.description) }
    }

    private static func codes(_ text: Substring, key: String) throws(ProfileError) -> [String] {
        let values = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard values.count <= maximumListCount else { throw .badEncoding("\(key)= has more than \(maximumListCount) codes") }
        var seen: [String] = []
        for value in values {
            guard !value.isEmpty, value.count <= maximumCodeLength,
                  value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            else { throw .badEncoding("\(key)= holds a value that is not a code") }
            guard !seen.contains(value) else { throw .badEncoding("\(key)= repeats \"\(value)\"") }
            seen.append(value)
        }
        return seen
    }

    private static func one<T: RawRepresentable>(_ value: String?, _ key: String, _: T.Type) throws(ProfileError) -> T where T.RawValue == String {
        guard let value, let result = T(rawValue: value) else { throw .badEncoding("\(key)= has an unknown value") }
        return result
    }
}
