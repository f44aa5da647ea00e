import DirectoryModel

/// An address in the catalogue: what a Gopher selector, a Gemini path or a numbered line-interface
/// choice points at. Routes are not file paths; anything that does not parse is "not found".
public enum Route: Sendable, Hashable {
    case root
    /// The 24-hour emergency contacts of every entry that has them.
    case emergency
    case regions
    case region(String)
    case country(String)
    case services
    case service(String)
    case beneficiaries
    case beneficiary(String)
    case kinds
    case kind(String)
    case azIndex
    case az(Character)
    case organisation(String)
    /// A search; `nil` is the prompt, a string the query.
    case search(String?)
    /// A referral; `nil` is the prompt, a string the free words typed.
    case refer(String?)
    /// A referral deep link: a profile encoded in the selector, shareable.
    case referral(String)
    /// The referral interview, one question per page, every answer so far in the path.
    case interview(InterviewPath)
    case about
    /// Gopher's `caps.txt` (language-less).
    case caps

    /// The longest path the parser looks at; longer selectors are not routes.
    public static let maximumPathLength = 1024

    /// Whether the page at this route is a text document (Gopher type 0) rather than a menu.
    public var isDocument: Bool {
        switch self {
        case .organisation, .about, .caps: return true
        default: return false
        }
    }

    /// Whether the route asks the user for words (Gopher type 7) when it has none.
    public var isQuery: Bool {
        switch self {
        case .search(nil), .refer(nil): return true
        case .interview(let path): return path.asksForWords
        default: return false
        }
    }
}

extension Route {
    /// The canonical path, e.g. `/fr/org/front-line-defenders`. Queries are not part of the path:
    /// Gopher sends them after a tab, so `.search("x")` has the same path as `.search(nil)`.
    public func path(_ language: UILanguage) -> String {
        let prefix = "/\(language.rawValue)/"
        switch self {
        case .root: return prefix
        case .emergency: return prefix + "emergency"
        case .regions: return prefix + "region"
        case .region(let code): return prefix + "region/" + code
        case .country(let code): return prefix + "country/" + code
        case .services: return prefix + "service"
        case .service(let code): return prefix + "service/" + code
        case .beneficiaries: return prefix + "who"
        case .beneficiary(let code): return prefix + "who/" + code
        case .kinds: return prefix + "kind"
        case .kind(let code): return prefix + "kind/" + code
        case .azIndex: return prefix + "az"
        case .az(let letter): return prefix + "az/" + String(letter)
        case .organisation(let id): return prefix + "org/" + id
        case .search: return prefix + "search"
        case .refer: return prefix + "refer"
        case .referral(let encoded): return prefix + "refer/" + encoded
        case .interview(let path): return ([prefix + InterviewPath.word] + path.segments).joined(separator: "/")
        case .about: return prefix + "about"
        case .caps: return "caps.txt"
        }
    }

    /// Parses a path. The empty path and `/` are the English root. Returns nil for anything that
    /// is not a route: unknown words, `..`, control characters, over-long paths.
    public static func parse(_ path: String) -> (language: UILanguage, route: Route)? {
        guard path.utf8.count <= maximumPathLength else { return nil }
        if path == "caps.txt" || path == "/caps.txt" { return (.en, .caps) }
        if path.isEmpty || path == "/" { return (.en, .root) }
        guard path.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return nil }
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.first == "" { parts.removeFirst() }
        if parts.last == "" { parts.removeLast() }
        guard let first = parts.first, let language = UILanguage(rawValue: first) else { return nil }
        let rest = Array(parts.dropFirst())
        guard rest.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        if rest.first == InterviewPath.word {
            return InterviewPath.parse(rest.dropFirst()).map { (language, .interview($0)) }
        }
        guard let route = route(from: rest) else { return nil }
        return (language, route)
    }

    private static func route(from parts: [String]) -> Route? {
        func code(_ s: String) -> String? {
            s.utf8.count <= 64 && s.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }) ? s : nil
        }
        switch parts.count {
        case 0: return .root
        case 1:
            switch parts[0] {
            case "emergency": return .emergency
            case "region": return .regions
            case "service": return .services
            case "who": return .beneficiaries
            case "kind": return .kinds
            case "az": return .azIndex
            case "search": return .search(nil)
            case "refer": return .refer(nil)
            case "about": return .about
            default: return nil
            }
        case 2:
            let arg = parts[1]
            switch parts[0] {
            case "region": return code(arg).map(Route.region)
            case "country": return code(arg).map { .country($0.uppercased()) }
            case "service": return code(arg).map(Route.service)
            case "who": return code(arg).map(Route.beneficiary)
            case "kind": return code(arg).map(Route.kind)
            case "org": return code(arg).map(Route.organisation)
            case "az":
                guard arg.count == 1, let letter = arg.first else { return nil }
                return .az(letter)
            case "refer":
                guard arg.utf8.count <= 512 else { return nil }
                return .referral(arg)
            default: return nil
            }
        default: return nil
        }
    }
}
