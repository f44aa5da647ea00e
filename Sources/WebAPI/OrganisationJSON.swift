import DirectoryModel
import Foundation

/// An organisation as JSON for programs, what `sanad show --json` prints and
/// `GET /api/v1/organisations/{id}` answers (one writer): codes stay codes, text is given in the
/// requested language (with `name_all`/`description_all` carrying every language), contacts keep
/// their source.
///
/// Only contacts that may leave Sanad are listed: a historical contact, an unconfirmed one, and
/// the contacts of an unconfirmed organisation or programme are left out (the same rule as the
/// HSDS export), so no program can dial an old or unverified number from it.
public enum OrganisationJSON {
    /// The organisation as pretty-printed JSON with sorted keys (no trailing newline).
    public static func text(_ org: Organisation, language: UILanguage) -> String {
        // Every value is a string, number, Boolean, array or dictionary of these: it cannot fail.
        let data = (try? JSONSerialization.data(
            withJSONObject: object(org, language: language), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        )) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether a contact may appear in a program's answer.
    public static func isPublished(_ contact: Contact) -> Bool { !contact.historical && contact.unconfirmed == nil }

    static func object(_ org: Organisation, language: UILanguage) -> [String: Any] {
        let confirmed = org.unconfirmed == nil
        var object: [String: Any] = [
            "id": org.id,
            "name": org.name.resolved(language),
            "name_all": org.name.values,
            "kind": org.kind,
            "status": org.status.rawValue,
            "alternate_names": org.alternateNames,
            "contacts": confirmed ? org.contacts.filter(isPublished).map(contact) : [],
            "services": org.services.map { service($0, language, confirmed: confirmed) },
            "risk_notes": org.riskNotes.map { $0.resolved(language) },
            "provenance": [
                "sources": org.provenance.sources,
            ] as [String: Any],
        ]
        object["description"] = org.description?.resolved(language)
        object["description_all"] = org.description?.values
        object["status_note"] = org.statusNote?.resolved(language)
        object["website"] = org.website
        object["onion"] = org.onion
        if !org.partOf.isEmpty { object["part_of"] = org.partOf }
        object["seat"] = org.seat
        object["unconfirmed"] = org.unconfirmed?.resolved(language)
        if !org.safetyWarnings.isEmpty { object["safety_warnings"] = org.safetyWarnings.map { $0.resolved(language) } }
        return object
    }

    private static func service(_ s: Service, _ l: UILanguage, confirmed: Bool) -> [String: Any] {
        var object: [String: Any] = [
            "id": s.id, "name": s.name.resolved(l), "status": s.status.rawValue, "types": s.types,
            "beneficiaries": s.beneficiaries, "threats": s.threats, "languages": s.languages,
            "contacts": confirmed && s.unconfirmed == nil ? s.contacts.filter(isPublished).map(contact) : [],
            "first_step": SafeFirstStep.forService(s).resolved(l),
        ]
        object["role"] = s.role?.rawValue
        if !s.locations.isEmpty { object["location"] = s.locations.map(\.rawValue) }
        if !s.requires.isEmpty { object["requires"] = s.requires.map { ["status": $0.status, "note": $0.note?.resolved(l) as Any] } }
        object["eligibility_note"] = s.eligibilityNote?.resolved(l)
        object["bound_to"] = s.boundTo
        object["unconfirmed"] = s.unconfirmed?.resolved(l)
        if !s.safetyWarnings.isEmpty { object["safety_warnings"] = s.safetyWarnings.map { $0.resolved(l) } }
        object["coverage"] = s.coverage.map { ["include": $0.include, "exclude": $0.exclude] }
        if let u = s.urgency {
            var urgency: [String: Any] = ["emergency": u.emergency]
            urgency["first_response"] = u.firstResponse?.text
            urgency["decision"] = u.decision?.text
            urgency["funds"] = u.funds?.text
            object["urgency"] = urgency
        }
        object["funding"] = s.funding.map { ["currency": $0.currency, "maximum": $0.maximum] as [String: Any] }
        object["intake_mode"] = s.intake?.mode?.rawValue
        return object
    }

    private static func contact(_ c: Contact) -> [String: Any] {
        var object: [String: Any] = ["type": c.type, "value": c.value, "source": c.source, "emergency": c.emergency]
        object["security"] = c.security?.rawValue
        object["pgp"] = c.pgp
        object["hours"] = c.hours
        object["source_date"] = c.sourceDate
        object["checked"] = c.checked?.description
        object["printed"] = c.printed
        object["national_only"] = c.nationalOnly
        object["operator"] = c.operator
        return object
    }
}
