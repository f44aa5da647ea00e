import Foundation
import Logging
import NIOConcurrencyHelpers
import Testing
@testable import SanadServer
import SanadTestSupport

/// Reload without downtime: a client loop keeps requesting over real TLS while the directory
/// changes under the server, to a new name, to a broken state and back. No request may fail,
/// and the content must switch each time a good directory appears.
@Suite struct ReloadUnderLoadTests {
    /// The small, valid fixture directory of the DirectoryFiles tests, found from this file.
    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DirectoryFilesTests/Fixtures/good").path

    /// A fresh copy of the fixture in a temporary folder.
    static func copyFixture() throws -> String {
        let copy = NSTemporaryDirectory() + "sanad-reload-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: fixture, toPath: copy)
        return copy
    }

    /// The reloads' error lines are expected here; keep them out of the test output.
    static let quiet: Logger = {
        var logger = Logger(label: "test.reload")
        logger.logLevel = .critical
        return logger
    }()

    /// The first reload replaces the test catalogue (three organisations) by the fixture (two),
    /// another directory altogether: confirmed, as an operator would by restarting.
    static let fixtureReplacesTestDirectory = ReloadShrinkGuard(confirmed: true)

    static let organisationFile = "organisations/example-network.yaml"
    static let organisationSelector = "/en/org/example-network"

    /// What the clients saw while the directory changed.
    struct Tally {
        var requests = 0
        var failures: [String] = []
        var stop = false
    }

    @Test func reloadUnderLoadNeverFailsARequestAndSwitchesContent() async throws {
        let directory = try Self.copyFixture()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let server = try await TestServer.start()
        let reloader = DirectoryReloader(
            directory: directory, store: server.store, watch: true, pollInterval: .milliseconds(100), trapSignal: false,
            shrinkGuard: Self.fixtureReplacesTestDirectory, logger: Self.quiet
        )
        guard case .replaced = reloader.reload() else {
            Issue.record("the fixture directory did not load")
            await server.stop()
            return
        }
        let reloading = Task { try await reloader.run() }

        let tally = NIOLockedValueBox(Tally())
        let port = server.port
        // Two clients, each request after the previous one: steady load without starving the
        // other suites' timing-sensitive tests that run in parallel.
        let clients = (0..<2).map { number in
            Task {
                var round = 0
                while !tally.withLockedValue({ $0.stop }) {
                    round += 1
                    let selector = (round + number) % 2 == 0 ? "/" : Self.organisationSelector
                    var failure: String?
                    do {
                        let text = try await TestClient.request(selector, port: port).text
                        if text.hasPrefix("3") || !text.hasSuffix("\r\n.\r\n") {
                            failure = "\(selector): \(text.prefix(120))"
                        } else if selector == "/", case .failure(let error) = MenuSyntax.parseMenu(text) {
                            failure = "root menu: \(error)"
                        }
                    } catch {
                        failure = "\(selector): \(error)"
                    }
                    tally.withLockedValue {
                        $0.requests += 1
                        if let failure { $0.failures.append(failure) }
                    }
                    try? await Task.sleep(for: .milliseconds(40))
                }
            }
        }

        let file = (directory as NSString).appendingPathComponent(Self.organisationFile)
        let original = try String(contentsOfFile: file, encoding: .utf8)
        #expect(try await Self.eventually(port: port) { $0.contains("Example Network") && !$0.contains("Renamed") })

        // 1. A good change: the new name is served.
        try original.replacingOccurrences(of: "en: Example Network", with: "en: Example Network Renamed")
            .write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try await Self.eventually(port: port) { $0.contains("Example Network Renamed") })
        let succeededBeforeBreak = reloader.statistics.succeeded
        #expect(try await Self.moreRequests(tally))

        // 2. A broken change: the reload fails, the renamed directory keeps serving.
        try (original + "\nservices: [unclosed\n").write(toFile: file, atomically: true, encoding: .utf8)
        let failedAfterBreak = try await Self.waitFor { reloader.statistics.failed >= 1 }
        #expect(failedAfterBreak)
        #expect(reloader.statistics.succeeded == succeededBeforeBreak)
        #expect(try await TestClient.request(Self.organisationSelector, port: port).text.contains("Example Network Renamed"))
        #expect(try await Self.moreRequests(tally))

        // 3. Back to the original: it is served again.
        try original.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try await Self.eventually(port: port) { !$0.contains("Renamed") && $0.contains("Example Network") })

        #expect(try await Self.moreRequests(tally))
        tally.withLockedValue { $0.stop = true }
        for client in clients { await client.value }
        let result = tally.withLockedValue { $0 }
        #expect(result.failures.isEmpty, "\(result.failures.prefix(5))")
        #expect(reloader.statistics.succeeded >= 3)

        reloading.cancel()
        _ = await reloading.result
        await server.stop()
    }

    @Test func requestedReloadOfABrokenDirectoryKeepsTheCatalogue() async throws {
        let directory = try Self.copyFixture()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = CatalogueStore(TestDirectory.catalogue())
        let reloader = DirectoryReloader(
            directory: directory, store: store, watch: false, trapSignal: false, shrinkGuard: Self.fixtureReplacesTestDirectory, logger: Self.quiet
        )
        guard case .replaced(let organisations, let generation, _) = reloader.reload() else {
            Issue.record("the fixture directory did not load")
            return
        }
        #expect(organisations == 2)
        #expect(generation == 1)
        let file = (directory as NSString).appendingPathComponent(Self.organisationFile)
        try "id: example-network\nname: [unclosed\n".write(toFile: file, atomically: true, encoding: .utf8)
        guard case .kept(let errors) = reloader.reload() else {
            Issue.record("a broken directory was swapped in")
            return
        }
        // Every error names its place as file:line:column.
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.range(of: #"^[^:]+:\d+:\d+: error: "#, options: .regularExpression) != nil }, "\(errors)")
        #expect(store.currentWithGeneration.generation == 1)
        #expect(store.current.directory.organisations.count == 2)
        #expect(reloader.statistics.failed == 1)
        #expect(reloader.statistics.succeeded == 1)
    }

    @Test func requestReloadRunsInTheBackground() async throws {
        let directory = try Self.copyFixture()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = CatalogueStore(TestDirectory.catalogue())
        let reloader = DirectoryReloader(
            directory: directory, store: store, watch: false, trapSignal: false, shrinkGuard: Self.fixtureReplacesTestDirectory, logger: Self.quiet
        )
        let running = Task { try await reloader.run() }
        reloader.requestReload()
        #expect(try await Self.waitFor { reloader.statistics.succeeded == 1 })
        #expect(store.current.directory.organisations.map(\.id).sorted() == ["example-fund", "example-network"])
        running.cancel()
        _ = await running.result
    }

    /// Requests the organisation page until `condition` holds (at most 20 s).
    static func eventually(port: Int, _ condition: @escaping (String) -> Bool) async throws -> Bool {
        for _ in 0..<200 {
            if condition(try await TestClient.request(organisationSelector, port: port).text) { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    /// Waits until the clients have made a few more requests (load in every phase).
    static func moreRequests(_ tally: NIOLockedValueBox<Tally>) async throws -> Bool {
        let mark = tally.withLockedValue { $0.requests }
        return try await waitFor { tally.withLockedValue { $0.requests } >= mark + 4 }
    }

    /// Waits until `condition` holds (at most 20 s).
    static func waitFor(_ condition: () -> Bool) async throws -> Bool {
        for _ in 0..<200 {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }
}
