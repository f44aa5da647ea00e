/// The check of one contact: how its source was fetched, whether its value was there, and
/// whether that counts as a check to record.
public struct ContactVerdict: Sendable, Hashable {
    public var contact: LocatedContact
    /// The source as cited.
    public var source: String
    public var fetch: FetchVerdict
    /// nil when no page was read.
    public var value: ValueVerdict?
    /// Whose page was read (after redirects); nil when none was.
    public var authority: PageAuthority?

    public init(contact: LocatedContact, fetch: FetchVerdict, value: ValueVerdict? = nil, authority: PageAuthority? = nil) {
        self.contact = contact
        self.source = contact.source
        self.fetch = fetch
        self.value = value
        self.authority = authority
    }

    /// Found on the organisation's own or an official live page, for a current contact: the
    /// only verdict `--record` writes as a check date.
    public var isRecordable: Bool {
        fetch.isLive && value == .found && (authority?.speaksForOrganisation ?? false) && contact.isCurrent
    }

    /// Whether the source is one a program can check (not a book, copy or article).
    public var isCheckable: Bool {
        if case .notCheckable = fetch { return false }
        return true
    }
}
