import Catalogue
import DirectoryModel
import Foundation
import SanadTestSupport
import Testing
import Web
import WebAPI
#if canImport(Glibc)
import Glibc
#endif

/// What no API answer may carry, and what the API may never write.
@Suite(.serialized) struct APIPrivacyTests {
    let catalogue = APIFixtures.catalogue()

    /// Every answer of the API for the fixture, in every language.
    func everyAnswer() -> [WebResponse] {
        let api = APIResponder()
        var requests: [WebRequest] = []
        for lang in UILanguage.allCases.map(\.rawValue) {
            requests += [
                APIFixtures.get("/api/v1/organisations/test-helpline", "lang=" + lang),
                APIFixtures.get("/api/v1/search", "q=help&lang=" + lang),
                APIFixtures.post("/api/v1/refer", #"{"needs": ["emergency_response"], "lang": "\#(lang)"}"#),
                APIFixtures.post("/api/v1/refer", #"{"country": "TN", "urgency": "immediate", "lang": "\#(lang)"}"#),
            ]
        }
        return requests.compactMap { api.respond(to: $0, catalogue: catalogue, generation: 1) }
    }

    @Test func noHistoricalOrUnconfirmedContactAppears() {
        let answers = everyAnswer()
        #expect(answers.count == 16)
        #expect(answers.allSatisfy { $0.status == 200 })
        for answer in answers {
            let text = APIFixtures.text(answer)
            for value in APIFixtures.withheld { #expect(!text.contains(value), "\(value)") }
        }
        // The current contacts are there: the test would notice an answer without contacts.
        let organisation = APIFixtures.text(answers[0])
        #expect(organisation.contains("+1 202 555 0100"))
        #expect(organisation.contains("help@helpline.example"))
    }

    /// The responder writes nothing to standard output or error (the only places a library could
    /// log to without a logger, which the API module does not have).
    @Test func theResponderWritesNothing() throws {
        var pipe: [Int32] = [0, 0]
        #expect(Glibc.pipe(&pipe) == 0)
        fflush(nil)
        let savedOut = dup(1), savedErr = dup(2)
        dup2(pipe[1], 1)
        dup2(pipe[1], 2)
        let marker = "SECRET-PROFILE-MARKER"
        let api = APIResponder()
        _ = everyAnswer()
        _ = api.respond(to: APIFixtures.post("/api/v1/refer", #"{"who": ["\#(marker)"]}"#), catalogue: catalogue, generation: 1)
        _ = api.respond(to: APIFixtures.get("/api/v1/search", "q=" + marker), catalogue: catalogue, generation: 1)
        _ = api.respond(to: APIFixtures.post("/api/v1/refer", "{" + marker), catalogue: catalogue, generation: 1)
        fflush(nil)
        dup2(savedOut, 1)
        dup2(savedErr, 2)
        close(pipe[1])
        let flags = fcntl(pipe[0], F_GETFL)
        _ = fcntl(pipe[0], F_SETFL, flags | O_NONBLOCK)
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(pipe[0], &buffer, buffer.count)
        close(pipe[0])
        #expect(count <= 0, "the responder wrote: \(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self))")
    }
}
