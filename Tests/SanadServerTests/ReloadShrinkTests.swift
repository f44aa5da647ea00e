import Catalogue
import Foundation
import Testing
@testable import SanadServer
import SanadTestSupport

/// A reload that would remove too many organisations, or every emergency channel, is refused
/// and logged like a lint error; the last good directory keeps serving until confirmed.
@Suite struct ReloadShrinkTests {
    @Test("The guard's arithmetic: more than the share, or every emergency line, is refused unless confirmed")
    func guardDecides() {
        let guarded = ReloadShrinkGuard()
        let size = { (o: Int, e: Int) in ReloadShrinkGuard.Size(organisations: o, emergencyLines: e) }
        #expect(guarded.problems(from: size(100, 5), to: size(80, 5), directory: "d").isEmpty)
        #expect(guarded.problems(from: size(100, 5), to: size(79, 5), directory: "d")
            == ["d: error: the reload would remove 21 of 100 organisations (21 %), more than the 20 % one reload may remove; to confirm, create confirm-shrink in the state directory and reload, or restart the service"])
        #expect(guarded.problems(from: size(100, 5), to: size(0, 0), directory: "d").count == 2)
        #expect(guarded.problems(from: size(100, 5), to: size(100, 0), directory: "d").count == 1)
        #expect(guarded.problems(from: size(10, 1), to: size(200, 3), directory: "d").isEmpty)
        #expect(ReloadShrinkGuard(confirmed: true).problems(from: size(100, 5), to: size(0, 0), directory: "d").isEmpty)
    }

    @Test("Deleting organisation files: the reload is refused, the previous directory keeps serving; confirmed, it goes through")
    func shrunkenDirectoryIsNotServed() throws {
        let directory = try ReloadUnderLoadTests.copyFixture()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = CatalogueStore(TestDirectory.catalogue())
        let first = DirectoryReloader(
            directory: directory, store: store, watch: false, trapSignal: false,
            shrinkGuard: ReloadUnderLoadTests.fixtureReplacesTestDirectory, logger: ReloadUnderLoadTests.quiet
        )
        guard case .replaced(2, _, _) = first.reload() else {
            Issue.record("the fixture directory did not load")
            return
        }
        let emergency = DirectoryReloader.emergencyChannels(store.current)
        try #require(emergency > 0, "the fixture has an emergency channel")
        let organisations = (directory as NSString).appendingPathComponent("organisations")

        // Half the organisations gone: refused with the default guard (20 %).
        try FileManager.default.removeItem(atPath: organisations + "/example-fund.yaml")
        let guarded = DirectoryReloader(directory: directory, store: store, watch: false, trapSignal: false, logger: ReloadUnderLoadTests.quiet)
        guard case .kept(let errors) = guarded.reload() else {
            Issue.record("a directory half its size was swapped in")
            return
        }
        #expect(errors == ["\(directory): error: the reload would remove 1 of 2 organisations (50 %), more than the 20 % one reload may remove; to confirm, create confirm-shrink in the state directory and reload, or restart the service"])
        #expect(store.current.directory.organisations.count == 2)
        #expect(DirectoryReloader.emergencyChannels(store.current) == emergency)
        #expect(guarded.statistics.failed == 1)

        // A looser share still refuses losing every emergency channel.
        try FileManager.default.copyItem(
            atPath: ReloadUnderLoadTests.fixture + "/organisations/example-fund.yaml", toPath: organisations + "/example-fund.yaml"
        )
        // Every emergency channel withdrawn (the organisations stay).
        let network = organisations + "/example-network.yaml"
        let text = try String(contentsOfFile: network, encoding: .utf8)
        try text.replacingOccurrences(of: "emergency: true", with: "emergency: false").write(toFile: network, atomically: true, encoding: .utf8)
        let loose = DirectoryReloader(
            directory: directory, store: store, watch: false, trapSignal: false,
            shrinkGuard: ReloadShrinkGuard(maximumRemovedShare: 0.9), logger: ReloadUnderLoadTests.quiet
        )
        guard case .kept(let emergencyErrors) = loose.reload() else {
            Issue.record("a directory without emergency channels was swapped in")
            return
        }
        #expect(emergencyErrors.count == 1 && emergencyErrors.first?.contains("every emergency channel") == true, "\(emergencyErrors)")
        #expect(DirectoryReloader.emergencyChannels(store.current) == emergency)

        // The operator confirms: served.
        let confirmed = DirectoryReloader(
            directory: directory, store: store, watch: false, trapSignal: false,
            shrinkGuard: ReloadShrinkGuard(confirmed: true), logger: ReloadUnderLoadTests.quiet
        )
        guard case .replaced(2, _, _) = confirmed.reload() else {
            Issue.record("a confirmed reload was refused")
            return
        }
        #expect(DirectoryReloader.emergencyChannels(store.current) == 0)
    }

    @Test("The confirmation file lets one refused shrink through, and is used up")
    func confirmationFileIsUsedOnce() throws {
        let directory = try ReloadUnderLoadTests.copyFixture()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let confirmation = NSTemporaryDirectory() + "sanad-confirm-shrink-" + UUID().uuidString
        let store = CatalogueStore(TestDirectory.catalogue())
        let reloader = { (guarded: ReloadShrinkGuard) in
            DirectoryReloader(
                directory: directory, store: store, watch: false, trapSignal: false, shrinkGuard: guarded,
                shrinkConfirmation: confirmation, logger: ReloadUnderLoadTests.quiet
            )
        }
        guard case .replaced(2, _, _) = reloader(ReloadUnderLoadTests.fixtureReplacesTestDirectory).reload() else {
            Issue.record("the fixture directory did not load")
            return
        }
        try FileManager.default.removeItem(atPath: directory + "/organisations/example-fund.yaml")
        guard case .kept = reloader(ReloadShrinkGuard()).reload() else {
            Issue.record("a shrink was served without confirmation")
            return
        }
        #expect(store.current.directory.organisations.count == 2)
        #expect(FileManager.default.createFile(atPath: confirmation, contents: Data()))
        guard case .replaced(1, _, _) = reloader(ReloadShrinkGuard()).reload() else {
            Issue.record("a confirmed shrink was refused")
            return
        }
        #expect(!FileManager.default.fileExists(atPath: confirmation))
    }
}
