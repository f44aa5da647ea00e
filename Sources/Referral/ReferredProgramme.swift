import DirectoryModel

/// A programme a referral shows, pinned or ranked: what both kinds of entry derive from their
/// organisation, programme and contacts, written once.
public protocol ReferredProgramme {
    var organisation: Organisation { get }
    var service: Service { get }
    /// The contacts shown: current ones only.
    var contacts: [Contact] { get }
}

extension ReferredProgramme {
    /// `organisation-id/service-id`, unique in a directory.
    public var key: String { "\(organisation.id)/\(service.id)" }
    /// Where the facts come from: the first provenance source.
    public var source: String? { organisation.provenance.sources.first }
    /// The latest day a shown contact was found on its live source; nil: never re-checked.
    public var checked: CalendarDate? { contacts.lastChecked }
}
