import DirectoryModel
import Foundation

/// Writes an export into a folder: HSDS JSON, NDJSON and the tabular data package.
///
/// - `organizations.json`: a list of full organizations, with their services.
/// - `services.json`: a list of full services.
/// - `taxonomies.json`, `taxonomy_terms.json`: the vocabularies.
/// - `organizations.ndjson`, `services.ndjson`: one object per line.
/// - `tabular/`: one CSV per HSDS table and the official `datapackage.json`.
public enum HSDSExportFiles {
    /// What was written: file names and their sizes in bytes.
    public struct Summary: Sendable {
        public var organizations: Int
        public var services: Int
        public var bytes: [String: Int]
        public var totalBytes: Int { bytes.values.reduce(0, +) }
    }

    /// Writes `export` into `directory`, creating it.
    @discardableResult
    public static func write(_ export: HSDSExport, into directory: URL) throws -> Summary {
        let files = FileManager.default
        let tabularDirectory = directory.appendingPathComponent("tabular")
        try files.createDirectory(at: tabularDirectory, withIntermediateDirectories: true)
        let organizations = export.organizations()
        let services = export.services()
        let taxonomies = export.taxonomies()
        let terms = export.taxonomyTerms()
        var bytes: [String: Int] = [:]
        func write(_ data: Data, _ name: String) throws {
            try data.write(to: directory.appendingPathComponent(name))
            bytes[name] = data.count
        }
        try write(JSONValue.array(organizations).encoded(), "organizations.json")
        try write(JSONValue.array(services).encoded(), "services.json")
        try write(JSONValue.array(taxonomies).encoded(), "taxonomies.json")
        try write(JSONValue.array(terms).encoded(), "taxonomy_terms.json")
        try write(ndjson(organizations), "organizations.ndjson")
        try write(ndjson(services), "services.ndjson")
        try HSDSTabular().write(organizations: organizations, taxonomies: taxonomies, terms: terms, into: tabularDirectory)
        for name in (try? files.contentsOfDirectory(atPath: tabularDirectory.path)) ?? [] {
            let size = (try? files.attributesOfItem(atPath: tabularDirectory.appendingPathComponent(name).path)[.size] as? Int) ?? 0
            bytes["tabular/" + name] = size
        }
        return Summary(organizations: organizations.count, services: services.count, bytes: bytes)
    }

    /// One compact JSON object per line.
    static func ndjson(_ values: [JSONValue]) throws -> Data {
        var data = Data()
        for value in values {
            data.append(try value.encoded())
            data.append(0x0A)
        }
        return data
    }
}
