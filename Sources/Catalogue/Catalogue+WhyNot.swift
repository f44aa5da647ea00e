import DirectoryModel
import Referral

extension Catalogue {
    /// The answer to "why is `id` (not) in this referral?", for `sanad refer --why-not`: pinned,
    /// ranked at a position, or excluded with each programme's reasons in words and codes.
    public func whyNotPage(_ report: ReferralReport, id: String, language l: UILanguage) -> Page {
        let words = ReferralText(language: l, vocabularies: directory.vocabularies, regions: directory.regions)
        var blocks: [Page.Block] = []
        switch report.whyNot(id) {
        case .pinned(let reason):
            let name = report.pinned.first { $0.organisation.id == id }?.organisation.name.resolved(l) ?? id
            blocks.append(.text(words.phrase("whyPinned", name, words.pinHeading(reason))))
            blocks += standing(report, id, words, l)
        case .ranked(let position):
            let name = directory.organisation(id)?.name.resolved(l) ?? id
            blocks.append(.text(words.phrase("whyRanked", name, String(position))))
            blocks += standing(report, id, words, l)
        case .excluded(let exclusion):
            blocks.append(.text(words.phrase("whyExcluded", exclusion.name.resolved(l))))
            if exclusion.services.isEmpty { blocks.append(.text("- " + words.phrase("whyNoServices"))) }
            for service in exclusion.services {
                let reasons = service.codes.map { words.exclusion($0) + " [\($0.rawValue)]" }.joined(separator: "; ")
                blocks.append(.text("- " + service.name.resolved(l) + ": " + reasons))
            }
        case .unknown(let id):
            blocks.append(.text(words.phrase("whyUnknown", ProfileError.clip(id))))
        }
        return Page(language: l, title: "", blocks: blocks)
    }

    /// One line per programme of a pinned or ranked organisation: where each stands and why.
    private func standing(_ report: ReferralReport, _ id: String, _ words: ReferralText, _ l: UILanguage) -> [Page.Block] {
        report.standing(of: id).map { standing in
            switch standing {
            case .pinned(let name): .text("- " + words.phrase("whyServicePinned", name.resolved(l)))
            case .ranked(let name, let position): .text("- " + words.phrase("whyServiceRanked", name.resolved(l), String(position)))
            case .excluded(let name, let codes):
                .text("- " + name.resolved(l) + ": " + codes.map { words.exclusion($0) + " [\($0.rawValue)]" }.joined(separator: "; "))
            case .perOrganisationLimit(let name, let limit): .text("- " + words.phrase("whyServiceLimit", name.resolved(l), String(limit)))
            }
        }
    }
}
