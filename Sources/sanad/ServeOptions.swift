import Logging
import SanadServer

/// Everything `sanad serve` runs with, after defaults and validation: built by
/// ``ServeSettings/resolve()``.
public struct ServeOptions: Sendable {
    /// The directory folder served and reloaded.
    public var directory: String
    /// Fronts, listeners, certificate, limits: the value the server library takes.
    public var server: ServerConfiguration
    /// How users report an error in the directory (shown on the about page).
    public var reportErrors: String?
    /// The lowest level logged.
    public var logLevel: Logger.Level
    /// Seconds between two summary lines; 0 turns the summary off.
    public var summaryIntervalSeconds: Int
    /// Debugging only: log selectors and queries.
    public var logRequests: Bool
    /// Reload when the directory's files change.
    public var watch: Bool
    /// After how many days without a newer signed release every About page says the data may
    /// be stale (`release.stale_after_days`).
    public var staleAfterDays: Int = ServeOptions.defaultStaleAfterDays
    /// Where the release's signed pocket directories are (`release.bundles`); nil: `bundles/`
    /// inside the directory folder, else beside it.
    public var bundles: String?
    /// The maintainers' keys the signed pocket directories are verified with
    /// (`release.allowed_signers`); nil: none are offered.
    public var allowedSigners: String?

    public static let defaultStaleAfterDays = 30
}
