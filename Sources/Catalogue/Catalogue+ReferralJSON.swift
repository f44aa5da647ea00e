import DirectoryModel
import Referral

extension Catalogue {
    /// The referral for `profile` as JSON: what `sanad refer --json` prints and what
    /// `POST /api/v1/refer` answers, from this one code path, so the two never differ.
    ///
    /// - Parameters:
    ///   - language: the output language asked for; nil means the first of the profile's
    ///     languages that is a UI language, else `fallback`.
    ///   - asOf: the date freshness is measured against; nil means the catalogue's `today`.
    public func referralJSON(
        _ profile: DefenderProfile, ignoredWords: [String] = [], language: UILanguage?, fallback: UILanguage = .en,
        asOf: CalendarDate? = nil
    ) -> String {
        var report = ReferralEngine.refer(profile, index: referrals, asOf: asOf ?? today())
        report.ignoredWords = ignoredWords
        return report.json(language: Self.referralLanguage(profile, requested: language, fallback: fallback))
    }

    /// The language a referral is written in: the one asked for, else the first of the
    /// defender's languages that Sanad speaks, else `fallback`.
    public static func referralLanguage(_ profile: DefenderProfile, requested: UILanguage?, fallback: UILanguage = .en) -> UILanguage {
        requested ?? profile.languages.lazy.compactMap(UILanguage.init(rawValue:)).first ?? fallback
    }
}

extension Catalogue {
    /// Validates a profile given field by field (flags, the JSON API's body) against this
    /// directory's vocabularies and regions, with the same parser as `sanad refer`'s flags.
    public func profile(flags: ProfileFlags) throws(ProfileError) -> DefenderProfile {
        try profileParser.profile(flags: flags)
    }
}
