import DirectoryModel
import Foundation

extension ReferralReport {
    /// The report as JSON for programs, in the shape of issue #6:
    /// `{"profile", "ignored_words", "relaxations", "pinned": [{"id", "service", "reason"}],
    /// "results": [{"id", "service", "score", "reasons", "limits", "first_step", "contacts"}],
    /// "excluded": [{"id", "codes"}]}`. Results hold the whole ranking (shown ones first); texts
    /// are in `language`. Keys are sorted, so equal reports give equal bytes.
    public func json(language: UILanguage) -> String {
        let words = ReferralText(language: language, vocabularies: vocabularies, regions: regions)
        let document = Document(
            profile: profile,
            ignored_words: ignoredWords,
            relaxations: relaxations.map { .init(code: $0.code.rawValue, added: $0.added, text: words.relaxation($0)) },
            pinned: pinned.map { .init(id: $0.organisation.id, service: $0.service.id, reason: $0.reason.rawValue) },
            results: allResults.map { result in
                .init(
                    id: result.organisation.id, service: result.service.id, score: result.score,
                    reasons: result.signals.map { .init(code: $0.code.rawValue, points: $0.points, text: words.signal($0)) },
                    limits: result.limits.map { .init(code: $0.code, text: words.limit($0)) },
                    first_step: result.firstStep.resolved(language),
                    contacts: result.contacts.map {
                        .init(type: $0.type, value: $0.value, security: $0.security?.rawValue, hours: $0.hours, pgp: $0.pgp, source: $0.source)
                    }
                )
            },
            excluded: excluded.map { .init(id: $0.organisationID, codes: $0.codes.map(\.rawValue)) }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every field is a string, number, bool, array or nested value of these: encoding cannot fail.
        guard let data = try? encoder.encode(document), let text = String(data: data, encoding: .utf8) else { return "{}" }
        return text
    }

    // Field names are the wire names of the JSON shape.
    private struct Document: Encodable {
        var profile: DefenderProfile
        var ignored_words: [String]
        var relaxations: [RelaxationItem]
        var pinned: [PinnedItem]
        var results: [ResultItem]
        var excluded: [ExcludedItem]
    }

    private struct RelaxationItem: Encodable { var code: String; var added: Int; var text: String }
    private struct PinnedItem: Encodable { var id: String; var service: String; var reason: String }
    private struct ReasonItem: Encodable { var code: String; var points: Int; var text: String }
    private struct LimitItem: Encodable { var code: String; var text: String }
    private struct ContactItem: Encodable {
        var type: String; var value: String; var security: String?; var hours: String?; var pgp: String?; var source: String
    }
    private struct ResultItem: Encodable {
        var id: String; var service: String; var score: Int; var reasons: [ReasonItem]; var limits: [LimitItem]
        var first_step: String; var contacts: [ContactItem]
    }
    private struct ExcludedItem: Encodable { var id: String; var codes: [String] }
}
