/// One way to reach an organisation or a programme. Every contact carries the source it was
/// taken from: Sanad never publishes a contact value that no source gives.
public struct Contact: Sendable, Hashable {
    /// A code from the `contact_types` vocabulary: phone, email, web_form, signal, whatsapp, …
    public var type: String
    /// The number, address or URL, exactly as published (a nationally printed number in
    /// international form by the national-number rule, with ``printed`` keeping the source's form).
    public var value: String
    /// A short label ("24-hour emergency line", "Brussels office").
    public var label: LocalizedText?
    /// How well the channel protects what is said.
    public var security: Security?
    /// PGP fingerprint for an e-mail address: 40 hexadecimal digits, spaces allowed.
    public var pgp: String?
    /// When the channel answers: the exact token `24/7` (see ``isAroundTheClock``) or words, in
    /// the file's language (``hoursText`` has every language the file gives).
    public var hours: String?
    /// `hours` as written when it is a text in several languages; nil for a plain string.
    public var hoursText: LocalizedText?
    /// An emergency channel: shown in emergency blocks and pinned in referrals.
    public var emergency: Bool
    /// A detail known only from an old source: shown only on the organisation's own page,
    /// labelled with its source and date; never in an emergency block or a referral.
    public var historical: Bool
    /// What the facts leave unconfirmed about this contact; its presence is the flag. An
    /// unconfirmed contact is shown only on the organisation's own page, labelled with this text.
    public var unconfirmed: LocalizedText?
    /// The URL or citation the value was taken from.
    public var source: String
    /// The date the source shows, as it shows it (`2011`, `2011-05`, `2025-01-04`), or `undated`.
    /// Lint makes it required; nil only in hand-built test values.
    public var sourceDate: String?
    /// The day a person or `sanad sources check` found the value on the live source. Nil means
    /// never re-checked: pages then say so, and the referral freshness signal stays off.
    public var checked: CalendarDate?
    /// The national form the source prints, when the value was converted to international form.
    public var printed: String?
    /// The ISO 3166-1 country a number can be called from only (a toll-free number).
    public var nationalOnly: String?
    /// The id of the organisation that runs this line, when it is listed here but run by another
    /// (Front Line Defenders' line listed by ProtectDefenders.eu).
    public var `operator`: String?

    public init(
        type: String, value: String, label: LocalizedText? = nil, security: Security? = nil,
        pgp: String? = nil, hours: String? = nil, emergency: Bool = false, historical: Bool = false,
        unconfirmed: LocalizedText? = nil, source: String, sourceDate: String? = nil, checked: CalendarDate? = nil,
        printed: String? = nil, nationalOnly: String? = nil, operator: String? = nil
    ) {
        self.type = type
        self.value = value
        self.label = label
        self.security = security
        self.pgp = pgp
        self.hours = hours
        self.emergency = emergency
        self.historical = historical
        self.unconfirmed = unconfirmed
        self.source = source
        self.sourceDate = sourceDate
        self.checked = checked
        self.printed = printed
        self.nationalOnly = nationalOnly
        self.operator = `operator`
    }

    /// How well a channel protects content.
    public enum Security: String, Sendable, Hashable, CaseIterable, Comparable {
        /// Plain phone, SMS, unencrypted e-mail.
        case none
        /// Encrypted to the provider (https forms, TLS mail).
        case transport
        /// End-to-end encrypted (Signal, PGP-encrypted e-mail).
        case e2e

        public static func < (lhs: Security, rhs: Security) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The `hours` (and service `availability`) token that means "around the clock".
    public static let aroundTheClock = "24/7"

    /// Whether the contact may appear outside the organisation's own page (emergency blocks,
    /// referrals, exports, bundles): neither historical nor unconfirmed.
    public var isCurrent: Bool { !historical && unconfirmed == nil }

    /// Whether the contact answers around the clock: `hours` is exactly `24/7`.
    public var isAroundTheClock: Bool { hours == Contact.aroundTheClock }
}
