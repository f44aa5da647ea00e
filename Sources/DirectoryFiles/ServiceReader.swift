import DirectoryModel

/// Reads one service (programme) of an organisation.
enum ServiceReader {
    static let fields = [
        "id", "name", "description", "status", "status_note", "types", "role", "beneficiaries",
        "applicant", "must", "excludes", "location", "coverage", "threats", "urgency", "availability",
        "languages", "cost", "funding", "contacts", "intake", "risk_notes", "requires", "eligibility_note",
        "bound_to", "unconfirmed", "safety_warnings",
    ]
    static let requirementFields = ["status", "note"]
    static let coverageFields = ["include", "exclude", "note"]
    static let urgencyFields = ["emergency", "first_response", "decision", "funds"]
    static let fundingFields = ["currency", "maximum", "note"]
    static let intakeFields = ["mode", "first_message", "prepare", "consent"]

    /// The service and the node of its id (for the duplicate check); nil when `node` is not a map.
    static func read(_ node: YAMLNode, reference: ReferenceData, checker: inout FileChecker) -> (Service, YAMLNode?)? {
        guard let f = checker.fields(node, of: "a service", allowed: fields, required: ["id", "name", "types"]) else { return nil }
        let id = checker.string(f["id"], "id")
        if let id, let idNode = f["id"], !ValidationFormats.isIdentifier(id) {
            checker.error(idNode, "service id \"\(id)\" must use only lowercase letters, digits and hyphens")
        }
        let name = checker.text(f["name"], "name")
        let description = checker.text(f["description"], "description")
        OrganisationReader.checkDescription(description, f["description"], checker: &checker)
        let types = checker.codes(f["types"], "types", in: reference.services, what: "service type")
        if let typesNode = f["types"], case .sequence(let items) = typesNode.content, items.isEmpty {
            checker.error(typesNode, "\"types\" must name at least one service type")
        }
        var service = Service(
            id: id ?? "", name: name ?? LocalizedText(id ?? "", language: checker.language), description: description,
            status: checker.status(f),
            statusNote: checker.text(f["status_note"], "status_note"), types: types,
            role: checker.choice(f["role"], "role", Service.Role.self),
            beneficiaries: checker.codes(f["beneficiaries"], "beneficiaries", in: reference.beneficiaries, what: "beneficiary"),
            applicant: checker.choices(f["applicant"], "applicant", Service.Applicant.self),
            must: checker.texts(f["must"], "must"), excludes: checker.texts(f["excludes"], "excludes"),
            threats: checker.codes(f["threats"], "threats", in: reference.threats, what: "threat"),
            availability: checker.string(f["availability"], "availability"),
            languages: checker.codes(f["languages"], "languages", in: reference.languages, what: "language"),
            cost: checker.choice(f["cost"], "cost", Service.Cost.self),
            riskNotes: checker.texts(f["risk_notes"], "risk_notes")
        )
        service.locations = readLocations(f["location"], checker: &checker)
        service.requires = checker.list(f["requires"], "requires").compactMap { readRequirement($0, statuses: reference.statuses, checker: &checker) }
        service.eligibilityNote = checker.text(f["eligibility_note"], "eligibility_note")
        service.boundTo = checker.country(f["bound_to"], "bound_to", regions: reference.regions)
        service.unconfirmed = checker.text(f["unconfirmed"], "unconfirmed")
        service.safetyWarnings = checker.texts(f["safety_warnings"], "safety_warnings")
        service.coverage = f["coverage"].flatMap { readCoverage($0, regions: reference.regions, checker: &checker) }
        service.urgency = f["urgency"].flatMap { readUrgency($0, checker: &checker) }
        service.funding = f["funding"].flatMap { readFunding($0, checker: &checker) }
        service.contacts = checker.list(f["contacts"], "contacts").compactMap { ContactReader.read($0, reference: reference, checker: &checker) }
        service.intake = f["intake"].flatMap { readIntake($0, checker: &checker) }
        if service.unconfirmed != nil {
            for flag in ContactReader.emergencyFlags(in: f["contacts"]) {
                checker.error(flag, "a contact of an unconfirmed programme cannot be an emergency channel")
            }
        }
        return (service, f["id"])
    }

    /// `location`: one of in_country, abroad, in_exile, a list of them, or `any` (all three).
    static func readLocations(_ node: YAMLNode?, checker: inout FileChecker) -> [Service.Location] {
        guard let node else { return [] }
        if case .scalar = node.content {
            if node.scalar == "any" { return Service.Location.allCases }
            return checker.choice(node, "location", Service.Location.self).map { [$0] } ?? []
        }
        var seen: [Service.Location] = []
        for item in checker.list(node, "location") {
            if item.scalar == "any" {
                checker.error(item, "\"any\" stands alone: write location: any, or list the places")
                continue
            }
            guard let place = checker.choice(item, "location", Service.Location.self) else { continue }
            if seen.contains(place) { checker.warning(item, "location \"\(place.rawValue)\" is listed twice") } else { seen.append(place) }
        }
        return seen
    }

    /// `{status: <code from statuses.yaml>, note: text}`.
    static func readRequirement(_ node: YAMLNode, statuses: [String]?, checker: inout FileChecker) -> Requirement? {
        guard let f = checker.fields(node, of: "a requirement", allowed: requirementFields, required: ["status"]) else { return nil }
        // Without statuses.yaml no status is known: an empty list reports every code.
        let status = checker.code(f["status"], "status", in: statuses ?? [], what: "status (vocabulary/statuses.yaml)")
        let note = checker.text(f["note"], "note")
        return status.map { Requirement(status: $0, note: note) }
    }

    static func readCoverage(_ node: YAMLNode, regions: Regions?, checker: inout FileChecker) -> Coverage? {
        guard let f = checker.fields(node, of: "coverage", allowed: coverageFields, required: ["include"]) else { return nil }
        let include = checker.list(f["include"], "include").compactMap { coverageEntry($0, "include", regions: regions, checker: &checker) }
        let exclude = checker.list(f["exclude"], "exclude").compactMap { coverageEntry($0, "exclude", regions: regions, checker: &checker) }
        return Coverage(include: include, exclude: exclude, note: checker.text(f["note"], "note"))
    }

    /// `GLOBAL`, a country code, `REGION:<code>` or `BODY:<code>` known to regions.yaml.
    static func coverageEntry(_ node: YAMLNode, _ field: String, regions: Regions?, checker: inout FileChecker) -> String? {
        guard let entry = checker.string(node, field) else { return nil }
        guard let regions else { return entry }
        if entry == Coverage.globalCode { return entry }
        if entry.hasPrefix(Coverage.regionPrefix) {
            let code = String(entry.dropFirst(Coverage.regionPrefix.count))
            if regions.region(code) == nil {
                checker.error(node, "unknown region \"\(code)\" in coverage\(ValidationSuggestions.didYouMean(code, among: regions.regions.map(\.code)))")
            }
        } else if entry.hasPrefix(Coverage.bodyPrefix) {
            let code = String(entry.dropFirst(Coverage.bodyPrefix.count))
            if regions.body(code) == nil {
                checker.error(node, "unknown body \"\(code)\" in coverage\(ValidationSuggestions.didYouMean(code, among: regions.bodies.map(\.code)))")
            }
        } else if ValidationFormats.isCountryCode(entry) {
            if regions.country(entry) == nil {
                checker.error(node, "unknown country code \"\(entry)\" in coverage")
            }
        } else if entry.count == 2, regions.country(entry.uppercased()) != nil {
            checker.error(node, "country code \"\(entry)\" must be written in capitals (did you mean \"\(entry.uppercased())\"?)")
        } else {
            checker.error(node, "unknown coverage entry \"\(entry)\" (use GLOBAL, a country code such as TN, REGION:<code> or BODY:<code>)")
        }
        return entry
    }

    static func readUrgency(_ node: YAMLNode, checker: inout FileChecker) -> Urgency? {
        guard let f = checker.fields(node, of: "urgency", allowed: urgencyFields, required: []) else { return nil }
        func duration(_ field: String, _ checker: inout FileChecker) -> ISODuration? {
            guard let text = checker.string(f[field], field), let node = f[field] else { return nil }
            guard let duration = ISODuration(text) else {
                checker.error(node, "\"\(field)\" must be an ISO 8601 duration such as PT2H, P3D or P2W, not \"\(text)\"")
                return nil
            }
            return duration
        }
        return Urgency(
            emergency: checker.bool(f["emergency"], "emergency") ?? false,
            firstResponse: duration("first_response", &checker), decision: duration("decision", &checker),
            funds: duration("funds", &checker)
        )
    }

    static func readFunding(_ node: YAMLNode, checker: inout FileChecker) -> Funding? {
        guard let f = checker.fields(node, of: "funding", allowed: fundingFields, required: ["currency", "maximum"]) else { return nil }
        let currency = checker.string(f["currency"], "currency")
        if let currency, let node = f["currency"], !ValidationFormats.isCurrencyCode(currency) {
            checker.error(node, "currency \"\(currency)\" must be an ISO 4217 code of three capital letters, such as EUR")
        }
        let maximum = checker.int(f["maximum"], "maximum")
        let note = checker.text(f["note"], "note")
        guard let currency, let maximum else { return nil }
        return Funding(currency: currency, maximum: maximum, note: note)
    }

    static func readIntake(_ node: YAMLNode, checker: inout FileChecker) -> Intake? {
        guard let f = checker.fields(node, of: "intake", allowed: intakeFields, required: []) else { return nil }
        return Intake(
            mode: checker.choice(f["mode"], "mode", Intake.Mode.self),
            firstMessage: checker.text(f["first_message"], "first_message"),
            prepare: checker.texts(f["prepare"], "prepare"),
            consent: checker.text(f["consent"], "consent")
        )
    }
}
