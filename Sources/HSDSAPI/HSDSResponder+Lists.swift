import Catalogue
import DirectoryModel
import Exchange
import Web
import WebAPI

extension HSDSResponder {
    /// A list: the entities matching every parameter given (AND), as one page in the official
    /// envelope, or every match as NDJSON (`format=ndjson`).
    func list(_ kind: Kind, snapshot: HSDSSnapshot, parameters: HSDSParameters, catalogue: Catalogue, request: WebRequest) throws(APIProblem) -> WebResponse {
        let page = try parameters.int("page", in: HSDSParameters.pageRange, default: 1)
        let perPage = try parameters.int("per_page", in: HSDSParameters.perPageRange, default: HSDSParameters.defaultPerPage)
        let ndjson = try parameters.ndjson()
        let items: [JSONValue]
        switch kind {
        case .services:
            let minimal = try parameters.bool("minimal"), full = try parameters.bool("full")
            let positions = try services(snapshot, parameters, catalogue)
            items = positions.map { position in
                if minimal, let id = snapshot.services[position]["id"] { return .object(["id": id]) }
                return full ? snapshot.services[position] : snapshot.serviceItems[position]
            }
        case .organizations:
            let full = try parameters.bool("full"), fullService = try parameters.bool("full_service")
            items = organizations(snapshot, parameters, catalogue).map { position in
                !full ? snapshot.organizationItems[position]
                    : fullService ? snapshot.organizations[position] : snapshot.organizationsWithServiceItems[position]
            }
        case .taxonomies:
            items = Self.matching(snapshot.taxonomies, parameters.search, fields: ["name", "description"])
        case .taxonomyTerms:
            var terms = Self.matching(snapshot.terms, parameters.search, fields: ["name", "description", "code"])
            if let taxonomy = parameters["taxonomy_id"] { terms = terms.filter { $0["taxonomy_id"]?.string == taxonomy } }
            // Sanad's vocabularies are flat: every term is a top term and none has a parent.
            _ = try parameters.bool("top_only")
            if parameters["parent_id"] != nil { terms = [] }
            items = terms
        }
        // A search is what a defender or caseworker typed: never kept by a cache on the way.
        let cache = parameters.search == nil && request.method != "POST" ? "max-age=300" : "no-store"
        if ndjson {
            var body: [UInt8] = []
            for item in items {
                body += item.bytes
                body.append(0x0A)
            }
            return WebResponse(status: 200, headers: [
                HeaderField("Content-Type", "application/x-ndjson"), HeaderField("Content-Language", snapshot.language.rawValue),
                HeaderField("Cache-Control", cache),
            ], body: body)
        }
        return Self.json(Self.page(items, number: page, size: perPage), language: snapshot.language, cache: cache)
    }

    /// The official page envelope around one page of `items`.
    static func page(_ items: [JSONValue], number: Int, size: Int) -> JSONValue {
        let total = items.count
        let pages = (total + size - 1) / size
        let start = min((number - 1) * size, total)
        let contents = Array(items[start..<min(start + size, total)])
        return .object([
            "total_items": .int(total),
            "total_pages": .int(pages),
            "page_number": .int(number),
            "size": .int(contents.count),
            "first_page": .bool(number == 1),
            "last_page": .bool(number >= pages),
            "empty": .bool(total == 0),
            "contents": .array(contents),
        ])
    }

    /// Positions of the organizations matching `search` (best first), or all in export order.
    func organizations(_ snapshot: HSDSSnapshot, _ parameters: HSDSParameters, _ catalogue: Catalogue) -> [Int] {
        guard let words = parameters.search else { return Array(snapshot.organizations.indices) }
        let ids = (try? catalogue.index.searchIDs(words, limit: max(1, catalogue.directory.organisations.count))) ?? []
        return ids.compactMap { snapshot.organizationBySanadID[$0] }
    }

    /// Positions of the services matching every filter given.
    func services(_ snapshot: HSDSSnapshot, _ parameters: HSDSParameters, _ catalogue: Catalogue) throws(APIProblem) -> [Int] {
        var positions: [Int]
        if parameters.search == nil {
            positions = Array(snapshot.services.indices)
        } else {
            // Through Sanad's own search (every language, Arabic folded), ranked by organisation.
            var byOrganization: [Int: [Int]] = [:]
            for (position, organization) in snapshot.serviceOrganization.enumerated() { byOrganization[organization, default: []].append(position) }
            positions = organizations(snapshot, parameters, catalogue).flatMap { byOrganization[$0] ?? [] }
        }
        if let term = parameters["taxonomy_term_id"] { positions = positions.filter { snapshot.serviceTerms[$0].contains(term) } }
        if let taxonomy = parameters["taxonomy_id"] { positions = positions.filter { snapshot.serviceTaxonomies[$0].contains(taxonomy) } }
        if let organization = parameters["organization_id"] {
            positions = positions.filter { snapshot.organizations[snapshot.serviceOrganization[$0]]["id"]?.string == organization }
        }
        if let after = try parameters.modifiedAfter() {
            // Sanad keeps no per-record time: every record carries the directory's publication day.
            // Unknown (a working copy without git) counts as modified, so nothing is hidden.
            if let modified = snapshot.modified, modified < after { positions = [] }
        }
        return positions
    }

    /// The entities whose `fields` contain every word of `search` (case-insensitive), for the
    /// small vocabularies (taxonomies and terms are not in the search index).
    static func matching(_ values: [JSONValue], _ search: String?, fields: [String]) -> [JSONValue] {
        guard let search else { return values }
        let words = search.lowercased().split(whereSeparator: \.isWhitespace)
        return values.filter { value in
            let text = fields.compactMap { value[$0]?.string?.lowercased() }.joined(separator: " ")
            return words.allSatisfy { text.contains($0) }
        }
    }
}
