import Catalogue
import DirectoryModel

extension HSDSExport {
    /// One HSDS service.
    func service(_ s: Service, of org: Organisation) -> JSONValue {
        var o = JSONObject()
        let id = HSDSIdentifier.service(org.id, s.id)
        o.set("id", id)
        o.set("organization_id", HSDSIdentifier.organization(org.id))
        o.set("name", text(s.name))
        o.set("description", text(s.description))
        o.set("status", org.status == .active && s.status == .active ? "active" : "inactive")
        o.set("eligibility_description", text(s.eligibilityNote))
        o.set("application_process", text(SafeFirstStep.forService(s)))
        o.set("alert", s.safetyWarnings.compactMap(text).joined(separator: "\n"))
        let channels = self.channels(s.contacts, org: org, service: s)
        o.set("phones", channels.phones)
        o.set("contacts", channels.contacts)
        o.set("languages", s.languages.map { code in
            var l = JSONObject()
            l.set("id", HSDSIdentifier.language(org.id, s.id, code: code))
            l.set("service_id", id)
            l.set("name", directory.vocabularies.languages.term(code)?.label.resolved(language))
            l.set("code", code)
            return l.value
        })
        o.set("service_areas", areas(s, of: org))
        if let availability = s.availability { o.set("schedules", [schedule(availability, s, of: org)]) }
        var attributes = links(["services": s.types, "threats": s.threats, "beneficiaries": s.beneficiaries],
                               org: org.id, service: s.id, linkID: id, entity: "service")
        attributes += channels.attributes
        o.set("attributes", attributes)
        if profile { addProfile(s, to: &o) }
        return o.value
    }

    /// The Sanad profile's service fields: the safe first step, consent, reprisal notes, urgency,
    /// eligibility and exclusions, and the coverage as Sanad writes it.
    func addProfile(_ s: Service, to o: inout JSONObject) {
        o.set("sanad_id", s.id)
        o.set("status_note", text(s.statusNote))
        o.set("role", s.role?.rawValue)
        o.set("safe_first_step", text(SafeFirstStep.forService(s)))
        o.set("intake_mode", s.intake?.mode?.rawValue)
        o.set("consent", text(s.intake?.consent))
        o.set("prepare", strings: (s.intake?.prepare ?? []).compactMap(text))
        o.set("risk_notes", strings: s.riskNotes.compactMap(text))
        o.set("safety_warnings", strings: s.safetyWarnings.compactMap(text))
        o.set("cost", s.cost?.rawValue)
        if let urgency = s.urgency {
            var u = JSONObject()
            u.set("emergency", value: .bool(urgency.emergency))
            u.set("first_response", urgency.firstResponse?.description)
            u.set("decision", urgency.decision?.description)
            u.set("funds", urgency.funds?.description)
            o.set("urgency", object: u)
        }
        var e = JSONObject()
        e.set("location", strings: s.locations.map(\.rawValue))
        e.set("applicant", strings: s.applicant.map(\.rawValue))
        e.set("requires", s.requires.map { r in
            var q = JSONObject()
            q.set("status", r.status)
            q.set("note", text(r.note))
            return q.value
        })
        e.set("must", strings: s.must.compactMap(text))
        e.set("excludes", strings: s.excludes.compactMap(text))
        e.set("bound_to", s.boundTo)
        e.set("note", text(s.eligibilityNote))
        o.set("eligibility", object: e)
        if let coverage = s.coverage {
            var c = JSONObject()
            c.set("include", strings: coverage.include)
            c.set("exclude", strings: coverage.exclude)
            c.set("note", text(coverage.note))
            o.set("coverage", object: c)
        }
        if let funding = s.funding {
            var f = JSONObject()
            f.set("currency", funding.currency)
            f.set("maximum", value: .int(funding.maximum))
            f.set("note", text(funding.note))
            o.set("funding_maximum", object: f)
        }
    }

    /// The programme's `availability` as an HSDS schedule: `24/7` as a weekly rule open all day
    /// every day, anything else as words.
    func schedule(_ availability: String, _ s: Service, of org: Organisation) -> JSONValue {
        var o = JSONObject()
        o.set("id", HSDSIdentifier.schedule(org.id, s.id))
        o.set("service_id", HSDSIdentifier.service(org.id, s.id))
        o.set("description", availability)
        if s.isAroundTheClock {
            o.set("freq", "WEEKLY")
            o.set("byday", "MO,TU,WE,TH,FR,SA,SU")
            o.set("opens_at", "00:00:00")
            o.set("closes_at", "23:59:59")
        }
        return o.value
    }

    /// One service area per country covered, named in the export's language, with the ISO 3166
    /// URI; regions and bodies expanded, exclusions subtracted; `GLOBAL` also as one named area.
    func areas(_ s: Service, of org: Organisation) -> [JSONValue] {
        guard let coverage = s.effectiveCoverage else { return [] }
        let serviceID = HSDSIdentifier.service(org.id, s.id)
        var result: [JSONValue] = []
        if coverage.isGlobal {
            var o = JSONObject()
            o.set("id", HSDSIdentifier.serviceArea(org.id, s.id, area: Coverage.globalCode))
            o.set("service_id", serviceID)
            o.set("name", UIText.worldwide(UILanguage(rawValue: language) ?? .en))
            o.set("extent_type", HSDSExport.globalExtentType)
            result.append(o.value)
        }
        let regions = directory.regions
        for country in regions.countries where coverage.covers(country.code, in: regions) {
            var o = JSONObject()
            o.set("id", HSDSIdentifier.serviceArea(org.id, s.id, area: country.code))
            o.set("service_id", serviceID)
            o.set("name", country.name.resolved(language))
            o.set("extent_type", HSDSExport.countryExtentType)
            o.set("uri", HSDSExport.countryURI(country.code))
            result.append(o.value)
        }
        return result
    }

    /// The ISO 3166-1 code's page on ISO's Online Browsing Platform: the URI of a country area.
    public static func countryURI(_ code: String) -> String { countryURIPrefix + code }
    public static let countryURIPrefix = "https://www.iso.org/obp/ui/#iso:code:3166:"
    /// `extent_type` of a country area.
    public static let countryExtentType = "iso3166-1"
    /// `extent_type` of the one area that means "worldwide".
    public static let globalExtentType = "global"
}
