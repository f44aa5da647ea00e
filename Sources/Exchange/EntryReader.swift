import DirectoryModel

/// Reads one HSDS organization for ``HSDSImport``, noting what it cannot map.
struct EntryReader {
    let importer: HSDSImport
    /// The Sanad id of the organisation being read.
    let organisation: String
    /// Sanad ids by HSDS organization id, for parent links.
    let ids: [String: String]
    var unmapped: [String] = []

    init(importer: HSDSImport, organisation: String, ids: [String: String]) {
        self.importer = importer
        self.organisation = organisation
        self.ids = ids
    }

    static let organisationKeys: Set<String> = [
        "id", "name", "alternate_name", "description", "website", "parent_organization_id", "organization_identifiers",
        "services", "phones", "contacts", "attributes",
        "status", "status_note", "seat", "onion", "part_of", "risk_notes", "safety_warnings",
    ]

    /// Notes what cannot be mapped, as `<organisation>: <what>`.
    mutating func note(_ what: String) { unmapped.append("\(organisation): \(what)") }

    /// Notes every non-empty member of `object` outside `known`.
    mutating func noteUnknown(_ object: JSONValue, known: Set<String>, in what: String) {
        for (key, value) in (object.members ?? [:]).sorted(by: { $0.key < $1.key }) where !known.contains(key) {
            switch value {
            case .null: continue
            case .array(let items) where items.isEmpty: continue
            case .string(let s) where s.isEmpty: continue
            default: note("\(what) field \"\(key)\" not mapped")
            }
        }
    }

    mutating func organisation(_ o: JSONValue) -> Organisation {
        let i = importer
        var org = Organisation(
            id: organisation, name: i.text(o["name"]) ?? LocalizedText(organisation, language: i.language),
            kind: "", language: i.language, description: i.text(o["description"]),
            provenance: Provenance(sources: [i.publisher], method: "Imported by `sanad import hsds` from \(i.publisher), data of \(i.date); every value still to be checked by a maintainer.")
        )
        org.alternateNames = (o["alternate_name"]?.string ?? "").components(separatedBy: "; ").filter { !$0.isEmpty }
        if let website = o["website"]?.string {
            if ValidationFormats.isWebURL(website) { org.website = website } else { note("website \"\(website)\" is not an http(s) URL") }
        }
        if let profileParents = o["part_of"]?.elements, !profileParents.isEmpty {
            org.partOf = profileParents.compactMap(\.string)
        } else if let parent = o["parent_organization_id"]?.string {
            if let id = ids[parent] { org.partOf = [id] } else { note("parent organization \(parent) is not in the file") }
        }
        let attributes = o["attributes"]?.elements ?? []
        let kinds = codes(attributes, vocabulary: "kinds")
        if let kind = kinds.first { org.kind = kind } else { note("no kind: a maintainer must choose one") }
        org.contacts = contacts(of: o)
        noteAttributes(attributes, known: ["kinds"], in: "organization")
        if o["status"]?.string == "inactive" { org.status = .inactive }
        org.statusNote = i.text(o["status_note"])
        org.seat = o["seat"]?.string
        org.onion = o["onion"]?.string
        org.riskNotes = i.texts(o["risk_notes"])
        org.safetyWarnings = i.texts(o["safety_warnings"])
        var serviceIDs: Set<String> = []
        for item in o["services"]?.elements ?? [] {
            guard var service = service(item) else { continue }
            let wanted = service.id
            var n = 2
            while serviceIDs.contains(service.id) { service.id = "\(wanted)-\(n)"; n += 1 }
            serviceIDs.insert(service.id)
            org.services.append(service)
        }
        for item in o["organization_identifiers"]?.elements ?? [] where item["identifier_scheme"]?.string != HSDSExport.identifierScheme {
            note("organization identifier \(item["identifier_type"]?.string ?? "?") \(item["identifier"]?.string ?? "?") not mapped")
        }
        noteUnknown(o, known: Self.organisationKeys, in: "organization")
        return org
    }

    /// Codes of the terms of `vocabulary` the attributes link to.
    func codes(_ attributes: [JSONValue], vocabulary: String) -> [String] {
        attributes.filter { $0["link_type"]?.string == vocabulary || $0["taxonomy_term"]?["taxonomy"]?.string == vocabulary }
            .filter { $0["link_type"]?.string != HSDSExport.channelLinkType }
            .compactMap { $0["value"]?.string ?? $0["taxonomy_term"]?["code"]?.string.map(Self.unqualified) }
    }

    /// A term code without its `vocabulary:` prefix.
    static func unqualified(_ code: String) -> String {
        code.split(separator: ":", maxSplits: 1).last.map(String.init) ?? code
    }

    /// Notes attributes that are neither contact channels nor links to a vocabulary in `known`.
    mutating func noteAttributes(_ attributes: [JSONValue], known: Set<String>, in what: String) {
        for a in attributes {
            let type = a["link_type"]?.string ?? a["taxonomy_term"]?["taxonomy"]?.string ?? "?"
            if type == HSDSExport.channelLinkType || known.contains(type) { continue }
            note("\(what) attribute \(type)=\(a["value"]?.string ?? a["taxonomy_term"]?["name"]?.string ?? "?") not mapped")
        }
    }
}
