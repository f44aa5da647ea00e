import Foundation

/// The tabular form of an export: one CSV per table of HSDS's official data package
/// (`datapackage.json`, shipped with this module), every table written even when empty so the
/// package is complete. Nested objects become rows of their own table; profile fields have no
/// column and are left out.
public struct HSDSTabular: Sendable {
    /// The official data package, as published with HSDS 3.0.
    public let package: JSONValue

    /// Loads the data package bundled with the module.
    public init() throws {
        guard let url = Bundle.module.url(forResource: "datapackage", withExtension: "json") else {
            throw HSDSExportError.missingDataPackage
        }
        package = try JSONValue.decode(Data(contentsOf: url))
    }

    /// Which table a nested array of HSDS objects belongs to, by the property holding it.
    static let tableOfProperty = [
        "services": "service", "phones": "phone", "contacts": "contact", "languages": "language",
        "service_areas": "service_area", "schedules": "schedule", "attributes": "attribute",
        "organization_identifiers": "organization_identifier",
    ]

    /// The rows of every table, from full organizations and the taxonomy lists.
    static func rows(organizations: [JSONValue], taxonomies: [JSONValue], terms: [JSONValue]) -> [String: [[String: JSONValue]]] {
        var tables: [String: [[String: JSONValue]]] = [:]
        var seen: Set<String> = []
        func add(_ value: JSONValue, to table: String) {
            guard let members = value.members else { return }
            if let id = members["id"]?.string, !seen.insert(table + "/" + id).inserted { return }
            tables[table, default: []].append(members)
            for (key, nested) in members {
                if let child = tableOfProperty[key] { nested.elements.forEach { add($0, to: child) } }
            }
        }
        organizations.forEach { add($0, to: "organization") }
        taxonomies.forEach { add($0, to: "taxonomy") }
        terms.forEach { add($0, to: "taxonomy_term") }
        return tables
    }

    /// Writes the CSV files and the data package into `directory`.
    public func write(organizations: [JSONValue], taxonomies: [JSONValue], terms: [JSONValue], into directory: URL) throws {
        let tables = Self.rows(organizations: organizations, taxonomies: taxonomies, terms: terms)
        for resource in package["resources"]?.elements ?? [] {
            guard let name = resource["name"]?.string, let path = resource["path"]?.string else { continue }
            let columns = (resource["schema"]?["fields"]?.elements ?? []).compactMap { $0["name"]?.string }
            var csv = CSV.line(columns)
            for row in tables[name] ?? [] {
                csv += CSV.line(columns.map { row[$0].map(CSV.cell) ?? "" })
            }
            try Data(csv.utf8).write(to: directory.appendingPathComponent(path))
        }
        try package.encoded(pretty: true).write(to: directory.appendingPathComponent("datapackage.json"))
    }
}

/// RFC 4180 CSV: fields quoted when they hold a comma, a quote or a line break; CRLF line ends.
enum CSV {
    static func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A scalar JSON value as a CSV cell; nested values have no cell.
    static func cell(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): return s
        case .int(let n): return String(n)
        case .double(let d): return String(d)
        case .bool(let b): return b ? "true" : "false"
        case .array, .object, .null: return ""
        }
    }
}
