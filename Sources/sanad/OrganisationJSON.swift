import DirectoryModel
import Foundation

/// An organisation as JSON for programs: codes stay codes, text is given in the requested
/// language (with `name_all`/`description_all` carrying every language), contacts keep their
/// source, and historical contacts are marked as such.
enum OrganisationJSON {
    static func object(_ org: Organisation, language: UILanguage) -> [String: Any] {
        var object: [String: Any] = [
            "id": org.id,
            "name": org.name.resolved(language),
            "name_all": org.name.values,
            "kind": org.kind,
            "status": org.status.rawValue,
            "alternate_names": org.alternateNames,
            "contacts": org.contacts.map(contact),
            "services": org.services.map { service($0, language) },
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

    private static func service(_ s: Service, _ l: UILanguage) -> [String: Any] {
        var object: [String: Any] = [
            "id": s.id, "name": s.name.resolved(l), "status": s.status.rawValue, "types": s.types,
            "beneficiaries": s.beneficiaries, "threats": s.threats, "languages": s.languages,
            "contacts": s.contacts.map(contact),
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
        var object: [String: Any] = ["type": c.type, "value": c.value, "source": c.source, "emergency": c.emergency, "historical": c.historical]
        object["security"] = c.security?.rawValue
        object["pgp"] = c.pgp
        object["hours"] = c.hours
        object["source_date"] = c.sourceDate
        object["checked"] = c.checked?.description
        object["unconfirmed"] = c.unconfirmed?.resolved(.en)
        object["printed"] = c.printed
        object["national_only"] = c.nationalOnly
        object["operator"] = c.operator
        return object
    }
}
