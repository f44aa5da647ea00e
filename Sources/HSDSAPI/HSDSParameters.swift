import DirectoryModel
import Exchange
import Web
import WebAPI

/// The parameters of one HSDS API request, from the query string and, for a search sent by
/// POST (so it never sits in a URL), from a JSON body with the same names. Each endpoint names
/// the parameters it accepts; any other is refused (400), so a misspelt filter never silently
/// widens an answer.
struct HSDSParameters: Sendable {
    /// The values as text, whichever way they came.
    private(set) var values: [String: String] = [:]

    /// The parameters that are numbers and Booleans in a JSON body.
    static let numbers: Set<String> = ["page", "per_page"]
    static let booleans: Set<String> = ["minimal", "full", "full_service", "top_only"]

    /// The largest page a caller may ask for, and the largest page number.
    static let perPageRange = 1...500
    static let pageRange = 1...1_000_000
    static let defaultPerPage = 50
    /// The most characters `search` may have.
    static let maximumSearch = 500

    init(_ request: WebRequest, accepted: Set<String>) throws(APIProblem) {
        let known = accepted.union(["lang"])
        let query = APIQuery(request.query)
        if let unknown = query.unknown(known) { throw .unknownField(unknown, known: known.sorted()) }
        for name in query.sentNames { values[name] = query[name] }
        if request.method == "POST" {
            let body = try APIBody(request, known: known.sorted())
            for (name, value) in body.members {
                switch value {
                case .null: continue
                case .string(let text) where !Self.numbers.contains(name) && !Self.booleans.contains(name): values[name] = text
                case .int(let number) where Self.numbers.contains(name): values[name] = String(number)
                case .bool(let flag) where Self.booleans.contains(name): values[name] = flag ? "true" : "false"
                default:
                    throw .wrongType(name, expected: Self.numbers.contains(name) ? .count(name == "page" ? Self.pageRange : Self.perPageRange)
                        : Self.booleans.contains(name) ? .boolean : name == "lang" ? .language : .string)
                }
            }
        }
        if let lang = values["lang"], UILanguage(rawValue: lang) == nil { throw .wrongType("lang", expected: .language) }
        if let search = values["search"], search.count > Self.maximumSearch { throw .tooLong("search", maximum: Self.maximumSearch) }
    }

    subscript(name: String) -> String? { values[name] }

    /// The answer's language (`lang`), if given.
    var language: UILanguage? { values["lang"].flatMap(UILanguage.init(rawValue:)) }

    /// A whole number in `range`, or `fallback` when absent.
    func int(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(APIProblem) -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text), range.contains(value) else { throw .wrongType(name, expected: .count(range)) }
        return value
    }

    /// `true` or `false`; absent is false.
    func bool(_ name: String) throws(APIProblem) -> Bool {
        switch values[name] {
        case nil, "false"?: false
        case "true"?: true
        default: throw .wrongType(name, expected: .boolean)
        }
    }

    /// `format`: `json` (the default, paged) or `ndjson` (every result, one per line).
    func ndjson() throws(APIProblem) -> Bool {
        switch values["format"] {
        case nil, "json"?: false
        case "ndjson"?: true
        default: throw .wrongType("format", expected: .choice(["json", "ndjson"]))
        }
    }

    /// `modified_after`: a date, or a date and time (only the day counts: Sanad dates records by day).
    func modifiedAfter() throws(APIProblem) -> CalendarDate? {
        guard let text = values["modified_after"] else { return nil }
        let day = String(text.prefix(10))
        guard let date = CalendarDate(day), text.count == 10 || text.dropFirst(10).first == "T" else {
            throw .wrongType("modified_after", expected: .dateTime)
        }
        return date
    }

    /// The non-empty `search` words, if any.
    var search: String? {
        guard let words = values["search"], !words.allSatisfy(\.isWhitespace) else { return nil }
        return words
    }
}
