import DirectoryModel

extension ProfileParser {
    /// Validates flags against the vocabularies and regions and builds the profile.
    /// Throws on the first unknown code, naming the flag and, when one is close, the code meant.
    public func profile(flags: ProfileFlags) throws(ProfileError) -> DefenderProfile {
        var profile = DefenderProfile()
        if let country = flags.country {
            guard country.count == 2, regions.country(country) != nil else { throw .unknownCountry(country) }
            profile.country = country.uppercased()
        }
        if let location = flags.location {
            profile.location = try Self.choice(location, option: "--where", DefenderProfile.Location.self)
        }
        if let applicant = flags.applicant {
            profile.applicant = try Self.choice(applicant, option: "--applicant", DefenderProfile.Applicant.self)
        }
        if let urgency = flags.urgency {
            profile.urgency = try Self.choice(urgency, option: "--urgency", DefenderProfile.UrgencyLevel.self)
        }
        profile.who = try Self.codes(flags.who, option: "--who", in: vocabularies.beneficiaries)
        profile.threats = try Self.codes(flags.threats, option: "--threat", in: vocabularies.threats)
        var needs = try Self.codes(flags.needs, option: "--need", in: vocabularies.services)
        if let primary = flags.primaryNeed {
            let code = try Self.codes([primary], option: "--primary-need", in: vocabularies.services)[0]
            needs.removeAll { $0 == code }
            needs.insert(code, at: 0)
        }
        profile.needs = needs
        profile.languages = try Self.codes(flags.speaks, option: "--speaks", in: vocabularies.languages)
        profile.channels = try Self.codes(flags.channels, option: "--channel", in: vocabularies.contactTypes)
        profile.mechanisms = flags.mechanisms
        return profile
    }

    private static func choice<T: RawRepresentable & CaseIterable>(_ value: String, option: String, _: T.Type) throws(ProfileError) -> T where T.RawValue == String {
        guard let result = T(rawValue: value) else {
            throw .badValue(option: option, value: value, allowed: T.allCases.map(\.rawValue))
        }
        return result
    }

    /// The codes in order, without repeats; each must be in `vocabulary`.
    private static func codes(_ values: [String], option: String, in vocabulary: Vocabulary) throws(ProfileError) -> [String] {
        var result: [String] = []
        for value in values {
            guard vocabulary.term(value) != nil else {
                throw .unknownCode(option: option, value: value, suggestion: closest(to: value, in: vocabulary.codes))
            }
            if !result.contains(value) { result.append(value) }
        }
        return result
    }

    /// The code nearest to a misspelling, if it is within two edits.
    static func closest(to value: String, in codes: [String]) -> String? {
        guard value.count <= 40 else { return nil }
        let scored = codes.map { ($0, editDistance(value.lowercased(), $0)) }.filter { $0.1 <= 2 }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension DefenderProfile {
    /// This profile with `other`'s answers on top (the CLI puts flags over free words): single
    /// values from `other` win where given; lists are joined without repeats, with `other`'s
    /// needs and languages first, so an explicit primary need or preferred language leads.
    public func merged(with other: DefenderProfile) -> DefenderProfile {
        func join(_ a: [String], _ b: [String]) -> [String] {
            var out = a
            for code in b where !out.contains(code) { out.append(code) }
            return out
        }
        return DefenderProfile(
            country: other.country ?? country, location: other.location ?? location, who: join(who, other.who),
            applicant: other.applicant ?? applicant, threats: join(threats, other.threats),
            needs: join(other.needs, needs), languages: join(other.languages, languages),
            urgency: other.urgency ?? urgency, channels: join(channels, other.channels),
            mechanisms: mechanisms || other.mechanisms
        )
    }
}
