import DirectoryModel

/// The directory as Open Referral HSDS 3.0 objects, in one language.
///
/// HSDS texts carry no language, so each export is single-language (`language`); taxonomy terms
/// say which language their name is in. Only what may leave the organisation's own page is
/// exported: no organisation, programme or contact that is historical or unconfirmed. With
/// `profile`, objects also carry the Sanad profile's fields (`docs/hsds-profile/`); without it
/// they hold only HSDS 3.0 properties.
public struct HSDSExport: Sendable {
    public let directory: Directory
    /// ISO 639-1 code of the export's language (one of the UI languages).
    public let language: String
    /// Whether to add the Sanad profile's fields.
    public let profile: Bool

    public init(directory: Directory, language: String = "en", profile: Bool = false) {
        self.directory = directory
        self.language = language
        self.profile = profile
        self.exportedIDs = Set(directory.organisations.filter(HSDSExport.isExported).map(\.id))
        self.terms = HSDSExport.termTable(directory, language: language)
    }

    /// Every vocabulary term as an HSDS taxonomy term, by `vocabulary/code`.
    let terms: [String: JSONValue]

    /// Ids of the organisations the export contains (for parent and operator links).
    let exportedIDs: Set<String>

    /// Whether an organisation goes into an export: anything unconfirmed stays out.
    public static func isExported(_ organisation: Organisation) -> Bool { organisation.unconfirmed == nil }

    /// Whether a programme goes into an export.
    public static func isExported(_ service: Service) -> Bool { service.unconfirmed == nil }

    /// Every exported organisation as a full HSDS `organization` with its services, in id order.
    public func organizations() -> [JSONValue] {
        directory.organisations.filter(Self.isExported).map(organization)
    }

    /// Every exported service, with its `organization_id`, in organisation then file order.
    public func services() -> [JSONValue] {
        directory.organisations.filter(Self.isExported).flatMap { org in
            org.services.filter(Self.isExported).map { service($0, of: org) }
        }
    }

    /// The text in the export's language (with the model's fallbacks).
    func text(_ text: LocalizedText?) -> String? { text?.resolved(language) }

    /// One HSDS organization.
    func organization(_ org: Organisation) -> JSONValue {
        var o = JSONObject()
        let id = HSDSIdentifier.organization(org.id)
        o.set("id", id)
        o.set("name", text(org.name))
        o.members["description"] = .string(text(org.description) ?? "")
        o.set("alternate_name", org.alternateNames.joined(separator: "; "))
        o.set("website", org.website)
        let parents = org.partOf.filter(exportedIDs.contains)
        o.set("parent_organization_id", parents.first.map(HSDSIdentifier.organization))
        o.set("organization_identifiers", [identifier(of: org)])
        o.set("services", org.services.filter(Self.isExported).map { service($0, of: org) })
        let channels = self.channels(org.contacts, org: org, service: nil)
        o.set("phones", channels.phones)
        o.set("contacts", channels.contacts)
        var attributes = links(["kinds": [org.kind]], org: org.id, service: nil, linkID: id, entity: "organization")
        attributes += channels.attributes
        o.set("attributes", attributes)
        if profile {
            o.set("status", org.status.rawValue)
            o.set("status_note", text(org.statusNote))
            o.set("seat", org.seat)
            o.set("onion", org.onion)
            o.set("part_of", strings: parents)
            o.set("risk_notes", strings: org.riskNotes.compactMap(text))
            o.set("safety_warnings", strings: org.safetyWarnings.compactMap(text))
        }
        return o.value
    }

    /// The organisation's Sanad id as an HSDS organization identifier: what an import reads to
    /// keep the id.
    func identifier(of org: Organisation) -> JSONValue {
        var o = JSONObject()
        o.set("id", HSDSIdentifier.organizationIdentifier(org.id))
        o.set("organization_id", HSDSIdentifier.organization(org.id))
        o.set("identifier_scheme", HSDSExport.identifierScheme)
        o.set("identifier_type", HSDSExport.identifierType)
        o.set("identifier", org.id)
        return o.value
    }

    /// The `identifier_scheme` of Sanad ids.
    public static let identifierScheme = "sanad"
    /// The `identifier_type` of Sanad ids.
    public static let identifierType = "sanad_id"

    /// Attributes linking an entity to vocabulary terms: `codes` by vocabulary name.
    func links(_ codes: KeyValuePairs<String, [String]>, org: String, service: String?, linkID: String, entity: String) -> [JSONValue] {
        var result: [JSONValue] = []
        for (vocabulary, list) in codes {
            for code in list {
                guard let term = term(vocabulary, code) else { continue }
                var o = JSONObject()
                o.set("id", HSDSIdentifier.attribute(org, service ?? "-", vocabulary: vocabulary, code: code))
                o.set("link_id", linkID)
                o.set("link_type", vocabulary)
                o.set("link_entity", entity)
                o.set("taxonomy_term_id", HSDSIdentifier.taxonomyTerm(vocabulary, code))
                o.set("value", code)
                o.set("taxonomy_term", value: term)
                result.append(o.value)
            }
        }
        return result
    }
}
