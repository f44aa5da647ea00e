/// The profile as command-line flags give it, before validation (`--country TN --who journalist
/// --need digital_incident --speaks ar …`). Code flags may be repeated.
public struct ProfileFlags: Sendable, Hashable {
    public var country: String?
    public var location: String?
    public var who: [String]
    public var applicant: String?
    public var threats: [String]
    public var needs: [String]
    /// Names the primary need; otherwise the first of `needs` is.
    public var primaryNeed: String?
    public var speaks: [String]
    public var urgency: String?
    public var channels: [String]
    public var mechanisms: Bool

    public init(
        country: String? = nil, location: String? = nil, who: [String] = [], applicant: String? = nil,
        threats: [String] = [], needs: [String] = [], primaryNeed: String? = nil, speaks: [String] = [],
        urgency: String? = nil, channels: [String] = [], mechanisms: Bool = false
    ) {
        self.country = country
        self.location = location
        self.who = who
        self.applicant = applicant
        self.threats = threats
        self.needs = needs
        self.primaryNeed = primaryNeed
        self.speaks = speaks
        self.urgency = urgency
        self.channels = channels
        self.mechanisms = mechanisms
    }
}
