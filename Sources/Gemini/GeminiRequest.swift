import Catalogue
import Memberwise

/// One Gemini request, decoded: an absolute `gemini://` URL (specification v0.24).
///
/// The path and the query are percent-decoded; the path has its `.` and `..` segments removed
/// first (RFC 3986, section 5.2.4), so `..` never climbs above the root. Paths are routes, never
/// file names, in any case.
@MemberwiseInit
public struct GeminiRequest: Sendable, Hashable {
    /// The host named in the URL (lower case, IPv6 without brackets).
    public var host: String
    public var port: Int?
    /// The decoded path, `/` when the URL has none.
    public var path: String
    /// The decoded query: nil when the URL has no `?`, possibly empty when it has.
    public var query: String?

    /// The longest URL accepted, in bytes, CR LF not counted (specification v0.24).
    public static let maximumURLBytes = 1024

    /// Decodes a request line without its CR LF.
    ///
    /// - Throws: ``GeminiRequestError`` for anything that is not an absolute `gemini://` URL of
    ///   at most ``maximumURLBytes`` bytes of UTF-8 without userinfo or fragment.
    public static func parse(_ line: some Collection<UInt8>) throws(GeminiRequestError) -> GeminiRequest {
        guard line.count <= maximumURLBytes else { throw .tooLong }
        guard let url = String(validating: line, as: UTF8.self) else { throw .invalidUTF8 }
        // RFC 3986 allows no spaces or control characters in a URL; clients encode them.
        guard !url.isEmpty else { throw .notAbsoluteURL }
        guard url.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) else { throw .malformedURL }

        guard let colon = url.firstIndex(of: ":"), !url[..<colon].contains(where: { "/?#".contains($0) }) else {
            throw .notAbsoluteURL
        }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { throw .notAbsoluteURL }
        guard scheme.lowercased() == "gemini" else { throw .otherScheme }

        var rest = url[url.index(after: colon)...]
        guard rest.hasPrefix("//") else { throw .notAbsoluteURL }
        rest = rest.dropFirst(2)
        guard !rest.contains("#") else { throw .fragment }

        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        let (host, port) = try authority(rest[..<authorityEnd])
        rest = rest[authorityEnd...]

        var rawPath = rest
        var query: String?
        if let mark = rest.firstIndex(of: "?") {
            rawPath = rest[..<mark]
            guard let decoded = PercentEncoding.decodeStrictly(rest[rest.index(after: mark)...]) else { throw .badEscape }
            query = decoded
        }
        guard let path = PercentEncoding.decodeStrictly(removingDotSegments(String(rawPath))) else { throw .badEscape }
        // An encoded control character (`%00`) is as bad as a raw one.
        guard path.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { throw .malformedURL }
        return GeminiRequest(host: host, port: port, path: path.isEmpty ? "/" : path, query: query)
    }

    /// Host and port from the authority; userinfo is refused.
    private static func authority(_ text: Substring) throws(GeminiRequestError) -> (String, Int?) {
        guard !text.contains("@") else { throw .userinfo }
        var hostPart = text
        var portPart: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw .malformedURL }
            hostPart = text[text.index(after: text.startIndex)..<close]
            let after = text[text.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw .malformedURL }
                portPart = after.dropFirst()
            }
        } else if let colon = text.lastIndex(of: ":") {
            hostPart = text[..<colon]
            portPart = text[text.index(after: colon)...]
        }
        guard !hostPart.isEmpty else { throw .malformedURL }
        var port: Int?
        if let portPart, !portPart.isEmpty {
            guard portPart.count <= 5, portPart.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(portPart), value <= 65535 else {
                throw .malformedURL
            }
            port = value
        }
        return (hostPart.lowercased(), port)
    }

    /// RFC 3986 `remove_dot_segments`: `/a/./b/../c` → `/a/c`; `/..` stays `/`.
    static func removingDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        let joined = output.joined(separator: "/")
        return path.hasPrefix("/") && !joined.hasPrefix("/") ? "/" + joined : joined
    }
}

/// Why a request was refused. Each is answered with one header line and the connection closed.
public enum GeminiRequestError: Error, Sendable, Hashable {
    /// The URL is over 1024 bytes: refused without reading further.
    case tooLong
    case invalidUTF8
    /// The line does not end with CR LF (a bare LF, or the connection ended first).
    case missingCRLF
    /// Not an absolute URL (no scheme, or no `//host`).
    case notAbsoluteURL
    /// A scheme other than `gemini`: this server is not a proxy.
    case otherScheme
    /// `user@` in the URL, which the specification forbids.
    case userinfo
    /// `#fragment` in the URL, which the specification forbids.
    case fragment
    /// A `%` escape that is not two hex digits, or decodes to bytes that are not UTF-8.
    case badEscape
    /// Spaces, control characters, or a host or port that cannot be read.
    case malformedURL

    /// The status this error is answered with.
    public var status: GeminiStatus {
        self == .otherScheme ? .proxyRequestRefused : .badRequest
    }

    /// The sentence the client sees.
    public var message: String {
        switch self {
        case .tooLong: return "The URL is longer than 1024 bytes."
        case .invalidUTF8: return "The request is not valid UTF-8."
        case .missingCRLF: return "The request must end with CR LF."
        case .notAbsoluteURL: return "The request must be an absolute gemini:// URL."
        case .otherScheme: return "This server only answers gemini:// URLs."
        case .userinfo: return "URLs with a user name are not accepted."
        case .fragment: return "URLs with a #fragment are not accepted."
        case .badEscape: return "The URL has a bad percent escape."
        case .malformedURL: return "The URL is malformed."
        }
    }

    /// The response for this error.
    public var response: GeminiResponse { GeminiResponse(status: status, meta: message) }
}
