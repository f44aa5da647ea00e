import Foundation

/// The OpenAPI 3.1 document of the JSON API and the HSDS API: one file,
/// `Sources/WebAPI/Resources/openapi.json` (`docs/api/openapi.json` is a link to it), served as
/// it is at `/api/v1/openapi.json`.
public enum APIDocument {
    /// The document's bytes, read once.
    public static let bytes: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"), let data = try? Data(contentsOf: url) else {
            // A build without its resource is broken; an empty object keeps the server up and fails the tests.
            return Array("{}".utf8)
        }
        return Array(data)
    }()
}
