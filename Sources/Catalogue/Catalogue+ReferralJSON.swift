import DirectoryModel
import Referral

extension Catalogue {
    /// The referral for `profile` as JSON: what `sanad refer --json` prints and what
    /// `POST /api/v1/refer` answers, from this one code path, so the two never differ.
    ///
    /// - Parameters:
    ///   - language: the output language asked for; nil means `fallback` (the reader's: a
    ///     caseworker's, never switched by the defender's languages, which are a profile fact).
    ///   - asOf: the date freshness is measured against; nil means the catalogue's `today`.
    public func referralJSON(
        _ profile: DefenderProfile, ignoredWords: [String] = [], language: UILanguage?, fallback: UILanguage = .en,
        asOf: CalendarDate? = nil
    ) -> String {
        var report = ReferralEngine.refer(profile, index: referrals, asOf: asOf ?? today())
        report.ignoredWords = ignoredWords
        return report.json(language: Self.referralLanguage(profile, requested: language, fallback: fallback))
    }

    /// The language a referral is written in: the one asked for, else `fallback` (English for
    /// `sanad refer`; the Accept-Language for the JSON API). The defender's languages only rank
    /// services: the README's Arabic-speaking defender, referred by an English-speaking
    /// caseworker, gets an English page.
    public static func referralLanguage(_ profile: DefenderProfile, requested: UILanguage?, fallback: UILanguage = .en) -> UILanguage {
        requested ?? fallback
    }
}

extension Catalogue {
    /// Validates a profile given field by field (flags, the JSON API's body) against this
    /// directory's vocabularies and regions, with the same parser as `sanad refer`'s flags.
    public func profile(flags: ProfileFlags) throws(ProfileError) -> DefenderProfile {
        try profileParser.profile(flags: flags)
    }
}
