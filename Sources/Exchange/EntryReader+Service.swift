import DirectoryModel

extension EntryReader {
    static let serviceKeys: Set<String> = [
        "id", "organization_id", "name", "description", "status", "eligibility_description", "application_process", "alert",
        "phones", "contacts", "languages", "service_areas", "schedules", "attributes",
        "sanad_id", "status_note", "role", "safe_first_step", "intake_mode", "consent", "prepare", "risk_notes",
        "safety_warnings", "cost", "urgency", "eligibility", "coverage", "funding_maximum",
    ]

    /// One HSDS service as a Sanad programme; nil without a name.
    mutating func service(_ o: JSONValue) -> Service? {
        let i = importer
        guard let name = i.text(o["name"]) else {
            note("a service without a name was skipped")
            return nil
        }
        let id = o["sanad_id"]?.string.flatMap { ValidationFormats.isIdentifier($0) ? $0 : nil }
            ?? HSDSImport.slug(name.resolved(i.language), fallback: "service")
        let label = "service \(id)"
        var s = Service(id: id, name: name, description: i.text(o["description"]))
        switch o["status"]?.string {
        case "active": s.status = .active
        case "inactive": s.status = .inactive
        case let other: s.status = .inactive; note("\(label): status \"\(other ?? "none")\" read as inactive")
        }
        s.statusNote = i.text(o["status_note"])
        let attributes = o["attributes"]?.elements ?? []
        s.types = codes(attributes, vocabulary: "services")
        s.threats = codes(attributes, vocabulary: "threats")
        s.beneficiaries = codes(attributes, vocabulary: "beneficiaries")
        if s.types.isEmpty { note("\(label): no service type: a maintainer must choose at least one") }
        noteAttributes(attributes, known: ["services", "threats", "beneficiaries"], in: label)
        s.languages = (o["languages"]?.elements ?? []).compactMap { $0["code"]?.string }
        s.coverage = coverage(o, label: label)
        let schedules = o["schedules"]?.elements ?? []
        s.availability = schedules.first?["description"]?.string
        if schedules.count > 1 || (!schedules.isEmpty && s.availability == nil) { note("\(label): schedules not mapped beyond a first description") }
        s.contacts = contacts(of: o)
        if o["eligibility"] != nil || o["sanad_id"] != nil {
            readProfile(o, into: &s)
        } else {
            s.eligibilityNote = i.text(o["eligibility_description"])
            if let process = o["application_process"]?.string, !process.isEmpty { note("\(label): application_process not mapped: \"\(process)\"") }
            if let alert = o["alert"]?.string, !alert.isEmpty { note("\(label): alert not mapped: \"\(alert)\"") }
        }
        noteUnknown(o, known: Self.serviceKeys, in: label)
        return s
    }

    /// Coverage: the profile's, else one country per ISO 3166 area and `GLOBAL` for the worldwide
    /// area.
    mutating func coverage(_ o: JSONValue, label: String) -> Coverage? {
        if let c = o["coverage"] {
            return Coverage(include: (c["include"]?.elements ?? []).compactMap(\.string),
                            exclude: (c["exclude"]?.elements ?? []).compactMap(\.string), note: importer.text(c["note"]))
        }
        if o["sanad_id"] != nil { return nil }
        var include: [String] = []
        for area in o["service_areas"]?.elements ?? [] {
            if area["extent_type"]?.string == HSDSExport.globalExtentType {
                include.insert(Coverage.globalCode, at: 0)
            } else if let uri = area["uri"]?.string, uri.hasPrefix(HSDSExport.countryURIPrefix) {
                include.append(String(uri.dropFirst(HSDSExport.countryURIPrefix.count)))
            } else {
                note("\(label): service area \"\(area["name"]?.string ?? "?")\" has no ISO 3166 URI")
            }
        }
        if include.contains(Coverage.globalCode) { include = [Coverage.globalCode] }
        return include.isEmpty ? nil : Coverage(include: include)
    }

    /// The Sanad profile's service fields.
    func readProfile(_ o: JSONValue, into s: inout Service) {
        let i = importer
        s.role = o["role"]?.string.flatMap(Service.Role.init(rawValue:))
        s.cost = o["cost"]?.string.flatMap(Service.Cost.init(rawValue:))
        s.riskNotes = i.texts(o["risk_notes"])
        s.safetyWarnings = i.texts(o["safety_warnings"])
        let firstMessage = i.text(o["safe_first_step"]).flatMap { $0.resolved(i.language) == SafeFirstStep.default.resolved(i.language) ? nil : $0 }
        let intake = Intake(mode: o["intake_mode"]?.string.flatMap(Intake.Mode.init(rawValue:)), firstMessage: firstMessage,
                            prepare: i.texts(o["prepare"]), consent: i.text(o["consent"]))
        if intake != Intake() { s.intake = intake }
        if let u = o["urgency"] {
            s.urgency = Urgency(emergency: u["emergency"]?.bool ?? false, firstResponse: u["first_response"]?.string.flatMap(ISODuration.init),
                                decision: u["decision"]?.string.flatMap(ISODuration.init), funds: u["funds"]?.string.flatMap(ISODuration.init))
        }
        if let e = o["eligibility"] {
            s.locations = (e["location"]?.elements ?? []).compactMap { $0.string.flatMap(Service.Location.init(rawValue:)) }
            s.applicant = (e["applicant"]?.elements ?? []).compactMap { $0.string.flatMap(Service.Applicant.init(rawValue:)) }
            s.requires = (e["requires"]?.elements ?? []).compactMap { r in
                r["status"]?.string.map { Requirement(status: $0, note: i.text(r["note"])) }
            }
            s.must = i.texts(e["must"])
            s.excludes = i.texts(e["excludes"])
            s.boundTo = e["bound_to"]?.string
            s.eligibilityNote = i.text(e["note"])
        }
        if let f = o["funding_maximum"], let currency = f["currency"]?.string, let maximum = f["maximum"]?.int {
            s.funding = Funding(currency: currency, maximum: maximum, note: i.text(f["note"]))
        }
    }
}
