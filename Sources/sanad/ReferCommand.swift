import ArgumentParser
import Catalogue
import DirectoryModel
import Foundation
import Referral

/// `sanad refer [WORDS…] [flags]`: a defender's situation in, a ranked and explained list of
/// organisations and mechanisms out (plain text or JSON). The profile is never written anywhere.
struct ReferCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refer",
        abstract: "Match a defender's situation to the organisations and mechanisms most likely to help, with the reasons.",
        discussion: """
            Describe the situation in free words (sanad refer TN journalist surveillance arabic urgent), \
            with flags, or both; flags win over words. Words that are not understood are shown back. \
            Nothing you type is stored.
            """
    )

    @Argument(help: "Free words: a country code or name, who, threats, needs, languages (arabic, lang:ar), urgent, exile, UN …")
    var words: [String] = []

    @Option(help: "The country, as an ISO 3166-1 alpha-2 code (TN).")
    var country: String?

    @Option(name: .customLong("where"), help: "Where the defender is now: in_country, abroad or in_exile.")
    var location: String?

    @Option(help: "Who the defender is: a beneficiaries code (journalist, whrd, …); repeatable.")
    var who: [String] = []

    @Option(help: "Who is applying: self, third_party or organisation.")
    var applicant: String?

    @Option(help: "A threats code (death_threat, surveillance_digital, …); repeatable.")
    var threat: [String] = []

    @Option(help: "A services code (legal_support, …); repeatable; the first is the primary need.")
    var need: [String] = []

    @Option(help: "The primary need, a services code.")
    var primaryNeed: String?

    @Option(help: "A language the defender reads, ISO 639-1 (ar); repeatable, preferred first.")
    var speaks: [String] = []

    @Option(help: "How soon: immediate, days, weeks or planning.")
    var urgency: String?

    @Option(help: "A contact type the defender can use safely (signal, email, …); repeatable.")
    var channel: [String] = []

    @Flag(help: "UN and regional mechanisms are wanted.")
    var mechanisms = false

    @Option(help: "The language of the output, the caseworker's: en, fr, es or ar (default: en; --speaks is the defender's, used for ranking only).")
    var lang: String?

    @Flag(help: "Print the referral as JSON.")
    var json = false

    @Flag(help: "Show every ranked result, not only the first five.")
    var all = false

    @Option(help: "Explain why the organisation with this id is or is not in the referral.")
    var whyNot: String?

    @Option(help: "The date freshness is measured against, YYYY-MM-DD (default: today).")
    var asOf: String?

    @OptionGroup var directory: DirectoryOption

    @OptionGroup var width: WidthOption

    func validate() throws {
        if let lang, UILanguage(rawValue: lang) == nil { throw ValidationError("--lang must be one of en, fr, es, ar.") }
        if let asOf, CalendarDate(asOf) == nil { throw ValidationError("--as-of must be a date written YYYY-MM-DD.") }
    }

    func run() async throws {
        let loaded = try CommandSupport.loadDirectory(at: directory.path)
        let parser = ProfileParser(directory: loaded)
        let parsed = parser.parse(words: words.joined(separator: " "))
        let flagged: DefenderProfile
        do {
            flagged = try parser.profile(flags: ProfileFlags(
                country: country, location: location, who: who, applicant: applicant, threats: threat, needs: need,
                primaryNeed: primaryNeed, speaks: speaks, urgency: urgency, channels: channel, mechanisms: mechanisms
            ))
        } catch {
            throw ValidationError(error.description)
        }
        let profile = parsed.profile.merged(with: flagged)
        // The clock is read here, at the edge; the catalogue and the engine take the date as input.
        let asOfDate = asOf.flatMap(CalendarDate.init) ?? CalendarDate.today()
        let catalogue = Catalogue(directory: loaded, index: NoSearch(), today: { asOfDate })
        let requested = lang.flatMap(UILanguage.init(rawValue:))
        if json {
            // The JSON API (POST /api/v1/refer) answers from this same call, byte for byte.
            print(catalogue.referralJSON(profile, ignoredWords: parsed.ignoredWords, language: requested))
            return
        }
        var report = catalogue.referral(profile)
        report.ignoredWords = parsed.ignoredWords
        let language = Catalogue.referralLanguage(profile, requested: requested)
        // The same page every front shows, as plain text.
        var page = whyNot.map { catalogue.whyNotPage(report, id: $0, language: language) }
            ?? catalogue.referralPage(report, all: all, language: language)
        // Numbers and Latin names isolated in Arabic, as every front's Arabic page (issue 21).
        if language.isRightToLeft { page = BidiIsolation.isolate(page) }
        print(page.plainTextLines(width: width.width).joined(separator: "\n"))
        // An id no organisation has is an error a script must see.
        if let whyNot, case .unknown = report.whyNot(whyNot) { throw ExitCode(1) }
    }
}
