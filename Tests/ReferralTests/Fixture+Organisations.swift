import DirectoryModel

extension Fixture {
    static func contact(_ type: String, _ value: String, security: Contact.Security? = nil, hours: String? = nil, emergency: Bool = false, historical: Bool = false) -> Contact {
        Contact(type: type, value: value, security: security, hours: hours, emergency: emergency, historical: historical,
                source: "https://example.org/source", sourceDate: historical ? "2011" : nil)
    }

    static func org(
        _ id: String, kind: String = "ngo", status: Status = .active, website: String? = "https://example.org",
        contacts: [Contact] = [], risk: [LocalizedText] = [], verified: CalendarDate = Fixture.verified, _ services: [Service]
    ) -> Organisation {
        // `verified` is the day every current contact was found on its live source (`checked`):
        // the freshness signal reads only those dates.
        func checked(_ contacts: [Contact]) -> [Contact] {
            contacts.map { var c = $0; if c.isCurrent { c.checked = verified }; return c }
        }
        return Organisation(
            id: id, name: text("Org " + id), kind: kind, status: status, website: website.map { $0 + "/" + id },
            services: services.map { var s = $0; s.contacts = checked(s.contacts); return s }, contacts: checked(contacts), riskNotes: risk,
            provenance: Provenance(sources: ["https://example.org/" + id])
        )
    }

    static let organisations: [Organisation] = [
        org("global-line", [
            Service(id: "emergency-line", name: text("24-hour line", fr: "Ligne 24 h/24"), types: ["emergency_response", "advocacy_urgent"], role: .provider,
                    beneficiaries: ["hrd"], coverage: .global, urgency: Urgency(emergency: true), availability: "24/7",
                    languages: ["ar", "en", "es", "fr", "ru"], contacts: [contact("phone", "+1 555 0100", security: Contact.Security.none, hours: "24/7", emergency: true)]),
            Service(id: "grants", name: text("Protection grants"), types: ["protection_grant"], role: .funder, beneficiaries: ["hrd"],
                    excludes: [text("Defenders already in exile.")], coverage: .global,
                    urgency: Urgency(firstResponse: ISODuration("P1D"), decision: ISODuration("P3D")),
                    languages: ["ar", "en", "es", "fr", "pt", "ru", "tr"], funding: Funding(currency: "EUR", maximum: 7500),
                    contacts: [contact("email", "grants@example.org", security: .transport)], intake: Intake(mode: .direct)),
            Service(id: "relocation", name: text("Temporary relocation"), types: ["relocation_temporary"], role: .provider,
                    beneficiaries: ["hrd"], coverage: .global, languages: ["en"], contacts: [contact("email", "relocation@example.org")]),
        ]),
        org("digital-help", kind: "helpline", [
            Service(id: "helpline", name: text("Digital security helpline"), types: ["digital_incident", "account_recovery", "forensics_malware"],
                    role: .provider, beneficiaries: ["hrd", "journalist", "cso"], coverage: .global,
                    threats: ["surveillance_digital", "account_compromise", "online_harassment"], urgency: Urgency(firstResponse: ISODuration("PT2H")),
                    availability: "24/7", languages: ["ar", "en", "es", "fr", "ru", "tr"],
                    contacts: [contact("email", "help@example.org", security: .e2e), contact("email", "old@example.org", historical: true)]),
        ]),
        org("tn-legal", [
            Service(id: "lawyers", name: text("Lawyers network"), types: ["legal_support"], role: .provider, beneficiaries: ["hrd"],
                    coverage: Coverage(include: ["TN"]), threats: ["judicial_harassment", "arrest_detention"],
                    urgency: Urgency(firstResponse: ISODuration("P2D")), languages: ["ar", "fr"],
                    contacts: [contact("signal", "+1 555 0101", security: .e2e)]),
        ]),
        org("americas-journalists", kind: "fund", [
            Service(id: "fund", name: text("Journalists fund"), types: ["protection_grant", "legal_support"], role: .funder,
                    beneficiaries: ["journalist", "media_outlet"], coverage: Coverage(include: ["REGION:americas"]),
                    threats: ["death_threat", "physical_attack"], languages: ["es", "en", "pt"],
                    contacts: [contact("email", "fund@example.org")]),
        ]),
        org("old-org", status: .inactive, [
            Service(id: "old", name: text("Old programme"), types: ["legal_support"], beneficiaries: ["hrd"], coverage: .global,
                    contacts: [contact("email", "x@example.org")]),
        ]),
        org("referral-net", [
            Service(id: "cases", name: text("Case network"), types: ["legal_support", "advocacy_urgent"], beneficiaries: ["hrd"],
                    coverage: Coverage(include: ["BODY:au"]), contacts: [contact("email", "net@example.org")], intake: Intake(mode: .referralOnly)),
        ]),
        org("un-sr-human-rights-defenders", kind: "un_mechanism", risk: [text("Your name may be sent to the government; reprisals have happened.")], [
            Service(id: "communications", name: text("Communications"), types: ["mechanism_complaint"], role: .mechanism,
                    beneficiaries: ["hrd"], coverage: .global, intake: Intake(consent: text("You must consent to your name being sent."))),
        ]),
        org("achpr", kind: "regional_mechanism", [
            Service(id: "rapporteur", name: text("Special Rapporteur"), types: ["mechanism_complaint"], role: .mechanism,
                    beneficiaries: ["hrd"], coverage: Coverage(include: ["BODY:au"])),
        ]),
        org("iachr", kind: "regional_mechanism", [
            Service(id: "precautionary", name: text("Precautionary measures"), types: ["mechanism_complaint", "emergency_response"], role: .mechanism,
                    beneficiaries: ["hrd"], coverage: Coverage(include: ["BODY:oas"])),
        ]),
        org("mx-mechanism", kind: "national_mechanism", [
            Service(id: "protection", name: text("Protection mechanism"), types: ["physical_security", "emergency_response"], role: .mechanism,
                    beneficiaries: ["hrd", "journalist"], coverage: Coverage(include: ["MX"]), contacts: [contact("phone", "+1 555 0102")]),
        ]),
        org("historical-only", website: nil, contacts: [contact("email", "gone@example.org", historical: true)], [
            Service(id: "help", name: text("Help"), types: ["legal_support", "protection_grant"], beneficiaries: ["hrd"], coverage: .global),
        ]),
        org("exile-programme", [
            Service(id: "placement", name: text("Scholar placement"), types: ["academic_placement", "relocation_temporary"], role: .provider,
                    beneficiaries: ["academic", "student"], location: .abroad, coverage: .global, languages: ["en"],
                    contacts: [contact("web_form", "https://example.org/apply", security: .transport)]),
        ]),
        org("stale-org", verified: CalendarDate(year: 2022, month: 1, day: 10), [
            Service(id: "grants", name: text("Small grants"), types: ["protection_grant"], role: .funder, beneficiaries: ["hrd"],
                    coverage: Coverage(include: ["REGION:africa"]), languages: ["fr", "en"], contacts: [contact("email", "s@example.org")]),
        ]),
        org("lgbti-fund", kind: "fund", [
            Service(id: "grants", name: text("LGBTI emergency grants"), types: ["protection_grant", "relocation_temporary"], role: .funder,
                    beneficiaries: ["lgbtiq"], coverage: .global, urgency: Urgency(decision: ISODuration("P2W")), languages: ["en", "ru"],
                    contacts: [contact("signal", "+1 555 0103", security: .e2e)]),
        ]),
        org("in-country-only", [
            Service(id: "shelter", name: text("Safe house"), types: ["physical_security", "relocation_temporary"], beneficiaries: ["hrd"],
                    location: .inCountry, coverage: Coverage(include: ["HN", "MX"]), languages: ["es"],
                    contacts: [contact("phone", "+1 555 0104")]),
        ]),
        org("org-support", [
            Service(id: "resilience", name: text("Organisational resilience"), types: ["org_resilience", "legal_support"], beneficiaries: ["cso"],
                    applicant: [.organisation], coverage: .global, threats: ["org_restriction"], languages: ["en", "fr", "ar"],
                    contacts: [contact("email", "org@example.org")], intake: Intake(mode: .membershipOnly)),
        ]),
    ]
}
