/// The settings of `sanad serve` as given, before defaults and validation: what the
/// configuration file, the `SANAD_…` environment variables and the command-line flags said,
/// each as a map from the file's dotted key (`limits.max_connections`) to a value.
///
/// Sources are merged with ``overridden(by:)`` (flags over environment over file), then
/// ``resolve()`` applies the defaults and checks every value, reporting each problem as one
/// sentence naming its key.
///
/// Why argument-parser and Yams rather than swift-configuration: both are already
/// dependencies (argument-parser for every subcommand, Yams for the directory files), the
/// file's schema is small and fixed, and errors can carry the file's line and column the way
/// the directory's lint does; swift-configuration would add a dependency for the same result.
public struct ServeSettings: Sendable, Hashable {
    /// One setting's value, as parsed.
    public enum Value: Sendable, Hashable {
        case string(String)
        case int(Int)
        case bool(Bool)
        case strings([String])
    }

    /// The kind of value a key takes.
    enum Kind: Sendable {
        case string, int, bool, strings
        /// A port number, or `off` to disable the front (stored as the text `off`).
        case port

        var sentence: String {
            switch self {
            case .string: return "a text"
            case .int: return "a whole number"
            case .bool: return "true or false"
            case .strings: return "a list of texts"
            case .port: return "a port from 0 to 65535, or off"
            }
        }
    }

    /// Every key of the configuration file, with its kind. Environment variables are
    /// `SANAD_` and the key in capitals with `.` as `_` (`SANAD_LIMITS_MAX_CONNECTIONS`).
    static let keys: [(name: String, kind: Kind)] = [
        ("directory", .string), ("state_dir", .string), ("hosts", .strings),
        ("gopher.port", .port), ("gopher.listen", .strings), ("line.port", .port), ("gemini.port", .port),
        ("public.host", .string), ("public.port", .int), ("tls.cert", .string), ("tls.key", .string), ("tls.session_tickets", .bool),
        ("allow_plaintext", .bool), ("report_errors", .string),
        ("limits.max_connections", .int), ("limits.max_connections_per_address", .int),
        ("limits.selector_timeout_seconds", .int), ("limits.handshake_timeout_seconds", .int),
        ("limits.line_idle_timeout_seconds", .int), ("limits.line_session_seconds", .int),
        ("logging.level", .string), ("logging.summary_interval_seconds", .int), ("logging.log_requests", .bool),
        ("reload.watch", .bool),
        ("web.port", .port), ("web.redirect_port", .port), ("web.on_gopher_port", .bool), ("web.leave_url", .string),
        ("web.hsts_max_age", .int), ("web.onion_host", .string), ("web.header_timeout_seconds", .int),
        ("web.keep_alive_seconds", .int), ("web.max_requests_per_connection", .int),
    ]

    static let kinds: [String: Kind] = Dictionary(uniqueKeysWithValues: keys.map { ($0.name, $0.kind) })

    /// Dotted key → value.
    public var values: [String: Value]

    public init(_ values: [String: Value] = [:]) {
        self.values = values
    }

    /// These settings with every value of `other` put over them.
    public func overridden(by other: ServeSettings) -> ServeSettings {
        ServeSettings(values.merging(other.values) { _, new in new })
    }

    /// The environment variable for `key`: `SANAD_GOPHER_PORT` for `gopher.port`.
    public static func environmentName(_ key: String) -> String {
        "SANAD_" + key.uppercased().replacingOccurrences(of: ".", with: "_")
    }
}

/// Why the settings could not be used: one sentence each, naming the key (and, from the
/// file, its line and column).
public struct ServeSettingsError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [String]

    public init(_ problems: [String]) {
        self.problems = problems
    }

    public var description: String { problems.joined(separator: "\n") }
}
