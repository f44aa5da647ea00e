import Catalogue
import DirectoryModel
import Referral
import Web

extension APIResponder {
    /// The fields of `POST /api/v1/refer`: the `profile` object `sanad refer --json` prints,
    /// plus `lang` and `as_of`.
    static let referFields = ["country", "where", "who", "applicant", "threats", "needs", "languages", "urgency", "channels", "mechanisms", "lang", "as_of"]

    /// `POST /api/v1/refer`: the referral, byte for byte what `sanad refer --json` prints for the
    /// same profile (``Catalogue/referralJSON(_:ignoredWords:language:fallback:asOf:)``).
    /// The language: `lang` (body, then query), else the profile's first UI language, else
    /// `Accept-Language`, else English, as the CLI chooses where it has the same inputs.
    func refer(_ request: WebRequest, _ catalogue: Catalogue) throws(APIProblem) -> WebResponse {
        try Self.onlyParameters(request, [])
        let body = try APIBody(request, known: Self.referFields)
        let flags = ProfileFlags(
            country: try body.string("country"), location: try body.string("where"), who: try body.strings("who"),
            applicant: try body.string("applicant"), threats: try body.strings("threats"), needs: try body.strings("needs"),
            speaks: try body.strings("languages"), urgency: try body.string("urgency"), channels: try body.strings("channels"),
            mechanisms: try body.bool("mechanisms") ?? false
        )
        var asOf: CalendarDate?
        switch body.members["as_of"] {
        case nil, .null?: break
        case .string(let text)? where CalendarDate(text) != nil: asOf = CalendarDate(text)
        default: throw .wrongType("as_of", expected: .date)
        }
        let profile: DefenderProfile
        do {
            profile = try catalogue.profile(flags: flags)
        } catch {
            throw Self.problem(error)
        }
        let explicit = try body.language() ?? APIQuery(request.query)["lang"].flatMap(UILanguage.init(rawValue:))
        let fallback = APILanguage.accepted(request.header("Accept-Language")) ?? .en
        let text = catalogue.referralJSON(profile, language: explicit, fallback: fallback, asOf: asOf)
        let language = Catalogue.referralLanguage(profile, requested: explicit, fallback: fallback)
        return Self.json(text, language: language, cache: "no-store")
    }

    /// A profile error as the problem of the body field it came from.
    static func problem(_ error: ProfileError) -> APIProblem {
        let fields = ["--where": "where", "--applicant": "applicant", "--urgency": "urgency", "--who": "who", "--threat": "threats",
                      "--need": "needs", "--primary-need": "needs", "--speaks": "languages", "--channel": "channels"]
        switch error {
        case .unknownCode(let option, _, _): return .unknownCode(fields[option] ?? option)
        case .badValue(let option, _, let allowed): return .wrongType(fields[option] ?? option, expected: .choice(allowed))
        case .unknownCountry: return .unknownCode("country")
        case .badEncoding: return .badJSON
        }
    }
}
