import Catalogue
import DirectoryModel
import DirectoryFiles
import DirectoryIndex
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOPosix
import ServiceLifecycle
import UnixSignals

/// Reloads the directory without downtime: on SIGHUP, on ``requestReload()``, and (when
/// watching) whenever the files under the directory change, debounced.
///
/// A reload loads and lints the directory aside (on NIO's blocking thread pool, never on an
/// event loop), builds the search index and the catalogue, and only if the directory has no
/// errors swaps it into the ``CatalogueStore`` atomically. Requests in flight finish on the
/// catalogue they started with; the response cache empties because the store's generation
/// moves. A broken directory keeps the old catalogue serving: every error is logged as
/// `file:line:column`, then one summary line.
///
/// Reloads run one at a time, in the order asked. Run it as a ServiceLifecycle service beside
/// the fronts.
public final class DirectoryReloader: ServiceLifecycle.Service, Sendable {
    /// The directory folder reloaded.
    public let directory: String
    private let store: CatalogueStore
    private let watch: Bool
    private let pollInterval: Duration
    private let trapsSignal: Bool
    private let shrinkGuard: ReloadShrinkGuard
    private let shrinkConfirmation: String?
    private let bundles: BundleShelf?
    private let logger: Logger
    private let triggers: AsyncStream<Trigger>
    private let continuation: AsyncStream<Trigger>.Continuation
    private let state: NIOLockedValueBox<State>

    /// What asked for a reload; named in the log line.
    enum Trigger: String, Sendable {
        case signal = "SIGHUP"
        case request = "request"
        case change = "file change"
    }

    private struct State {
        var statistics = Statistics()
        /// The files as they were when the last load began: the poller compares against this.
        var loadedSnapshot: DirectorySnapshot?
    }

    /// Counts since start, for the periodic summary and tests.
    public struct Statistics: Sendable, Hashable {
        /// Reloads that swapped a new catalogue in.
        public var succeeded = 0
        /// Reloads that kept the old catalogue (the directory had errors).
        public var failed = 0
        /// How long the last reload took, load to swap.
        public var lastDuration: Duration = .zero
    }

    /// The result of one reload.
    public enum Outcome: Sendable, Hashable {
        /// The new catalogue is serving.
        case replaced(organisations: Int, generation: Int, duration: Duration)
        /// The directory had errors (each one logged); the old catalogue keeps serving.
        case kept(errors: [String])
    }

    /// - Parameters:
    ///   - watch: poll the files every `pollInterval` and reload once a change has been stable
    ///     for one interval (so a `git merge` writing many files causes one reload).
    ///   - trapSignal: reload on SIGHUP. Tests turn it off: a signal reaches the whole process.
    ///   - shrinkGuard: how much smaller a reloaded directory may be than the serving one.
    ///   - shrinkConfirmation: a file whose presence confirms one shrink the guard refuses: the
    ///     next reload goes ahead and removes it (``ReloadShrinkGuard/confirmationFileName`` in
    ///     the state directory for `sanad serve`). Nil: only a restart confirms.
    ///   - bundles: the signed pocket directories, read and verified again with every reload and
    ///     offered only when the reload is swapped in; the About page says whether they are.
    public init(
        directory: String, store: CatalogueStore, watch: Bool = true, pollInterval: Duration = .seconds(2),
        trapSignal: Bool = true, shrinkGuard: ReloadShrinkGuard = ReloadShrinkGuard(), shrinkConfirmation: String? = nil,
        bundles: BundleShelf? = nil, logger: Logger = Logger(label: "sanad.reload")
    ) {
        self.bundles = bundles
        self.shrinkGuard = shrinkGuard
        self.shrinkConfirmation = shrinkConfirmation
        self.directory = directory
        self.store = store
        self.watch = watch
        self.pollInterval = pollInterval
        self.trapsSignal = trapSignal
        self.logger = logger
        (triggers, continuation) = AsyncStream.makeStream(of: Trigger.self, bufferingPolicy: .bufferingNewest(1))
        state = NIOLockedValueBox(State())
    }

    /// Counts since start.
    public var statistics: Statistics { state.withLockedValue { $0.statistics } }

    /// Asks for a reload, as SIGHUP does; it runs in the background (see ``statistics``).
    public func requestReload() {
        continuation.yield(.request)
    }

    /// Loads, lints and swaps in the directory now, on the calling thread (it blocks: seconds for
    /// a large directory). Safe to call concurrently with serving.
    @discardableResult
    public func reload(trigger: String = "request") -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        let snapshot = DirectorySnapshot.take(directory)
        state.withLockedValue { $0.loadedSnapshot = snapshot }
        let load = DirectoryLoader.load(directory: directory)
        let errors = load.problems.filter { $0.severity == .error }
        guard errors.isEmpty, let loaded = load.directory else {
            return kept(errors.map(\.description), trigger: trigger)
        }
        let index: SearchIndex
        do {
            index = try SearchIndex.build(loaded)
        } catch {
            logger.error("reload (\(trigger)): the search index could not be built (\(error)); still serving the previous directory")
            state.withLockedValue { $0.statistics.failed += 1 }
            return .kept(errors: ["\(error)"])
        }
        let previous = store.current
        let signed = bundles?.read()
        var site = previous.site
        if let signed { site.signedPocket = !signed.bundles.isEmpty }
        let catalogue = Catalogue(directory: loaded, index: index, site: site, today: previous.today)
        let shrink = shrinkGuard.problems(from: Self.size(previous), to: Self.size(catalogue), directory: directory)
        if !shrink.isEmpty {
            // The operator's one-time confirmation: used up by this reload, so the next shrink
            // is refused again.
            guard let confirmation = shrinkConfirmation, FileManager.default.fileExists(atPath: confirmation) else {
                return kept(shrink, trigger: trigger)
            }
            // A confirmation that cannot be used up would confirm every later shrink: refuse.
            do { try FileManager.default.removeItem(atPath: confirmation) } catch {
                return kept(shrink + ["\(confirmation): error: cannot be removed, so it cannot confirm this shrink once"], trigger: trigger)
            }
            logger.notice("reload (\(trigger)): shrink confirmed by \(confirmation) (removed): \(shrink.joined(separator: "; "))")
        }
        if let signed { bundles?.offer(signed, logger: logger) }
        store.replace(with: catalogue)
        let generation = store.currentWithGeneration.generation
        let duration = clock.now - start
        state.withLockedValue {
            $0.statistics.succeeded += 1
            $0.statistics.lastDuration = duration
        }
        let version = loaded.version?.commit.map { " at commit \($0.prefix(12))" } ?? ""
        logger.info("reload (\(trigger)): serving \(loaded.organisations.count) organisations\(version) (generation \(generation), \(Self.milliseconds(duration)) ms)")
        return .replaced(organisations: loaded.organisations.count, generation: generation, duration: duration)
    }

    /// Logs each error like lint, then the summary, and keeps the serving catalogue.
    private func kept(_ lines: [String], trigger: String) -> Outcome {
        for line in lines { logger.error("\(line)") }
        let count = max(lines.count, 1)
        logger.error("reload (\(trigger)): \(directory) has \(count) error\(count == 1 ? "" : "s"); still serving the previous directory")
        state.withLockedValue { $0.statistics.failed += 1 }
        return .kept(errors: lines.isEmpty ? ["\(directory) could not be loaded."] : lines)
    }

    /// What the shrink guard compares: organisations, and every current emergency channel of
    /// an active organisation, wherever it can be called from (a national line counts too).
    static func size(_ catalogue: Catalogue) -> ReloadShrinkGuard.Size {
        ReloadShrinkGuard.Size(organisations: catalogue.directory.organisations.count, emergencyLines: emergencyChannels(catalogue))
    }

    /// The count ``size(_:)`` uses for emergency channels: the Catalogue's own list per
    /// organisation, wherever a channel can be called from.
    static func emergencyChannels(_ catalogue: Catalogue) -> Int {
        catalogue.directory.organisations.reduce(0) { $0 + Catalogue.emergencyContacts(of: $1).count }
    }

    /// Waits for triggers and reloads, one at a time, until graceful shutdown or cancellation.
    public func run() async throws {
        if state.withLockedValue({ $0.loadedSnapshot == nil }) {
            let snapshot = DirectorySnapshot.take(directory)
            state.withLockedValue { $0.loadedSnapshot = snapshot }
        }
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                if watch { group.addTask { await self.poll() } }
                if trapsSignal {
                    let continuation = self.continuation
                    group.addTask {
                        // ServiceLifecycle's UnixSignals: SIGHUP as an async sequence.
                        for await _ in await UnixSignalsSequence(trapping: .sighup) { continuation.yield(.signal) }
                    }
                }
                for await trigger in triggers {
                    do {
                        // The thread pool, not the cooperative pool: loading blocks for seconds.
                        _ = try await NIOThreadPool.singleton.runIfActive { self.reload(trigger: trigger.rawValue) }
                    } catch {
                        logger.error("reload (\(trigger.rawValue)): could not run (\(type(of: error)))")
                    }
                }
                group.cancelAll()
            }
        } onGracefulShutdown: {
            self.continuation.finish()
        }
    }

    /// Notices changes: a snapshot that differs from the one last loaded, and that has not
    /// changed since the previous poll, triggers one reload.
    private func poll() async {
        var previous: DirectorySnapshot?
        while !Task.isCancelled {
            do { try await Task.sleep(for: pollInterval) } catch { return }
            let current = DirectorySnapshot.take(directory)
            let loaded = state.withLockedValue { $0.loadedSnapshot }
            if current != loaded, current == previous {
                // Mark it seen now, so one change does not trigger again while it loads.
                state.withLockedValue { $0.loadedSnapshot = current }
                continuation.yield(.change)
            }
            previous = current
        }
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
