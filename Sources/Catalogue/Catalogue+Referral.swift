import DirectoryModel
import Referral

extension Catalogue {
    /// The suffix of a referral link that asks for every result, not only the first page.
    static let allResultsSuffix = ";more"

    /// The referral prompt, or the referral for free words (`TN journalist surveillance arabic urgent`).
    func referPage(_ words: String?, _ l: UILanguage) -> Page {
        guard let words, !words.allSatisfy(\.isWhitespace) else {
            return Page(language: l, title: UIText.refer(l), blocks: [
                .query(label: UIText.referPrompt(l), route: .refer(nil)),
                .link(label: UIText.interviewStart(l), route: .interview(InterviewPath())),
            ])
        }
        let parsed = profileParser.parse(words: words)
        return referralReportPage(parsed.profile, ignoredWords: parsed.ignoredWords, all: false, l)
    }

    /// A referral deep link: the profile encoded in the selector (``ProfileCode``), so a
    /// caseworker can share it. Codes are checked against the directory; a bad link is not found.
    func referralPage(_ encoded: String, _ l: UILanguage) throws(CatalogueError) -> Page {
        var code = encoded
        let all = code.hasSuffix(Catalogue.allResultsSuffix)
        if all { code.removeLast(Catalogue.allResultsSuffix.count) }
        let profile: DefenderProfile
        do {
            profile = try ProfileCode.decode(code, validatingWith: profileParser)
        } catch {
            throw .notFound
        }
        return referralReportPage(profile, ignoredWords: [], all: all, l)
    }

    /// The report for a profile as a page. Nothing the user did not type is echoed.
    func referralReportPage(_ profile: DefenderProfile, ignoredWords: [String], all: Bool, _ l: UILanguage) -> Page {
        var report = referral(profile)
        report.ignoredWords = ignoredWords
        return referralPage(report, all: all, language: l)
    }

    /// The referral for `profile` as of the catalogue's `today`.
    public func referral(_ profile: DefenderProfile) -> ReferralReport {
        ReferralEngine.refer(profile, index: referrals, asOf: today())
    }

    /// The one layout of a referral report, for every front and `sanad refer`: what was
    /// understood, the words not understood, relaxations, pinned blocks, then the ranked results,
    /// each with reasons, limits, the safe first step and contacts (values on their own lines,
    /// security level in words, source and dates). With `all`, every ranked result.
    public func referralPage(_ report: ReferralReport, all: Bool, language l: UILanguage) -> Page {
        // Words the user typed, shown back: through the one sanitiser (no control codes, no bidi).
        let ignoredWords = report.ignoredWords.map(EchoedText.clean).filter { !$0.isEmpty }
        let words = ReferralText(language: l, vocabularies: directory.vocabularies, regions: directory.regions)
        var blocks: [Page.Block] = [.text(words.phrase("profile") + ": " + report.profileSummary(words))]
        if !ignoredWords.isEmpty { blocks.append(.text(words.phrase("ignored") + ": " + l.list(ignoredWords))) }
        blocks += report.relaxations.map { .text(words.relaxation($0)) }

        var reason: PinReason?
        for pin in report.pinned {
            if pin.reason != reason {
                blocks.append(.heading(words.pinHeading(pin.reason)))
                reason = pin.reason
            }
            let title = pin.organisation.name.resolved(l) + " — " + pin.service.name.resolved(l)
            blocks.append(.text(title))
            blocks += safetyWarnings(pin.organisation.safetyWarnings + pin.service.safetyWarnings, l)
            blocks += pin.contacts.map { contactField($0, org: pin.organisation, l) }
            blocks += pin.notes.map { .text(words.phrase("readFirst") + ": " + $0.resolved(l)) }
            blocks.append(.text(words.phrase("firstStep") + ": " + pin.firstStep.resolved(l)))
            blocks.append(.link(label: pin.organisation.name.resolved(l), route: .organisation(pin.organisation.id)))
        }

        let shown = all ? report.allResults : report.results
        blocks.append(.heading(shown.isEmpty ? words.phrase("noResults") : words.phrase("results", "1–\(shown.count)", String(report.rankedCount))))
        for (index, result) in shown.enumerated() {
            blocks.append(.blank)
            blocks.append(.text("\(index + 1). \(result.organisation.name.resolved(l)) — \(result.service.name.resolved(l)) (\(words.phrase("score", String(result.score))))"))
            // One reason per line: each is a sentence of its own, and a list reads better on a small screen.
            blocks.append(.text(words.phrase("why") + ":"))
            blocks += result.signals.map { .text("- " + words.signal($0)) }
            if !result.limits.isEmpty {
                blocks.append(.text(words.phrase("limits") + ":"))
                blocks += result.limits.map { .text("- " + words.limit($0)) }
            }
            blocks += safetyWarnings(result.organisation.safetyWarnings + result.service.safetyWarnings, l)
            blocks.append(.text(words.phrase("firstStep") + ": " + result.firstStep.resolved(l)))
            blocks += result.contacts.map { contactField($0, org: result.organisation, l) }
            if result.contacts.isEmpty, let website = result.organisation.website {
                blocks.append(.field(label: UIText.website(l), value: website, note: nil, target: ContactLink.target(type: ContactTypes.website, value: website)))
            }
            blocks.append(.link(label: result.organisation.name.resolved(l), route: .organisation(result.organisation.id)))
        }

        let code = ProfileCode.encode(report.profile)
        blocks.append(.blank)
        if !all, report.rankedCount > shown.count {
            let more = CountedText.moreResults(report.rankedCount - shown.count, l)
            // An empty profile has no link to all results: the count is still said.
            blocks.append(code.isEmpty ? .text(more) : .link(label: more, route: .referral(code + Catalogue.allResultsSuffix)))
        }
        if !code.isEmpty {
            blocks.append(.text(UIText.shareWarning(l)))
            blocks.append(.link(label: UIText.shareLink(l), route: .referral(code)))
        }
        blocks += referralEntries(l)
        return Page(language: l, title: UIText.referralTitle(l), blocks: blocks)
    }
}
