import Catalogue
import DirectoryModel
import Foundation

/// The choices of each interview step, built from the catalogue's directory (vocabulary codes,
/// countries), and the reading of typed answers in any UI language.
struct InterviewChoices: Sendable {
    let directory: Directory

    /// One choice: the code that goes into the path, its label, and the words that mean it.
    struct Choice: Sendable, Hashable {
        var code: String
        var label: String
        var words: [String]
    }

    /// The choices listed on the step's page (never for the country, which is typed).
    func listed(_ step: InterviewStep, _ l: UILanguage) -> [Choice] {
        switch step {
        case .country: return []
        case .languages:
            let vocabulary = directory.vocabularies.languages
            return Self.listedLanguages(directory).compactMap { code in
                vocabulary.term(code).map { choice($0, l) }
            }
        default:
            return all(step, l)
        }
    }

    /// Every choice a typed answer may name.
    func all(_ step: InterviewStep, _ l: UILanguage) -> [Choice] {
        let vocabularies = directory.vocabularies
        switch step {
        case .country:
            return directory.regions.countries.map { country in
                var words = country.name.allValues
                // "Iran, Islamic Republic of" is also typed "Iran".
                words += country.name.allValues.compactMap { name in name.firstIndex(of: ",").map { String(name[..<$0]) } }
                return Choice(code: country.code, label: country.name.resolved(l), words: words)
            }
        case .who: return vocabularies.beneficiaries.terms.map { choice($0, l) }
        case .threats: return vocabularies.threats.terms.map { choice($0, l) }
        case .needs: return vocabularies.services.terms.map { choice($0, l) }
        case .languages: return vocabularies.languages.terms.map { choice($0, l) }
        case .urgency:
            return InterviewStep.urgencyCodes.map { code in
                let text = InterviewText(rawValue: code)!
                let words = UILanguage.allCases.map { text($0) } + [code] + (Self.urgencyWords[code] ?? [])
                return Choice(code: code, label: text(l), words: words)
            }
        }
    }

    /// Whether `code` is a valid answer to `step`.
    func isValid(_ code: String, for step: InterviewStep) -> Bool {
        switch step {
        case .country: return code.count == 2 && code == code.uppercased() && directory.regions.country(code) != nil
        case .who: return directory.vocabularies.beneficiaries.term(code) != nil
        case .threats: return directory.vocabularies.threats.term(code) != nil
        case .needs: return directory.vocabularies.services.term(code) != nil
        case .languages: return directory.vocabularies.languages.term(code) != nil
        case .urgency: return InterviewStep.urgencyCodes.contains(code)
        }
    }

    /// The label of an answer's code in `l`, for the summary of answers.
    func label(_ code: String, for step: InterviewStep, _ l: UILanguage) -> String {
        let vocabularies = directory.vocabularies
        switch step {
        case .country: return directory.regions.country(code)?.name.resolved(l) ?? code
        case .who: return vocabularies.beneficiaries.label(code, l)
        case .threats: return vocabularies.threats.label(code, l)
        case .needs: return vocabularies.services.label(code, l)
        case .languages: return vocabularies.languages.label(code, l)
        case .urgency: return InterviewText(rawValue: code).map { $0(l) } ?? code
        }
    }

    /// The codes a typed answer names, in the order typed; nil when nothing is recognised.
    ///
    /// The answer is read in parts (split at commas); a part names a choice when one of the
    /// choice's words stands in it as whole words, or when the part (three letters or more)
    /// stands as whole words in one of the choice's words: "surveillance" names both kinds.
    /// A two-letter part is a code (`TN`, `ar`) when the step has it.
    func codes(typed answer: String, for step: InterviewStep, _ l: UILanguage) -> [String]? {
        let choices = all(step, l)
        var found: [String] = []
        for rawPart in answer.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "،" || $0.isNewline }) {
            let part = Self.normalise(String(rawPart))
            guard !part.isEmpty else { continue }
            let code = String(rawPart).trimmingCharacters(in: .whitespaces)
            let asCode = step == .country ? code.uppercased() : code.lowercased()
            if isValid(asCode, for: step) {
                if !found.contains(asCode) { found.append(asCode) }
                continue
            }
            let padded = " " + part + " "
            for choice in choices where !found.contains(choice.code) {
                let matches = choice.words.contains { word in
                    let w = Self.normalise(word)
                    guard !w.isEmpty else { return false }
                    if padded.contains(" " + w + " ") { return true }
                    return part.count >= 3 && (" " + w + " ").contains(padded)
                }
                if matches { found.append(choice.code) }
            }
        }
        guard !found.isEmpty else { return nil }
        return step.isSingle ? [found[0]] : Array(found.prefix(InterviewPath.maximumCodesPerAnswer))
    }

    private func choice(_ term: Vocabulary.Term, _ l: UILanguage) -> Choice {
        var words = term.label.allValues + [term.code]
        for language in term.keywords.keys.sorted() { words += term.keywords[language] ?? [] }
        return Choice(code: term.code, label: term.label.resolved(l), words: words)
    }

    /// The languages offered as choices: the UI languages, then those the directory's services
    /// work in, the most common first.
    static func listedLanguages(_ directory: Directory) -> [String] {
        var counts: [String: Int] = [:]
        for org in directory.organisations where org.status == .active {
            for service in org.services where service.status == .active {
                for code in Set(service.languages) { counts[code, default: 0] += 1 }
            }
        }
        let ui = UILanguage.allCases.map(\.rawValue)
        let others = counts.keys.filter { !ui.contains($0) }.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }
        return ui + others
    }

    /// Everyday words for the urgency answers, beyond their labels.
    static let urgencyWords: [String: [String]] = [
        "immediate": ["urgent", "now", "emergency", "danger", "urgence", "maintenant", "urgente", "ahora", "emergencia", "peligro", "عاجل", "الآن", "طوارئ", "خطر"],
        "days": ["soon", "bientôt", "pronto", "قريبا"],
        "weeks": ["semaines", "semanas", "أسابيع"],
        "planning": ["later", "prevention", "prévention", "prevención", "تخطيط"],
    ]

    /// Case, accents and separators folded: "Défenseur_des-droits" → "defenseur des droits".
    static func normalise(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out = ""
        var pendingSpace = false
        for character in folded {
            if character.isWhitespace || character == "_" || character == "-" || character == "/" || character == "." || character == "(" || character == ")" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(character)
        }
        return out
    }
}
