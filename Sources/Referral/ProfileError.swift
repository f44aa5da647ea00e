/// Why a profile could not be built from flags or a shared link. Users see one plain sentence.
public enum ProfileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A flag named a code its vocabulary does not have (`--who jounalist`).
    case unknownCode(option: String, value: String, suggestion: String?)
    /// A flag with a fixed set of values got something else (`--urgency soon`).
    case badValue(option: String, value: String, allowed: [String])
    /// A country code that ISO 3166-1 (as in regions.yaml) does not have.
    case unknownCountry(String)
    /// A shared profile link that does not decode; the text says which part.
    case badEncoding(String)

    public var description: String {
        switch self {
        case let .unknownCode(option, value, suggestion):
            let hint = suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""
            return "\(option): unknown code \"\(Self.clip(value))\"\(hint); see the vocabulary files in directory/vocabulary/."
        case let .badValue(option, value, allowed):
            return "\(option): \"\(Self.clip(value))\" is not one of \(allowed.joined(separator: ", "))."
        case let .unknownCountry(code):
            return "--country: \"\(Self.clip(code))\" is not an ISO 3166-1 alpha-2 country code."
        case let .badEncoding(why):
            return "The profile link is not valid: \(why)."
        }
    }

    /// Echo at most a few dozen characters of bad input back.
    public static func clip(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}
