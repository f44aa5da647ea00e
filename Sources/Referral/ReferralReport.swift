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
    /// The rest of the ranking, a page away.
    public var more: [ReferralResult]
    /// Organisations with nothing pinned or ranked, by id.
    public var excluded: [Exclusion]
    /// The vocabularies and regions the report was made with, for its words.
    public var vocabularies: Vocabularies
    public var regions: Regions

    /// Every ranked result, shown ones first.
    public var allResults: [ReferralResult] { results + more }

    /// Why the organisation `id` is not (or is) in the referral.
    public func whyNot(_ id: String) -> WhyNot {
        if let pin = pinned.first(where: { $0.organisation.id == id }) { return .pinned(pin.reason) }
        if let position = allResults.firstIndex(where: { $0.organisation.id == id }) { return .ranked(position: position + 1) }
        if let exclusion = excluded.first(where: { $0.organisationID == id }) { return .excluded(exclusion) }
        return .unknown(id)
    }
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
