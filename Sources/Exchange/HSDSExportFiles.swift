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
        // The services list holds the same objects as the organizations' `services`.
        let services = organizations.flatMap { $0["services"]?.elements ?? [] }
        let taxonomies = export.taxonomies()
        let terms = export.taxonomyTerms()
        var bytes: [String: Int] = [:]
        for (name, values) in [("organizations", organizations), ("services", services), ("taxonomies", taxonomies), ("taxonomy_terms", terms)] {
            bytes[name + ".json"] = try stream(values, to: directory.appendingPathComponent(name + ".json"), lines: false)
        }
        for (name, values) in [("organizations", organizations), ("services", services)] {
            bytes[name + ".ndjson"] = try stream(values, to: directory.appendingPathComponent(name + ".ndjson"), lines: true)
        }
        try HSDSTabular().write(organizations: organizations, taxonomies: taxonomies, terms: terms, into: tabularDirectory)
        for name in (try? files.contentsOfDirectory(atPath: tabularDirectory.path)) ?? [] {
            let size = (try? files.attributesOfItem(atPath: tabularDirectory.appendingPathComponent(name).path)[.size] as? Int) ?? 0
            bytes["tabular/" + name] = size
        }
        return Summary(organizations: organizations.count, services: services.count, bytes: bytes)
    }

    /// Writes `values` as one compact JSON array, or (`lines`) one object per line, a megabyte at
    /// a time rather than the whole file in memory; returns the bytes written.
    static func stream(_ values: [JSONValue], to url: URL, lines: Bool) throws -> Int {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = Data()
        var total = 0
        if !lines { buffer.append(UInt8(ascii: "[")) }
        for (index, value) in values.enumerated() {
            if !lines, index > 0 { buffer.append(UInt8(ascii: ",")) }
            buffer.append(try value.encoded())
            if lines { buffer.append(0x0A) }
            if buffer.count > 1 << 20 {
                try handle.write(contentsOf: buffer)
                total += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !lines { buffer.append(UInt8(ascii: "]")) }
        try handle.write(contentsOf: buffer)
        return total + buffer.count
    }
}
