import DirectoryModel
import Exchange

/// One catalogue's HSDS export in one language, computed once and indexed for the API: the
/// full objects, their one-to-one projections for list pages, and what the filters look up.
struct HSDSSnapshot: Sendable {
    let language: UILanguage
    /// Full organizations (with full services), in export order.
    let organizations: [JSONValue]
    /// Each organization's one-to-one fields (a list item).
    let organizationItems: [JSONValue]
    /// Each organization with its services as list items (the default of `/organizations/{id}`).
    let organizationsWithServiceItems: [JSONValue]
    /// The Sanad id of each organization, for search.
    let organizationSanadIDs: [String]
    let organizationIndex: [String: Int]
    let organizationBySanadID: [String: Int]

    /// Full services, in organisation then file order.
    let services: [JSONValue]
    let serviceItems: [JSONValue]
    let serviceIndex: [String: Int]
    /// Index of each service's organization in `organizations`.
    let serviceOrganization: [Int]
    /// The taxonomy term ids and taxonomy ids each service is linked to.
    let serviceTerms: [Set<String>]
    let serviceTaxonomies: [Set<String>]

    let taxonomies: [JSONValue]
    let taxonomyIndex: [String: Int]
    let terms: [JSONValue]
    let termIndex: [String: Int]

    /// The day the directory was published (its commit date), when known: every record's
    /// modification date for `modified_after`, since Sanad keeps no per-record time.
    let modified: CalendarDate?

    init(directory: Directory, language: UILanguage) {
        self.language = language
        let export = HSDSExport(directory: directory, language: language.rawValue)
        organizations = export.organizations()
        organizationItems = organizations.map(Self.item)
        organizationsWithServiceItems = organizations.map { organization in
            guard var members = organization.members else { return organization }
            if let services = members["services"] { members["services"] = .array(services.elements.map(Self.item)) }
            return .object(members)
        }
        organizationSanadIDs = directory.organisations.filter(HSDSExport.isExported).map(\.id)
        organizationIndex = Self.index(organizations)
        organizationBySanadID = Dictionary(organizationSanadIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })

        taxonomies = export.taxonomies()
        taxonomyIndex = Self.index(taxonomies)
        terms = export.taxonomyTerms()
        termIndex = Self.index(terms)
        var termTaxonomy: [String: String] = [:]
        for term in terms {
            if let id = term["id"]?.string, let taxonomy = term["taxonomy_id"]?.string { termTaxonomy[id] = taxonomy }
        }

        var services: [JSONValue] = []
        var serviceOrganization: [Int] = []
        for (index, organization) in organizations.enumerated() {
            for service in organization["services"]?.elements ?? [] {
                services.append(service)
                serviceOrganization.append(index)
            }
        }
        self.services = services
        self.serviceOrganization = serviceOrganization
        serviceItems = services.map(Self.item)
        serviceIndex = Self.index(services)
        serviceTerms = services.map { service in
            Set((service["attributes"]?.elements ?? []).compactMap { $0["taxonomy_term_id"]?.string })
        }
        serviceTaxonomies = serviceTerms.map { Set($0.compactMap { termTaxonomy[$0] }) }
        modified = directory.version?.date.flatMap { CalendarDate(String($0.prefix(10))) }
    }

    /// An object's one-to-one fields: what HSDS list pages hold (no arrays of child entities).
    static func item(_ value: JSONValue) -> JSONValue {
        guard let members = value.members else { return value }
        return .object(members.filter { _, member in
            switch member {
            case .array, .object: false
            default: true
            }
        })
    }

    /// Position of each object by its `id`.
    static func index(_ values: [JSONValue]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (position, value) in values.enumerated() {
            if let id = value["id"]?.string { result[id] = position }
        }
        return result
    }
}
