import Logging
import NIOCore

/// Everything `sanad serve` runs with, after defaults and validation: built by
/// ``ServeSettings/resolve()``.
public struct ServeOptions: Sendable {
    /// The directory folder served and reloaded.
    public var directory: String
    /// Listeners, certificate, limits.
    public var server: ServerConfiguration
    /// The Gemini port, or nil when Gemini is off.
    public var geminiPort: Int?
    /// The line interface's clocks.
    public var lineLimits: LineFrontLimits
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
}
