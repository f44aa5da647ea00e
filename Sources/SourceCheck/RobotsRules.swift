import Foundation

/// The rules of one robots.txt file for one user agent (RFC 9309): the group whose
/// `user-agent` names the agent's product token, else the `*` group; the longest matching
/// `allow` or `disallow` path wins, `allow` on a tie; `*` matches any run of characters and a
/// final `$` anchors the end. Unknown lines are ignored, as the RFC asks.
public struct RobotsRules: Sendable, Hashable {
    /// One `allow` or `disallow` line.
    public struct Rule: Sendable, Hashable {
        public var allow: Bool
        public var pattern: String
    }

    public var rules: [Rule]

    /// No rules: everything allowed (robots.txt missing, 4xx).
    public static let allowAll = RobotsRules(rules: [])
    /// Everything refused (robots.txt unreachable with a server error: RFC 9309 §2.3.1.4).
    public static let disallowAll = RobotsRules(rules: [Rule(allow: false, pattern: "/")])

    public init(rules: [Rule]) { self.rules = rules }

    /// Parses `text` for the agent whose product token is `agent` (case-insensitive).
    public init(parsing text: String, agent: String) {
        let token = agent.lowercased()
        var groups: [(agents: [String], rules: [Rule])] = []
        var collectingAgents = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces().lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces()
            switch key {
            case "user-agent":
                if collectingAgents, !groups.isEmpty {
                    groups[groups.count - 1].agents.append(value.lowercased())
                } else {
                    groups.append(([value.lowercased()], []))
                }
                collectingAgents = true
            case "allow", "disallow":
                collectingAgents = false
                guard !groups.isEmpty else { continue }
                // An empty disallow allows everything: no rule.
                if value.isEmpty { continue }
                groups[groups.count - 1].rules.append(Rule(allow: key == "allow", pattern: value))
            default:
                continue
            }
        }
        let named = groups.filter { $0.agents.contains { $0 != "*" && token.hasPrefix($0) } }
        let chosen = named.isEmpty ? groups.filter { $0.agents.contains("*") } : named
        self.rules = chosen.flatMap(\.rules)
    }

    /// Whether the agent may fetch `path` (path and query, starting with `/`).
    public func allows(_ path: String) -> Bool {
        var best: (length: Int, allow: Bool)?
        for rule in rules where Self.matches(pattern: rule.pattern, path: path) {
            let length = rule.pattern.count
            if best == nil || length > best!.length || (length == best!.length && rule.allow) {
                best = (length, rule.allow)
            }
        }
        return best?.allow ?? true
    }

    /// Matches a robots.txt pattern against a path: `*` is any run, a final `$` ends the path.
    static func matches(pattern: String, path: String) -> Bool {
        var pattern = Substring(pattern)
        let anchored = pattern.hasSuffix("$")
        if anchored { pattern = pattern.dropLast() }
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(path)
        for (index, piece) in pieces.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if index == pieces.count - 1, anchored {
                return rest.hasSuffix(piece)
            } else {
                guard let range = rest.range(of: piece) else { return false }
                rest = rest[range.upperBound...]
            }
        }
        return !anchored || rest.isEmpty || pattern.hasSuffix("*")
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
