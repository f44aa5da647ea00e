/// What fetching a contact's source gave.
public enum FetchVerdict: Sendable, Hashable {
    /// The page answered with text.
    case ok
    /// The page answered after one or more redirects, ending at this address.
    case redirected(to: String)
    /// No usable answer: the reason in words (time-out, HTTP status, size limit, connection).
    case unreachable(String)
    /// robots.txt asks agents like this one not to fetch the page.
    case refusedByRobots
    /// Not a page a program can confirm (decided before fetching).
    case notCheckable(SourceKind.Reason)

    /// A short code for JSON and summaries.
    public var code: String {
        switch self {
        case .ok: return "ok"
        case .redirected: return "redirected"
        case .unreachable: return "unreachable"
        case .refusedByRobots: return "refused_by_robots"
        case .notCheckable: return "not_checkable"
        }
    }

    /// Whether a live page was read.
    public var isLive: Bool {
        switch self {
        case .ok, .redirected: return true
        default: return false
        }
    }

    /// The verdict in words.
    public var words: String {
        switch self {
        case .ok: return "ok"
        case .redirected(let to): return "redirected to \(to)"
        case .unreachable(let why): return "unreachable (\(why))"
        case .refusedByRobots: return "refused by robots.txt"
        case .notCheckable(let reason): return "not checkable: \(reason.rawValue)"
        }
    }
}

/// Whether the contact's value was on the page read.
public enum ValueVerdict: String, Sendable, Hashable, Codable {
    case found
    case missing
}
