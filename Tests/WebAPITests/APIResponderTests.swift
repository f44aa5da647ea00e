import Catalogue
import DirectoryModel
import Foundation
import Referral
import SanadTestSupport
import Testing
import Web
import WebAPI

/// The JSON API as a pure function: every endpoint and every error shape.
@Suite struct APIResponderTests {
    let api = APIResponder()
    let catalogue = APIFixtures.catalogue()

    func ask(_ request: WebRequest) -> WebResponse? { api.respond(to: request, catalogue: catalogue, generation: 1) }

    @Test func pathsOutsideTheAPIAreNotItsOwn() {
        #expect(ask(APIFixtures.get("/en/")) == nil)
        #expect(ask(APIFixtures.get("/apix")) == nil)
        #expect(ask(APIFixtures.get("/hsds/")) == nil)
    }

    @Test func referAnswersTheCatalogueReferralWithNoStore() throws {
        let response = try #require(ask(APIFixtures.post("/api/v1/refer", #"{"country": "TN", "who": ["journalist"], "needs": ["protection_grant"], "lang": "fr"}"#)))
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json")
        #expect(response.header("Cache-Control") == "no-store")
        #expect(response.header("Content-Language") == "fr")
        let profile = DefenderProfile(country: "TN", who: ["journalist"], needs: ["protection_grant"])
        #expect(APIFixtures.text(response) == catalogue.referralJSON(profile, language: .fr) + "\n")
        let profileObject = try #require(APIFixtures.object(response)["profile"] as? [String: Any])
        #expect(profileObject["country"] as? String == "TN")
        #expect(profileObject["who"] as? [String] == ["journalist"])
    }

    /// The reader's language (`lang`, `?lang=`, Accept-Language, else English), never the
    /// defender's languages: those are a profile fact that only ranks services (issue 20).
    @Test func referLanguageIsTheReadersNotTheDefenders() {
        let byProfile = ask(APIFixtures.post("/api/v1/refer", #"{"languages": ["ar"]}"#))
        #expect(byProfile?.header("Content-Language") == "en")
        let byBody = ask(APIFixtures.post("/api/v1/refer", #"{"languages": ["ar"], "lang": "ar"}"#))
        #expect(byBody?.header("Content-Language") == "ar")
        let byHeader = ask(APIFixtures.post("/api/v1/refer", #"{}"#, headers: [HeaderField("Content-Type", "application/json"), HeaderField("Accept-Language", "es-MX, en;q=0.5")]))
        #expect(byHeader?.header("Content-Language") == "es")
        let byQuery = ask(APIFixtures.post("/api/v1/refer", #"{}"#, query: "lang=fr"))
        #expect(byQuery?.header("Content-Language") == "fr")
    }

    @Test func referAsOfChangesTheDateFreshnessIsMeasuredAgainst() {
        let now = APIFixtures.text(ask(APIFixtures.post("/api/v1/refer", #"{"needs": ["emergency_response"]}"#)))
        let later = APIFixtures.text(ask(APIFixtures.post("/api/v1/refer", #"{"needs": ["emergency_response"], "as_of": "2031-01-01"}"#)))
        let profile = DefenderProfile(needs: ["emergency_response"])
        #expect(later == catalogue.referralJSON(profile, language: nil, asOf: CalendarDate(year: 2031, month: 1, day: 1)) + "\n")
        #expect(now == catalogue.referralJSON(profile, language: nil) + "\n")
    }

    /// Every error is problem+json with one sentence, a code and, where there is one, the field.
    @Test(arguments: [
        (#"{"whoo": []}"#, 400, "unknown_field", "whoo"),
        (#"{"who": "journalist"}"#, 400, "wrong_type", "who"),
        (#"{"mechanisms": "yes"}"#, 400, "wrong_type", "mechanisms"),
        (#"{"country": 7}"#, 400, "wrong_type", "country"),
        (#"{"who": ["jounalist"]}"#, 400, "unknown_code", "who"),
        (#"{"country": "XX"}"#, 400, "unknown_code", "country"),
        (#"{"urgency": "soon"}"#, 400, "wrong_type", "urgency"),
        (#"{"as_of": "2026-02-30"}"#, 400, "wrong_type", "as_of"),
        (#"{"lang": "de"}"#, 400, "wrong_type", "lang"),
        (#"{"who": ["#, 400, "bad_json", nil),
        (#"["TN"]"#, 400, "bad_json", nil),
    ] as [(String, Int, String, String?)])
    func referRefusesABadBodyNamingTheField(body: String, status: Int, code: String, field: String?) throws {
        let response = try #require(ask(APIFixtures.post("/api/v1/refer", body)))
        #expect(response.status == status)
        #expect(response.header("Content-Type") == "application/problem+json")
        let problem = APIFixtures.object(response)
        #expect(problem["type"] as? String == "about:blank")
        #expect(problem["status"] as? Int == status)
        #expect(problem["code"] as? String == code)
        #expect(problem["field"] as? String == field)
        #expect((problem["title"] as? String)?.isEmpty == false)
        let detail = try #require(problem["detail"] as? String)
        if let field { #expect(detail.contains("\"\(field)\"")) }
        #expect(!detail.contains("\n"))
    }

    @Test func wrongTypesAreSaidInWords() {
        let problem = APIFixtures.object(ask(APIFixtures.post("/api/v1/refer", #"{"who": "journalist"}"#)))
        #expect(problem["detail"] as? String == "The field \"who\" must be a list of strings.")
        let french = APIFixtures.object(ask(APIFixtures.post("/api/v1/refer", #"{"who": "journalist", "lang": "fr"}"#)))
        #expect(french["detail"] as? String == "Le champ « who » doit être une liste de chaînes de caractères.")
        let arabic = APIFixtures.object(ask(APIFixtures.post("/api/v1/refer", #"{"who": 1}"#, headers: [HeaderField("Content-Type", "application/json"), HeaderField("Accept-Language", "ar")])))
        #expect(arabic["detail"] as? String == "يجب أن يكون الحقل \"who\" قائمة من السلاسل النصية.")
        #expect(arabic["title"] as? String == "طلب غير صالح")
    }

    @Test func anEchoedFieldNameIsCleaned() {
        let problem = APIFixtures.object(ask(APIFixtures.post("/api/v1/refer", "{\"a\\u202Eb\\u0007\": 1}")))
        let field = problem["field"] as? String ?? ""
        #expect(!field.unicodeScalars.contains { $0.value == 0x202E || $0.value == 7 })
    }

    @Test func methodsMediaTypesAndUnknownPaths() throws {
        let get = try #require(ask(APIFixtures.get("/api/v1/refer")))
        #expect(get.status == 405)
        #expect(get.header("Allow") == "POST")
        #expect(APIFixtures.object(get)["code"] as? String == "method_not_allowed")
        let put = try #require(ask(WebRequest(method: "PUT", path: "/api/v1/organisations/test-fund")))
        #expect(put.status == 405)
        #expect(put.header("Allow") == "GET, HEAD")
        let form = try #require(ask(APIFixtures.post("/api/v1/refer", "country=TN", headers: [HeaderField("Content-Type", "application/x-www-form-urlencoded")])))
        #expect(form.status == 415)
        let none = try #require(ask(APIFixtures.post("/api/v1/search", #"{"q": "x"}"#, headers: [])))
        #expect(none.status == 415)
        let charset = try #require(ask(APIFixtures.post("/api/v1/search", #"{"q": "x"}"#, headers: [HeaderField("Content-Type", "application/json; charset=utf-8")])))
        #expect(charset.status == 200)
        for path in ["/api/v1/", "/api/v1/nothing", "/api/v2/refer", "/api/v1/organisations/nobody", "/api/v1/organisations/a/b"] {
            let response = try #require(ask(APIFixtures.get(path)))
            #expect(response.status == 404, "\(path)")
            #expect(response.header("Content-Type") == "application/problem+json")
        }
        let unknownParameter = try #require(ask(APIFixtures.get("/api/v1/organisations/test-fund", "format=xml")))
        #expect(unknownParameter.status == 400)
        #expect(APIFixtures.object(unknownParameter)["field"] as? String == "format")
    }

    @Test func searchByGetAndByPost() throws {
        let get = try #require(ask(APIFixtures.get("/api/v1/search", "q=test+fund&lang=ar")))
        #expect(get.status == 200)
        #expect(get.header("Cache-Control") == "no-store")
        let results = try #require(APIFixtures.object(get)["results"] as? [[String: Any]])
        #expect(results.map { $0["id"] as? String } == ["test-helpline", "test-fund"])
        #expect(results[1]["name"] as? String == "صندوق الاختبار")
        #expect(results[1]["kind"] as? String == "fund")
        #expect(results[1]["status"] as? String == "active")
        let post = try #require(ask(APIFixtures.post("/api/v1/search", #"{"q": "test fund", "lang": "ar", "limit": 1}"#)))
        #expect((APIFixtures.object(post)["results"] as? [Any])?.count == 1)
        #expect(ask(APIFixtures.get("/api/v1/search"))?.status == 400)
        #expect(APIFixtures.object(ask(APIFixtures.get("/api/v1/search", "q=+")))["code"] as? String == "missing_words")
        #expect(APIFixtures.object(ask(APIFixtures.get("/api/v1/search", "q=x&limit=0")))["field"] as? String == "limit")
        #expect(APIFixtures.object(ask(APIFixtures.post("/api/v1/search", #"{"q": 3}"#)))["code"] as? String == "wrong_type")
        #expect(APIFixtures.object(ask(APIFixtures.post("/api/v1/search", #"{}"#)))["code"] as? String == "missing_words")
        let long = String(repeating: "a", count: APIResponder.maximumWords + 1)
        #expect(APIFixtures.object(ask(APIFixtures.get("/api/v1/search", "q=" + long)))["code"] as? String == "too_long")
    }

    @Test func organisationIsWhatShowJSONPrints() throws {
        let response = try #require(ask(APIFixtures.get("/api/v1/organisations/test-fund", "lang=ar")))
        #expect(response.status == 200)
        let organisation = try #require(catalogue.directory.organisation("test-fund"))
        #expect(APIFixtures.text(response) == OrganisationJSON.text(organisation, language: .ar) + "\n")
        #expect(APIFixtures.object(response)["name"] as? String == "صندوق الاختبار")
        let escaped = try #require(ask(APIFixtures.get("/api/v1/organisations/test%2Dfund")))
        #expect(escaped.status == 200)
    }

    @Test func theOpenAPIDocumentIsTheRepositorysFile() throws {
        let response = try #require(ask(APIFixtures.get("/api/v1/openapi.json")))
        #expect(response.status == 200)
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/api/openapi.json")
        #expect(response.body == Array(try Data(contentsOf: file)))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: Any])
        for path in ["/api/v1/refer", "/api/v1/search", "/api/v1/organisations/{id}", "/hsds/", "/hsds/services", "/hsds/organizations/{id}"] {
            #expect(paths[path] != nil, "\(path)")
        }
    }

    @Test func acceptLanguagePicksTheBestOfSanadsFour() {
        #expect(APILanguage.accepted("de-DE, fr;q=0.8, ar;q=0.9") == .ar)
        #expect(APILanguage.accepted("es") == .es)
        #expect(APILanguage.accepted("de, *;q=0.1") == nil)
        #expect(APILanguage.accepted("fr;q=0, en;q=0.2") == .en)
        #expect(APILanguage.accepted(nil) == nil)
    }
}
