import Foundation
import Web

/// The Sanad profile of HSDS 3.0, published under the API at `/hsds/profile/` (the URL `/`
/// gives as `profile`): its README and one JSON Merge Patch per HSDS schema, read once from the
/// module's resources (`docs/hsds-profile` is a link to them: one copy).
enum HSDSProfile {
    /// File name → bytes, read once.
    static let files: [String: [UInt8]] = {
        guard let folder = Bundle.module.url(forResource: "profile", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [:] }
        var files: [String: [UInt8]] = [:]
        for name in names where name.hasSuffix(".json") || name.hasSuffix(".md") {
            if let data = try? Data(contentsOf: folder.appendingPathComponent(name)) { files[name] = Array(data) }
        }
        return files
    }()

    /// `/hsds/profile/` (an index of the files) or `/hsds/profile/NAME`; nil when there is no such file.
    static func response(_ name: String, base: String) -> WebResponse? {
        if name.isEmpty {
            let patches = files.keys.filter { $0.hasSuffix(".json") }.sorted()
            let index = "{\"name\":\"Sanad profile of HSDS 3.0\",\"description\":\"JSON Merge Patches (RFC 7386) over the HSDS 3.0 schema files of the same name; README.md says what each adds.\",\"readme\":\"\(base)/hsds/profile/README.md\",\"patches\":{"
                + patches.map { "\"\($0.dropLast(5))\":\"\(base)/hsds/profile/\($0)\"" }.joined(separator: ",") + "}}\n"
            return WebResponse(status: 200, headers: [HeaderField("Content-Type", "application/json"), HeaderField("Cache-Control", "max-age=3600")],
                               body: Array(index.utf8))
        }
        guard let bytes = files[name] else { return nil }
        let type = name.hasSuffix(".md") ? "text/markdown; charset=utf-8" : "application/json"
        return WebResponse(status: 200, headers: [HeaderField("Content-Type", type), HeaderField("Cache-Control", "max-age=3600")], body: bytes)
    }
}
