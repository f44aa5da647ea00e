import DirectoryModel

extension ReferralReport {
    /// Where one programme of an organisation stands in a referral, for `--why-not`: a pinned
    /// organisation's other programmes are explained too (Front Line's grants, not only its line).
    public enum ProgrammeStanding: Sendable, Hashable {
        /// Pinned above the ranked list.
        case pinned(LocalizedText)
        /// Ranked at a position, counted from 1.
        case ranked(LocalizedText, position: Int)
        /// Left out by the filters, with their codes.
        case excluded(LocalizedText, [ExclusionCode])
        /// Admitted, but the organisation already has ``ReferralOptions/perOrganisation``
        /// programmes ranked higher.
        case perOrganisationLimit(LocalizedText, limit: Int)
    }

    /// Every programme of the organisation `id`, in file order, with where it stands; empty
    /// for an unknown id.
    public func standing(of id: String) -> [ProgrammeStanding] {
        guard let o = index.directory.organisations.firstIndex(where: { $0.id == id }) else { return [] }
        let organisation = index.directory.organisations[o]
        var failures: [String: [ExclusionCode]] = [:]
        for item in failed where index.entries[item.entry].organisation == o {
            let service = index.service(index.entries[item.entry])
            failures[service.id] = ReferralEngine.Candidate.codes(item.failures)
        }
        return organisation.services.enumerated().map { s, service in
            if pinnedEntries.contains(where: { index.entries[$0].organisation == o && index.entries[$0].service == s }) {
                return .pinned(service.name)
            }
            if let position = rankedEntries.firstIndex(where: { index.entries[$0].organisation == o && index.entries[$0].service == s }) {
                return .ranked(service.name, position: position + 1)
            }
            if let codes = failures[service.id] { return .excluded(service.name, codes) }
            return .perOrganisationLimit(service.name, limit: index.options.perOrganisation)
        }
    }
}
