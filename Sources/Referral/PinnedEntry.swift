import DirectoryModel

/// An entry of a pinned block: shown above the ranked list and never filtered out by it.
public struct PinnedEntry: ReferredProgramme, Sendable, Hashable {
    public var reason: PinReason
    public var organisation: Organisation
    public var service: Service
    /// Current contacts only, emergency channels first.
    public var contacts: [Contact]
    /// Risk notes of the organisation and programme, and the intake's consent note.
    public var notes: [LocalizedText]
    public var firstStep: LocalizedText
}

/// An organisation none of whose programmes was pinned or ranked, with the codes of the filters
/// each programme failed.
public struct Exclusion: Sendable, Hashable {
    public var organisationID: String
    public var name: LocalizedText
    /// Per programme, in file order; an organisation with no programmes has none.
    public var services: [ServiceExclusion]

    /// Every code any programme failed, in ``ExclusionCode`` order (``ExclusionCode/noService``
    /// for an organisation without programmes).
    public var codes: [ExclusionCode] {
        if services.isEmpty { return [.noService] }
        return Set(services.flatMap(\.codes)).sorted()
    }
}

/// The filters one programme failed.
public struct ServiceExclusion: Sendable, Hashable {
    public var serviceID: String
    public var name: LocalizedText
    /// Sorted, never empty.
    public var codes: [ExclusionCode]
}

/// The answer to "why not X?" for an organisation id.
public enum WhyNot: Sendable, Hashable {
    /// It is in a pinned block.
    case pinned(PinReason)
    /// It is ranked, at this 1-based position (positions past the shown ones are a page away).
    case ranked(position: Int)
    /// It was excluded, and why.
    case excluded(Exclusion)
    /// No organisation has this id.
    case unknown(String)
}
