import ArgumentParser
import Catalogue
import DirectoryFiles
import DirectoryIndex
import DirectoryModel
import Foundation
import HSDSAPI
import Web

/// `sanad-bench hsds-api`: the HSDS API's latency on a synthetic directory (10,000
/// organisations by default), measured on the responder itself (the code the web front runs;
/// the transport is measured by sanad-load): the first request (it computes the export and
/// caches it), then list pages (`/hsds/organizations`, `/hsds/services`, with and without
/// `full`) and details (`/hsds/organizations/{id}`, `/hsds/services/{id}`) at random, p50/p99.
struct HSDSAPIBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hsds-api",
        abstract: "Time the HSDS API's list and detail answers on a synthetic directory, p50 and p99."
    )

    @OptionGroup var source: SyntheticOptions

    @Option(help: "Requests per kind of answer.")
    var requests = 2_000

    func validate() throws {
        guard requests > 0 else { throw ValidationError("--requests must be positive.") }
    }

    func run() throws {
        let scratch = try ScratchFolder(prefix: "hsds-")
        defer { scratch.finish() }
        let synthetic = try SyntheticDirectory.write(count: source.organisations, into: scratch.path, copyingFrom: source.directory)
        let load = DirectoryLoader.load(directory: synthetic.path)
        guard let loaded = load.directory else { throw ExitCode.failure }
        let catalogue = Catalogue(directory: loaded, index: IndexSearch(index: try SearchIndex.build(loaded)))
        let responder = HSDSResponder(publicURL: "https://sanad.example")
        func ask(_ path: String, _ query: String?) -> WebResponse? {
            responder.respond(to: WebRequest(method: "GET", path: path, query: query), catalogue: catalogue, generation: 1)
        }
        print("sanad-bench hsds-api: \(source.organisations) synthetic organisations, \(requests) requests per kind, one thread")
        let (first, firstTime) = measure { ask("/hsds/organizations", nil) }
        print("  first request (computes and caches the export, en): \(Latency.milliseconds(firstTime)), status \(first?.status ?? 0)")
        let organizationIDs = ids(ask("/hsds/organizations", "format=ndjson"))
        let serviceIDs = ids(ask("/hsds/services", "format=ndjson"))
        print("  \(organizationIDs.count) organizations, \(serviceIDs.count) services")
        var generator = SystemRandomNumberGenerator()
        let kinds: [(String, () -> (String, String?))] = [
            ("list /hsds/organizations (50 per page)", { ("/hsds/organizations", "page=\(Int.random(in: 1...max(1, organizationIDs.count / 50), using: &generator))") }),
            ("list /hsds/services (50 per page)", { ("/hsds/services", "page=\(Int.random(in: 1...max(1, serviceIDs.count / 50), using: &generator))") }),
            ("list /hsds/services?full=true", { ("/hsds/services", "full=true&page=\(Int.random(in: 1...max(1, serviceIDs.count / 50), using: &generator))") }),
            ("list /hsds/services?search=journalist", { ("/hsds/services", "search=journalist&page=1") }),
            ("detail /hsds/organizations/{id}", { ("/hsds/organizations/" + organizationIDs.randomElement(using: &generator)!, nil) }),
            ("detail /hsds/services/{id}", { ("/hsds/services/" + serviceIDs.randomElement(using: &generator)!, nil) }),
        ]
        for (label, make) in kinds {
            var latency = Latency()
            var bytes = 0
            for _ in 0..<requests {
                let (path, query) = make()
                let (response, time) = measure { ask(path, query) }
                guard response?.status == 200 else { print("  \(label): status \(response?.status ?? 0)"); throw ExitCode.failure }
                bytes += response?.body.count ?? 0
                latency.record(time)
            }
            print("  \(label): \(latency.summary), \(bytes / requests) bytes per answer")
        }
        print("  exports computed: \(responder.exportCount) (once per generation and language)")
    }

    /// The ids in an NDJSON answer.
    private func ids(_ response: WebResponse?) -> [String] {
        guard let body = response?.body else { return [] }
        return body.split(separator: 0x0A).compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])?["id"] as? String
        }
    }
}

/// The index answering the catalogue's searches, as the server's composition root does.
private struct IndexSearch: SearchProvider {
    let index: SearchIndex
    func searchIDs(_ query: String, limit: Int) throws -> [String] { try index.search(query, limit: limit).map(\.id) }
}
