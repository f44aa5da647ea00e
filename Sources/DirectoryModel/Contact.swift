/// One way to reach an organisation or a programme. Every contact carries the source it was
/// taken from: Sanad never publishes a contact value that no source gives.
public struct Contact: Sendable, Hashable {
    /// A code from the `contact_types` vocabulary: phone, email, web_form, signal, whatsapp, …
    public var type: String
    /// The number, address or URL, exactly as published.
    public var value: String
    /// A short label ("24-hour emergency line", "Brussels office").
    public var label: LocalizedText?
    /// How well the channel protects what is said.
    public var security: Security?
    /// PGP fingerprint for an e-mail address: 40 hexadecimal digits, spaces allowed.
    public var pgp: String?
    /// When the channel answers, in words ("24/7").
    public var hours: String?
    /// An emergency channel: shown in emergency blocks and pinned in referrals.
    public var emergency: Bool
    /// A detail known only from an old source: shown only on the organisation's own page,
    /// labelled with its source and date; never in an emergency block or a referral.
    public var historical: Bool
    /// The URL or citation the value was taken from.
    public var source: String
    /// The date of the source, as the source gives it ("2011", "2025-01-04").
    public var sourceDate: String?

    public init(
        type: String, value: String, label: LocalizedText? = nil, security: Security? = nil,
        pgp: String? = nil, hours: String? = nil, emergency: Bool = false, historical: Bool = false,
        source: String, sourceDate: String? = nil
    ) {
        self.type = type
        self.value = value
        self.label = label
        self.security = security
        self.pgp = pgp
        self.hours = hours
        self.emergency = emergency
        self.historical = historical
        self.source = source
        self.sourceDate = sourceDate
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

    /// Whether the contact may appear outside the organisation's own page.
    public var isCurrent: Bool { !historical }
}
