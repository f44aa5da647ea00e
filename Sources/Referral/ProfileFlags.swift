import Memberwise

/// The profile as command-line flags give it, before validation (`--country TN --who journalist
/// --need digital_incident --speaks ar …`). Code flags may be repeated.
@MemberwiseInit
public struct ProfileFlags: Sendable, Hashable {
    public var country: String?
    public var location: String?
    public var who: [String] = []
    public var applicant: String?
    public var threats: [String] = []
    public var needs: [String] = []
    /// Names the primary need; otherwise the first of `needs` is.
    public var primaryNeed: String?
    public var speaks: [String] = []
    public var urgency: String?
    public var channels: [String] = []
    public var mechanisms: Bool = false
}
