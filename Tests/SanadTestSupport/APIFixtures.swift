import Catalogue
import DirectoryModel
import Foundation
import Web

/// The test directory with contacts no answer may show (historical and unconfirmed), and
/// helpers to ask a web responder: shared by the JSON API's and the HSDS API's tests.
public enum APIFixtures {
    /// Values that must never appear in any API answer (fictional 555 numbers and .example addresses).
    public static let withheld = ["+1 202 555 0188", "old@helpline.example", "+1 202 555 0177", "unsure@helpline.example"]

    /// The test directory, its helpline given one historical and one unconfirmed contact on the
    /// programme and on the organisation.
    public static func directory() -> Directory {
        let base = TestDirectory.make()
        var helpline = TestDirectory.helpline
        helpline.services[0].contacts += [
            Contact(type: "phone", value: withheld[0], historical: true, source: "https://source.example/old"),
            Contact(type: "email", value: withheld[1], unconfirmed: LocalizedText("Not seen on the source since 2024."), source: "https://source.example/old"),
        ]
        helpline.contacts += [
            Contact(type: "phone", value: withheld[2], historical: true, source: "https://source.example/old"),
            Contact(type: "email", value: withheld[3], unconfirmed: LocalizedText("Unverified."), source: "https://source.example/old"),
        ]
        return Directory(organisations: [helpline] + base.organisations.filter { $0.id != helpline.id }, vocabularies: base.vocabularies, regions: base.regions)
    }

    public static func catalogue(search: [String] = ["test-helpline", "test-fund"]) -> Catalogue {
        Catalogue(directory: directory(), index: FixedSearch(ids: search), today: { TestDirectory.today })
    }

    public static func post(_ path: String, _ json: String, query: String? = nil, headers: [HeaderField] = [HeaderField("Content-Type", "application/json")]) -> WebRequest {
        WebRequest(method: "POST", path: path, query: query, headers: headers, body: Array(json.utf8))
    }

    public static func get(_ path: String, _ query: String? = nil, headers: [HeaderField] = []) -> WebRequest {
        WebRequest(method: "GET", path: path, query: query, headers: headers)
    }

    /// The body parsed as a JSON object.
    public static func object(_ response: WebResponse?) -> [String: Any] {
        guard let response, let value = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any] else { return [:] }
        return value
    }

    public static func text(_ response: WebResponse?) -> String { String(decoding: response?.body ?? [], as: UTF8.self) }
}
