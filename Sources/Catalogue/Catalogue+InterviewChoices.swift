import DirectoryModel

/// The answers each interview question offers, from the directory's vocabularies and regions.
extension Catalogue {
    /// One listed answer: the code that goes into the path and its label.
    struct InterviewChoice: Sendable, Hashable {
        var code: String
        var label: String
    }

    /// The answers listed for `step` (none for the country, which is typed).
    func interviewChoices(_ step: InterviewStep, _ l: UILanguage) -> [InterviewChoice] {
        let vocabularies = directory.vocabularies
        func terms(_ vocabulary: Vocabulary) -> [InterviewChoice] {
            vocabulary.terms.map { InterviewChoice(code: $0.code, label: $0.label.resolved(l)) }
        }
        switch step {
        case .country: return []
        case .who: return terms(vocabularies.beneficiaries)
        case .threats: return terms(vocabularies.threats)
        case .needs: return terms(vocabularies.services)
        case .languages:
            return listedLanguages().compactMap { code in
                vocabularies.languages.term(code).map { InterviewChoice(code: code, label: $0.label.resolved(l)) }
            }
        case .urgency:
            return InterviewStep.urgencyCodes.map { InterviewChoice(code: $0, label: interviewLabel($0, .urgency, l)) }
        }
    }

    /// Whether `code` answers `step` in this directory.
    func isInterviewCode(_ code: String, _ step: InterviewStep) -> Bool {
        let vocabularies = directory.vocabularies
        switch step {
        case .country: return code.count == 2 && code == code.uppercased() && directory.regions.country(code) != nil
        case .who: return vocabularies.beneficiaries.term(code) != nil
        case .threats: return vocabularies.threats.term(code) != nil
        case .needs: return vocabularies.services.term(code) != nil
        case .languages: return vocabularies.languages.term(code) != nil
        case .urgency: return InterviewStep.urgencyCodes.contains(code)
        }
    }

    /// The label of an answer's code in `l`, for the summary of answers.
    func interviewLabel(_ code: String, _ step: InterviewStep, _ l: UILanguage) -> String {
        let vocabularies = directory.vocabularies
        switch step {
        case .country: return directory.regions.country(code)?.name.resolved(l) ?? code
        case .who: return vocabularies.beneficiaries.label(code, l)
        case .threats: return vocabularies.threats.label(code, l)
        case .needs: return vocabularies.services.label(code, l)
        case .languages: return vocabularies.languages.label(code, l)
        case .urgency: return InterviewStep.urgencyLabel(code).map { $0(l) } ?? code
        }
    }

    /// The languages offered as answers: the UI languages, then those the directory's services
    /// work in, the most common first.
    func listedLanguages() -> [String] {
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
}
