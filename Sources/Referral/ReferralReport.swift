import DirectoryModel

/// What the referral engine returns for one profile: pinned blocks, the ranked results with
/// their reasons, the relaxations taken, and every exclusion with its codes.
public struct ReferralReport: Sendable, Hashable {
    /// The profile as understood.
    public var profile: DefenderProfile
    /// Words of a free-word query that were not understood (set by the caller).
    public var ignoredWords: [String]
    /// The date freshness was measured against.
    public var asOf: CalendarDate
    /// Relaxations taken, in order.
    public var relaxations: [Relaxation]
    public var pinned: [PinnedEntry]
    /// The top results (at most ``ReferralOptions/shown``).
    public var results: [ReferralResult]
    /// The next results, explained, a page away (up to ``ReferralOptions/explained`` in all).
    public var more: [ReferralResult]
    /// The organisation (by position in the directory) of every ranked programme, in order.
    let rankedOrganisations: [Int]
    /// The entry of every ranked programme, in order (for "why not" on one programme).
    let rankedEntries: [Int]
    /// The entry of every pinned programme.
    let pinnedEntries: [Int]
    /// Programmes that failed a filter no relaxation lifted.
    let failed: [FailedProgramme]
    let pinnedOrganisations: [Int]
    /// The compiled directory the report was made from, for names and words.
    let index: ReferralIndex

    /// Every explained result, shown ones first.
    public var allResults: [ReferralResult] { results + more }
    /// How many programmes were ranked in all (explained or not).
    public var rankedCount: Int { rankedOrganisations.count }
    public var vocabularies: Vocabularies { index.directory.vocabularies }
    public var regions: Regions { index.directory.regions }

    /// Organisations with nothing pinned or ranked, in id order, each with the codes of the
    /// filters its programmes failed. Built on demand: a referral over a large directory does
    /// not pay for it unless it is asked for.
    public var excluded: [Exclusion] {
        let present = Set(pinnedOrganisations + rankedOrganisations)
        var failures: [Int: [ServiceExclusion]] = [:]
        for item in failed {
            let entry = index.entries[item.entry]
            let service = index.service(entry)
            let codes = ReferralEngine.Candidate.codes(item.failures)
            failures[entry.organisation, default: []].append(ServiceExclusion(serviceID: service.id, name: service.name, codes: codes))
        }
        return index.directory.organisations.enumerated().compactMap { o, organisation in
            present.contains(o) ? nil : Exclusion(organisationID: organisation.id, name: organisation.name, services: failures[o] ?? [])
        }
    }

    /// Why the organisation `id` is not (or is) in the referral.
    public func whyNot(_ id: String) -> WhyNot {
        if let pin = pinned.first(where: { $0.organisation.id == id }) { return .pinned(pin.reason) }
        guard let o = index.directory.organisations.firstIndex(where: { $0.id == id }) else { return .unknown(id) }
        if let position = rankedOrganisations.firstIndex(of: o) { return .ranked(position: position + 1) }
        if let exclusion = excluded.first(where: { $0.organisationID == id }) { return .excluded(exclusion) }
        return .unknown(id)
    }
}

/// A programme that failed filters, by entry of the compiled directory.
struct FailedProgramme: Sendable, Hashable {
    let entry: Int
    /// Bits of ``ExclusionCode``s, as ``ReferralEngine/Candidate/failures``.
    let failures: UInt16
}

/// A relaxation step that was taken, and how many results it added.
public struct Relaxation: Sendable, Hashable {
    public var code: RelaxationCode
    public var added: Int

    public init(_ code: RelaxationCode, added: Int) {
        self.code = code
        self.added = added
    }
}
