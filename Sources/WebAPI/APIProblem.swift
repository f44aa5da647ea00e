import Catalogue
import DirectoryModel
import Exchange
import Web

/// Why an API request gets no answer, as one typed value: each case becomes an
/// `application/problem+json` document (RFC 9457) with one plain sentence in the caller's
/// language (the words are the Catalogue's). Shared by the JSON API and the HSDS API.
///
/// Field and parameter names a caller sent are shown back only through `EchoedText.clean` and
/// clipped, never raw; values are never shown back.
public enum APIProblem: Error, Sendable, Hashable {
    /// No resource at this path (or no entry with this id).
    case notFound
    /// The path exists but not for this method; `allowed` goes into `Allow`.
    case methodNotAllowed(allowed: [String])
    /// A body that is not declared as JSON.
    case unsupportedMediaType
    /// A body that does not parse as one JSON object.
    case badJSON
    /// A field (or query parameter) this address does not know; `known` lists the ones it does.
    case unknownField(String, known: [String])
    /// A field of the wrong JSON type or form; `expected` says what it must be, in words.
    case wrongType(String, expected: Expected)
    /// A field holding a code its vocabulary (or ISO 3166-1) does not have.
    case unknownCode(String)
    /// A search without words.
    case missingWords(String)
    /// A field longer than `maximum` characters.
    case tooLong(String, maximum: Int)

    /// What a field must be, said in words in the caller's language.
    public enum Expected: Sendable, Hashable {
        case string, stringOrNull, list, boolean, date, dateTime, language
        case count(ClosedRange<Int>)
        case choice([String])

        func words(_ l: UILanguage) -> String {
            switch self {
            case .string: UIText.apiTypeString(l)
            case .stringOrNull: UIText.apiTypeStringOrNull(l)
            case .list: UIText.apiTypeList(l)
            case .boolean: UIText.apiTypeBoolean(l)
            case .date: UIText.apiTypeDate(l)
            case .dateTime: UIText.apiTypeDateTime(l)
            case .language: UIText.apiTypeLanguage(l)
            case .count(let range): UIText.apiTypeCount(l, String(range.lowerBound), String(range.upperBound))
            case .choice(let values): UIText.apiTypeChoice(l, values.joined(separator: ", "))
            }
        }
    }

    /// The HTTP status code.
    public var status: Int {
        switch self {
        case .notFound: 404
        case .methodNotAllowed: 405
        case .unsupportedMediaType: 415
        case .badJSON, .unknownField, .wrongType, .unknownCode, .missingWords, .tooLong: 400
        }
    }

    /// A stable code for programs (the `code` extension member), the same in every language.
    public var code: String {
        switch self {
        case .notFound: "not_found"
        case .methodNotAllowed: "method_not_allowed"
        case .unsupportedMediaType: "unsupported_media_type"
        case .badJSON: "bad_json"
        case .unknownField: "unknown_field"
        case .wrongType: "wrong_type"
        case .unknownCode: "unknown_code"
        case .missingWords: "missing_words"
        case .tooLong: "too_long"
        }
    }

    /// The field the problem is about, if any (the `field` extension member).
    public var field: String? {
        switch self {
        case .unknownField(let name, _), .wrongType(let name, _), .unknownCode(let name), .missingWords(let name), .tooLong(let name, _):
            Self.shown(name)
        case .notFound, .methodNotAllowed, .unsupportedMediaType, .badJSON: nil
        }
    }

    /// The one plain sentence, in `l`.
    public func detail(_ l: UILanguage) -> String {
        switch self {
        case .notFound: UIText.apiNotFound(l)
        case .methodNotAllowed(let allowed): UIText.apiMethodNotAllowed(l, allowed.joined(separator: ", "))
        case .unsupportedMediaType: UIText.apiUnsupportedMediaType(l)
        case .badJSON: UIText.apiBadJSON(l)
        case .unknownField(let name, let known): UIText.apiUnknownField(l, Self.shown(name), known.joined(separator: ", "))
        case .wrongType(let name, let expected): UIText.apiWrongType(l, Self.shown(name), expected.words(l))
        case .unknownCode(let name): UIText.apiUnknownCode(l, Self.shown(name))
        case .missingWords(let name): UIText.apiMissingWords(l, Self.shown(name))
        case .tooLong(let name, let maximum): UIText.apiTooLong(l, Self.shown(name), String(maximum))
        }
    }

    /// The short title of the problem's kind, in `l`.
    public func title(_ l: UILanguage) -> String {
        switch status {
        case 404: UIText.apiTitleNotFound(l)
        case 405: UIText.apiTitleMethod(l)
        case 415: UIText.apiTitleMediaType(l)
        default: UIText.apiTitleBadRequest(l)
        }
    }

    /// The problem as a response: `application/problem+json`, `Allow` on a 405, never cached.
    public func response(_ l: UILanguage) -> WebResponse {
        var members: [String: JSONValue] = [
            "type": .string("about:blank"),
            "title": .string(title(l)),
            "status": .int(status),
            "detail": .string(detail(l)),
            "code": .string(code),
        ]
        if let field { members["field"] = .string(field) }
        var headers = [HeaderField("Content-Type", "application/problem+json"), HeaderField("Content-Language", l.rawValue),
                       HeaderField("Cache-Control", "no-store")]
        if case .methodNotAllowed(let allowed) = self { headers.append(HeaderField("Allow", allowed.joined(separator: ", "))) }
        return WebResponse(status: status, headers: headers, body: JSONValue.object(members).bytes + [0x0A])
    }

    /// A caller's field name as shown back: cleaned by the one sanitiser, at most 40 characters.
    static func shown(_ name: String) -> String {
        let clean = EchoedText.clean(name)
        return clean.count <= 40 ? clean : String(clean.prefix(40)) + "…"
    }
}
