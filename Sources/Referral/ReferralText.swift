import DirectoryModel
import Memberwise

/// The human words of a referral in every UI language: reasons, limits, relaxations, exclusion
/// codes, pinned blocks and headings. Codes are rendered through the directory's vocabulary
/// labels and country names, so the words follow the language of the output.
@MemberwiseInit
public struct ReferralText: Sendable {
    public let language: UILanguage
    let vocabularies: Vocabularies
    let regions: Regions

    public init(language: UILanguage, directory: Directory) {
        self.init(language: language, vocabularies: directory.vocabularies, regions: directory.regions)
    }

    /// The phrase `key` with `%1`, `%2` … filled in; the key itself if the table lacks it.
    public static func phrase(_ key: String, _ language: UILanguage, _ arguments: String...) -> String {
        fill(key, language, arguments)
    }

    static func fill(_ key: String, _ language: UILanguage, _ arguments: [String]) -> String {
        guard let row = table[key] else { return key }
        var text = row[UILanguage.allCases.firstIndex(of: language) ?? 0]
        for (index, argument) in arguments.enumerated().reversed() {
            text = text.replacingOccurrences(of: "%\(index + 1)", with: argument)
        }
        return text
    }

    /// The phrase `key` in this text's language, with `%1`, `%2` … filled in.
    public func phrase(_ key: String, _ arguments: String...) -> String {
        Self.fill(key, language, arguments)
    }

    /// Why a result was chosen, in one sentence.
    public func signal(_ signal: Signal) -> String {
        let subject = signal.subject ?? ""
        switch signal.code {
        case .primaryNeed, .furtherNeed, .broaderNeed: return phrase(signal.code.rawValue, vocabularies.services.label(subject, language))
        case .answersThreat:
            return phrase(signal.code.rawValue, vocabularies.services.label(subject, language), vocabularies.threats.label(signal.threat ?? "", language))
        case .threat: return phrase(signal.code.rawValue, vocabularies.threats.label(subject, language))
        case .group: return phrase(signal.code.rawValue, vocabularies.beneficiaries.label(subject, language))
        case .coverageCountry, .coverageRegion: return phrase(signal.code.rawValue, country(subject))
        case .language: return phrase(signal.code.rawValue, languageName(subject))
        case .secureChannel: return phrase(signal.code.rawValue, vocabularies.contactTypes.label(subject, language))
        case .relaxed: return phrase(signal.code.rawValue, phrase("not:" + subject))
        default: return phrase(signal.code.rawValue)
        }
    }

    /// A limit, in one sentence.
    public func limit(_ limit: ReferralLimit) -> String {
        switch limit {
        case let .fundingCap(currency, maximum, note):
            let cap = phrase(limit.code, "\(currency) \(Self.grouped(maximum, language))")
            return note.map { cap + " " + $0.resolved(language) } ?? cap
        case .excludes(let text), .must(let text), .consent(let text), .risk(let text):
            return phrase(limit.code, text.resolved(language))
        case .otherLanguages(let codes): return phrase(limit.code, language.list(codes.map(languageName)))
        case .otherGroups(let codes): return phrase(limit.code, language.list(codes.map { vocabularies.beneficiaries.label($0, language) }))
        default: return phrase(limit.code)
        }
    }

    public func relaxation(_ relaxation: Relaxation) -> String {
        phrase("relax:" + relaxation.code.rawValue, String(relaxation.added))
    }

    /// An exclusion code as the end of "it …".
    public func exclusion(_ code: ExclusionCode) -> String { phrase("not:" + code.rawValue) }

    public func pinHeading(_ reason: PinReason) -> String { phrase("pin:" + reason.rawValue) }

    /// A country's name in the output language, or its code.
    func country(_ code: String) -> String { regions.country(code)?.name.resolved(language) ?? code }

    func languageName(_ code: String) -> String { vocabularies.languages.label(code, language) }

    /// 7500 → "7,500" (en, ar), "7 500" (fr), "7.500" (es).
    static func grouped(_ number: Int, _ language: UILanguage) -> String {
        let separator: String
        switch language {
        case .fr: separator = "\u{202F}"
        case .es: separator = "."
        default: separator = ","
        }
        let digits = String(abs(number))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return (number < 0 ? "-" : "") + out
    }
}
