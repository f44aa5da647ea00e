import DirectoryModel

extension ReferralReport {
    /// The profile as understood, only what was given, in the output language.
    public func profileSummary(_ words: ReferralText) -> String {
        let l = words.language
        var parts: [String] = []
        if let country = profile.country { parts.append(words.phrase("country") + ": " + words.country(country)) }
        if let place = profile.location { parts.append(words.phrase("where") + ": " + words.phrase(place.rawValue)) }
        func list(_ key: String, _ codes: [String], _ label: (String) -> String) {
            if !codes.isEmpty { parts.append(words.phrase(key) + ": " + words.language.list(codes.map(label))) }
        }
        list("who", profile.who) { vocabularies.beneficiaries.label($0, l) }
        if let applicant = profile.applicant { parts.append(words.phrase("applicant") + ": " + words.phrase(applicant.rawValue)) }
        list("threats", profile.threats) { vocabularies.threats.label($0, l) }
        list("needs", profile.needs) { vocabularies.services.label($0, l) }
        list("languages", profile.languages, words.languageName)
        if let urgency = profile.urgency { parts.append(words.phrase("urgency") + ": " + words.phrase(urgency.rawValue)) }
        list("channels", profile.channels) { vocabularies.contactTypes.label($0, l) }
        if profile.mechanisms { parts.append(words.phrase("mechanisms")) }
        return parts.isEmpty ? "—" : parts.joined(separator: " · ")
    }
}
