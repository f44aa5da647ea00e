import Catalogue
import DirectoryModel
import Exchange
import Foundation
import HSDSAPI
import SanadTestSupport
import Testing
import Web

/// The HSDS API as a pure function: `/`, lists in the official envelope, details, parameters
/// (AND), languages, POST searches, errors, the export cache, and what never appears.
@Suite struct HSDSResponderTests {
    let hsds = HSDSResponder(publicURL: "https://sanad.example/")
    let catalogue = APIFixtures.catalogue(search: ["test-fund"])

    func ask(_ request: WebRequest, generation: Int = 1) -> WebResponse? { hsds.respond(to: request, catalogue: catalogue, generation: generation) }
    func object(_ path: String, _ query: String? = nil) -> [String: Any] { APIFixtures.object(ask(APIFixtures.get(path, query))) }
    func ids(_ page: [String: Any]) -> [String] { (page["contents"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }

    let helpline = HSDSIdentifier.organization("test-helpline")
    let fund = HSDSIdentifier.organization("test-fund")
    let emergency = HSDSIdentifier.service("test-helpline", "emergency")
    let grants = HSDSIdentifier.service("test-fund", "grants")

    @Test func onlyHSDSPathsAreItsOwn() {
        #expect(ask(APIFixtures.get("/api/v1/search")) == nil)
        #expect(ask(APIFixtures.get("/hsdsx")) == nil)
        #expect(ask(APIFixtures.get("/hsds"))?.status == 200)
    }

    @Test func rootGivesVersionProfileAndOpenAPIFromThePublicURL() throws {
        let root = object("/hsds/")
        #expect(root.count == 3)
        #expect(root["version"] as? String == "3.0")
        #expect(root["profile"] as? String == "https://sanad.example/hsds/profile/")
        #expect(root["openapi_url"] as? String == "https://sanad.example/api/v1/openapi.json")
        let byHost = HSDSResponder().respond(to: APIFixtures.get("/hsds/", headers: [HeaderField("Host", "sanad.test:8443")]), catalogue: catalogue, generation: 1)
        #expect(APIFixtures.object(byHost)["openapi_url"] as? String == "https://sanad.test:8443/api/v1/openapi.json")
        let badHost = HSDSResponder().respond(to: APIFixtures.get("/hsds/", headers: [HeaderField("Host", "evil\"/x")]), catalogue: catalogue, generation: 1)
        #expect(APIFixtures.object(badHost)["profile"] as? String == "https://localhost/hsds/profile/")
    }

    @Test func theProfileIsPublishedWhereRootSaysItIs() throws {
        let index = object("/hsds/profile/")
        #expect(index["readme"] as? String == "https://sanad.example/hsds/profile/README.md")
        let patches = try #require(index["patches"] as? [String: String])
        #expect(patches["service"] == "https://sanad.example/hsds/profile/service.json")
        #expect(patches.count >= 5)
        let service = try #require(ask(APIFixtures.get("/hsds/profile/service.json")))
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/hsds-profile/service.json")
        #expect(service.body == Array(try Data(contentsOf: file)))
        #expect(ask(APIFixtures.get("/hsds/profile/README.md"))?.header("Content-Type") == "text/markdown; charset=utf-8")
        #expect(ask(APIFixtures.get("/hsds/profile/nothing.json"))?.status == 404)
    }

    @Test func listsUseTheOfficialPageEnvelope() throws {
        let first = object("/hsds/organizations", "per_page=2")
        #expect(first["total_items"] as? Int == 3)
        #expect(first["total_pages"] as? Int == 2)
        #expect(first["page_number"] as? Int == 1)
        #expect(first["size"] as? Int == 2)
        #expect(first["first_page"] as? Bool == true)
        #expect(first["last_page"] as? Bool == false)
        #expect(first["empty"] as? Bool == false)
        let second = object("/hsds/organizations", "per_page=2&page=2")
        #expect(second["size"] as? Int == 1)
        #expect(second["last_page"] as? Bool == true)
        #expect(second["first_page"] as? Bool == false)
        #expect(Set(ids(first) + ids(second)).count == 3)
        let beyond = object("/hsds/organizations", "per_page=2&page=9")
        #expect(beyond["size"] as? Int == 0)
        #expect(beyond["empty"] as? Bool == false)
        let none = object("/hsds/services", "organization_id=nobody")
        #expect(none["empty"] as? Bool == true)
        #expect(none["total_pages"] as? Int == 0)
        // List items hold one-to-one fields only; `full` nests.
        let item = try #require((first["contents"] as? [[String: Any]])?.first)
        #expect(item["services"] == nil)
        let full = try #require((object("/hsds/organizations", "full=true")["contents"] as? [[String: Any]])?.first { $0["id"] as? String == helpline })
        let services = try #require(full["services"] as? [[String: Any]])
        #expect(services.first?["phones"] == nil)
        let fullService = try #require((object("/hsds/organizations", "full=true&full_service=true")["contents"] as? [[String: Any]])?.first { $0["id"] as? String == helpline })
        #expect((fullService["services"] as? [[String: Any]])?.first?["phones"] != nil)
    }

    @Test func detailsOfEachKind() throws {
        #expect(object("/hsds/organizations/" + helpline)["name"] as? String == "Test Helpline")
        #expect(object("/hsds/services/" + emergency)["organization_id"] as? String == helpline)
        #expect((object("/hsds/services/" + emergency)["phones"] as? [Any])?.count == 1)
        let taxonomy = HSDSIdentifier.taxonomy("services")
        #expect(object("/hsds/taxonomies/" + taxonomy)["name"] as? String == "services")
        let term = HSDSIdentifier.taxonomyTerm("services", "protection_grant")
        #expect(object("/hsds/taxonomy_terms/" + term, "lang=fr")["name"] as? String == "Protection_Grant (fr)")
        for path in ["/hsds/services/nothing", "/hsds/organizations/" + emergency, "/hsds/taxonomies/x", "/hsds/taxonomy_terms/x", "/hsds/locations", "/hsds/services/a/b"] {
            let response = try #require(ask(APIFixtures.get(path)))
            #expect(response.status == 404, "\(path)")
            #expect(response.header("Content-Type") == "application/problem+json")
        }
    }

    @Test func filtersApplyTogether() {
        let term = HSDSIdentifier.taxonomyTerm("services", "emergency_response")
        #expect(ids(object("/hsds/services", "taxonomy_term_id=" + term)) == [emergency])
        #expect(ids(object("/hsds/services", "taxonomy_id=" + HSDSIdentifier.taxonomy("beneficiaries"))).sorted() == [emergency, grants].sorted())
        #expect(ids(object("/hsds/services", "organization_id=" + fund)) == [grants])
        // AND: each filter alone matches, together nothing does.
        #expect(ids(object("/hsds/services", "taxonomy_term_id=\(term)&organization_id=\(fund)")).isEmpty)
        // search goes through the catalogue's index (here: always test-fund).
        #expect(ids(object("/hsds/services", "search=anything")) == [grants])
        #expect(ids(object("/hsds/organizations", "search=anything")) == [fund])
        #expect(ids(object("/hsds/services", "search=anything&organization_id=" + helpline)).isEmpty)
        // minimal: ids only.
        let minimal = object("/hsds/services", "minimal=true")["contents"] as? [[String: Any]] ?? []
        #expect(minimal.count == 2 && minimal.allSatisfy { $0.count == 1 && $0["id"] != nil })
        // Terms by taxonomy; flat vocabularies: no children.
        let kinds = object("/hsds/taxonomy_terms", "taxonomy_id=" + HSDSIdentifier.taxonomy("kinds"))
        #expect(kinds["total_items"] as? Int == 2)
        #expect(object("/hsds/taxonomy_terms", "parent_id=x")["total_items"] as? Int == 0)
        #expect(object("/hsds/taxonomies", "search=threats")["total_items"] as? Int == 1)
    }

    @Test func modifiedAfterComparesTheDirectorysPublicationDay() {
        var directory = APIFixtures.directory()
        directory.version = DirectoryVersion(commit: "abc", date: "2026-11-30T10:00:00Z")
        let dated = Catalogue(directory: directory, index: FixedSearch(ids: []))
        func count(_ query: String) -> Int? {
            APIFixtures.object(hsds.respond(to: APIFixtures.get("/hsds/services", query), catalogue: dated, generation: 7))["total_items"] as? Int
        }
        #expect(count("modified_after=2026-11-30") == 2)
        #expect(count("modified_after=2026-12-01T00:00:00Z") == 0)
        #expect(APIFixtures.object(ask(APIFixtures.get("/hsds/services", "modified_after=yesterday")))["field"] as? String == "modified_after")
    }

    @Test func ndjsonHoldsEveryMatchOnePerLine() throws {
        let response = try #require(ask(APIFixtures.get("/hsds/organizations", "format=ndjson&per_page=1")))
        #expect(response.header("Content-Type") == "application/x-ndjson")
        let lines = APIFixtures.text(response).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
    }

    @Test func languagesAndCaching() {
        #expect(object("/hsds/services/" + emergency, "lang=fr")["name"] as? String == "Emergency line (fr)")
        let arabic = ask(APIFixtures.get("/hsds/services/" + emergency, headers: [HeaderField("Accept-Language", "ar")]))
        #expect(APIFixtures.object(arabic)["name"] as? String == "Emergency line (ar)")
        #expect(arabic?.header("Content-Language") == "ar")
        #expect(ask(APIFixtures.get("/hsds/services", "search=x"))?.header("Cache-Control") == "no-store")
        #expect(ask(APIFixtures.get("/hsds/services"))?.header("Cache-Control") == "max-age=300")
    }

    @Test func theExportIsComputedOncePerGenerationAndLanguage() {
        let responder = HSDSResponder()
        for _ in 0..<3 {
            _ = responder.respond(to: APIFixtures.get("/hsds/services"), catalogue: catalogue, generation: 1)
            _ = responder.respond(to: APIFixtures.get("/hsds/organizations", "lang=fr"), catalogue: catalogue, generation: 1)
        }
        #expect(responder.exportCount == 2)
        _ = responder.respond(to: APIFixtures.get("/hsds/services"), catalogue: catalogue, generation: 2)
        #expect(responder.exportCount == 3)
        responder.warm(catalogue: catalogue, generation: 2)
        #expect(responder.exportCount == 6)
        _ = responder.respond(to: APIFixtures.get("/hsds/services", "lang=ar"), catalogue: catalogue, generation: 2)
        #expect(responder.exportCount == 6)
        // A reload's new directory is what the next generation serves.
        let smaller = Catalogue(directory: Directory(organisations: [], vocabularies: catalogue.directory.vocabularies, regions: catalogue.directory.regions), index: FixedSearch(ids: []))
        let empty = APIFixtures.object(responder.respond(to: APIFixtures.get("/hsds/organizations"), catalogue: smaller, generation: 3))
        #expect(empty["total_items"] as? Int == 0)
    }

    @Test func concurrentFirstRequestsShareOneExport() async {
        let responder = HSDSResponder()
        let catalogue = self.catalogue
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { _ = responder.respond(to: APIFixtures.get("/hsds/services"), catalogue: catalogue, generation: 1) }
            }
        }
        #expect(responder.exportCount == 1)
    }

    @Test func searchesByPostWithTheSameParameters() throws {
        let response = try #require(ask(APIFixtures.post("/hsds/services", #"{"search": "anything", "per_page": 1, "page": 1, "full": true, "lang": "fr"}"#)))
        #expect(response.status == 200)
        #expect(response.header("Cache-Control") == "no-store")
        let page = APIFixtures.object(response)
        #expect(ids(page) == [grants])
        #expect((page["contents"] as? [[String: Any]])?.first?["name"] as? String == "Grants (fr)")
        let problems: [(String, String?, String)] = [
            (#"{"serch": "x"}"#, "serch", "unknown_field"), (#"{"page": "2"}"#, "page", "wrong_type"),
            (#"{"full": "true"}"#, "full", "wrong_type"), (#"{"per_page": 0}"#, "per_page", "wrong_type"), ("[1]", nil, "bad_json"),
        ]
        for (body, field, code) in problems {
            let problem = APIFixtures.object(ask(APIFixtures.post("/hsds/services", body)))
            #expect(problem["status"] as? Int == 400, "\(body)")
            #expect(problem["field"] as? String == field)
            #expect(problem["code"] as? String == code)
        }
        #expect(ask(APIFixtures.post("/hsds/services", "{}", headers: []))?.status == 415)
        let detailPost = try #require(ask(APIFixtures.post("/hsds/services/" + emergency, "{}")))
        #expect(detailPost.status == 405)
        #expect(detailPost.header("Allow") == "GET, HEAD")
        #expect(ask(WebRequest(method: "DELETE", path: "/hsds/services"))?.header("Allow") == "GET, HEAD, POST")
    }

    @Test func badParametersAreRefusedByName() {
        for (query, field) in [("per_page=0", "per_page"), ("per_page=501", "per_page"), ("page=0", "page"), ("page=x", "page"),
                               ("full=yes", "full"), ("format=csv", "format"), ("lang=de", "lang"), ("taxonomy_term_id=x&colour=red", "colour"),
                               ("postcode=1000", "postcode")] {
            let problem = object("/hsds/services", query)
            #expect(problem["status"] as? Int == 400, "\(query)")
            #expect(problem["field"] as? String == field, "\(query)")
        }
        // organizations accept neither the services' filters nor minimal.
        #expect(object("/hsds/organizations", "organization_id=x")["field"] as? String == "organization_id")
        #expect(object("/hsds/organizations", "lang=fr&search=x")["status"] == nil)
    }

    @Test func noHistoricalOrUnconfirmedContactAppears() {
        var texts: [String] = []
        for lang in UILanguage.allCases.map(\.rawValue) {
            for (path, query) in [("/hsds/organizations", "full=true&full_service=true"), ("/hsds/services", "full=true"),
                                  ("/hsds/organizations", "format=ndjson&full=true&full_service=true"), ("/hsds/organizations/" + helpline, "full_service=true"),
                                  ("/hsds/services/" + emergency, nil)] {
                texts.append(APIFixtures.text(ask(APIFixtures.get(path, (query.map { $0 + "&" } ?? "") + "lang=" + lang))))
            }
        }
        for text in texts {
            for value in APIFixtures.withheld { #expect(!text.contains(value), "\(value)") }
        }
        #expect(texts[0].contains("+1 202 555 0100"))
    }
}
