import DirectoryModel

/// What organisation files are checked against: the codes of each vocabulary and the regions.
/// A vocabulary or regions file that failed to load is nil, and its checks are skipped rather
/// than repeated as errors in every organisation.
struct ReferenceData {
    var kinds: [String]?
    var services: [String]?
    var beneficiaries: [String]?
    var threats: [String]?
    var contactTypes: [String]?
    var languages: [String]?
    /// Codes of `vocabulary/statuses.yaml`; nil when the file is absent (then no `requires` is valid).
    var statuses: [String]?
    var regions: Regions?
    /// The day `checked` dates may not be after (lint: `--as-of` or today); nil skips that check.
    var asOf: CalendarDate?
}

/// One organisation file as read, with what the cross-file checks need.
struct OrganisationFile {
    var organisation: Organisation
    var idNode: YAMLNode?
    var partOf: [(id: String, node: YAMLNode)]
    /// Contacts' `operator` ids, checked against every organisation once all are read.
    var references: [(id: String, node: YAMLNode, field: String)]
    /// Current contacts' `checked` dates and positions, for `--stale`.
    var checks: [(value: String, checked: CalendarDate?, node: YAMLNode)]
}

/// Reads `organisations/<id>.yaml` into an ``Organisation``, checking every field.
enum OrganisationReader {
    static let organisationFields = [
        "id", "name", "alternate_names", "kind", "status", "status_note", "language", "description",
        "website", "onion", "part_of", "contacts", "risk_notes", "services", "provenance",
        "seat", "unconfirmed", "safety_warnings", "needs_review",
    ]
    static let provenanceFields = ["sources", "last_verified", "method"]
    static let descriptionLimit = 400

    /// The organisation in `root`; nil when `root` is not a map.
    static func read(_ root: YAMLNode, fileID: String, reference: ReferenceData, checker: inout FileChecker) -> OrganisationFile? {
        guard let f = checker.fields(root, of: "an organisation", allowed: organisationFields,
                                     required: ["id", "name", "kind", "services", "provenance"]) else { return nil }
        if let node = f["needs_review"] {
            // A draft from `sanad import hsds`: its values are another directory's, not yet checked.
            checker.error(node, "\"needs_review\": this is an imported draft; check every value against its source, then remove this line")
        }
        // The language comes first: it decides how every plain text in the file is read.
        let language = checker.code(f["language"], "language", in: reference.languages, what: "language") ?? "en"
        checker.language = language

        let id = checker.string(f["id"], "id")
        if let id, let node = f["id"] {
            if !ValidationFormats.isIdentifier(id) {
                checker.error(node, "id \"\(id)\" must use only lowercase letters, digits and hyphens")
            }
            if id != fileID {
                checker.error(node, "id \"\(id)\" does not match the file name \"\(fileID).yaml\"")
            }
        }
        let name = checker.text(f["name"], "name")
        let kind = checker.code(f["kind"], "kind", in: reference.kinds, what: "kind")
        let status = checker.status(f)
        let statusNote = checker.text(f["status_note"], "status_note")
        let description = checker.text(f["description"], "description")
        checkDescription(description, f["description"], checker: &checker)
        let website = checker.string(f["website"], "website")
        if let website, let node = f["website"], !ValidationFormats.isWebURL(website) {
            checker.error(node, "website \"\(website)\" is not a valid http or https URL")
        }
        let onion = checker.string(f["onion"], "onion")
        if let onion, let node = f["onion"], !ValidationFormats.isOnionURL(onion) {
            checker.error(node, "onion \"\(onion)\" is not an onion URL (http:// or https://, 56 characters, .onion)")
        }
        var partOf: [(String, YAMLNode)] = []
        for item in checker.list(f["part_of"], "part_of") {
            if let ref = checker.string(item, "part_of") { partOf.append((ref, item)) }
        }
        let contacts = checker.list(f["contacts"], "contacts").compactMap { ContactReader.read($0, reference: reference, checker: &checker) }
        let riskNotes = checker.texts(f["risk_notes"], "risk_notes")

        var services: [Service] = []
        var serviceLines: [String: Int] = [:]
        for item in checker.list(f["services"], "services") {
            guard let (service, idNode) = ServiceReader.read(item, reference: reference, checker: &checker) else { continue }
            if let idNode {
                if let line = serviceLines[service.id] {
                    checker.error(idNode, "duplicate service id \"\(service.id)\" (first at line \(line))")
                } else {
                    serviceLines[service.id] = idNode.line
                }
            }
            services.append(service)
        }

        var provenance = Provenance(sources: [])
        if let node = f["provenance"], let p = checker.fields(node, of: "provenance", allowed: provenanceFields, required: ["sources"]) {
            let sources = checker.list(p["sources"], "sources")
            if let sourcesNode = p["sources"], case .sequence = sourcesNode.content, sources.isEmpty {
                checker.error(sourcesNode, "\"sources\" must name at least one source")
            }
            provenance.sources = sources.compactMap { ContactReader.source($0, "sources", checker: &checker) }
            if let node = p["last_verified"] {
                // Kept as a known field only to say what replaced it: one date for a whole entry
                // claimed a check that did not happen.
                checker.error(node, "\"last_verified\" was removed: give each contact the date its source shows in \"source_date\" (or \"undated\"), and \"checked: YYYY-MM-DD\" only once a person or `sanad sources check` has found the value on the live source")
            }
            provenance.method = checker.string(p["method"], "method")
        }

        let organisation = Organisation(
            id: id ?? fileID, name: name ?? LocalizedText(fileID, language: language),
            alternateNames: checker.strings(f["alternate_names"], "alternate_names"), kind: kind ?? "",
            status: status, statusNote: statusNote, language: language, description: description,
            website: website, onion: onion, partOf: partOf.map(\.0), services: services, contacts: contacts,
            riskNotes: riskNotes, provenance: provenance
        )
        var result = organisation
        result.seat = checker.country(f["seat"], "seat", regions: reference.regions)
        result.unconfirmed = checker.text(f["unconfirmed"], "unconfirmed")
        result.safetyWarnings = checker.texts(f["safety_warnings"], "safety_warnings")
        if result.unconfirmed != nil {
            for flag in ContactReader.emergencyFlags(in: f["contacts"]) {
                checker.error(flag, "a contact of an unconfirmed organisation cannot be an emergency channel")
            }
        }
        return OrganisationFile(organisation: result, idNode: f["id"], partOf: partOf, references: checker.organisationReferences,
                                checks: checker.contactChecks)
    }

    /// Descriptions are ours: at most 400 characters, and every UI language (a missing one warns).
    static func checkDescription(_ text: LocalizedText?, _ node: YAMLNode?, checker: inout FileChecker) {
        guard let text, let node else { return }
        for code in text.values.keys.sorted() {
            let length = text.values[code]!.count
            if length > descriptionLimit {
                checker.error(node, "description (\(code)) is \(length) characters long; the limit is \(descriptionLimit)")
            }
        }
        let missing = FileChecker.missingLanguages(text)
        if !missing.isEmpty {
            checker.warning(node, "description is not translated into \(missing.joined(separator: ", "))")
        }
    }
}
