import Logging
import NIOCore
import SanadServer
import Web

extension ServeSettings {
    /// The Gopher port when none is given (loopback development; 70 in production).
    static let defaultGopherPort = 7070

    /// The options these settings give, defaults filled in, or every problem found (one
    /// sentence each, naming the key).
    public func resolve() throws(ServeSettingsError) -> ServeOptions {
        var problems: [String] = []
        func string(_ key: String) -> String? {
            if case .string(let text)? = values[key] { return text }
            return nil
        }
        func strings(_ key: String) -> [String]? {
            if case .strings(let texts)? = values[key] { return texts }
            return nil
        }
        func bool(_ key: String) -> Bool? {
            if case .bool(let flag)? = values[key] { return flag }
            return nil
        }
        func int(_ key: String, in range: ClosedRange<Int>, _ what: String) -> Int? {
            guard case .int(let number)? = values[key] else { return nil }
            guard range.contains(number) else {
                problems.append("`\(key)` must be \(what), not \(number).")
                return nil
            }
            return number
        }
        /// A front's port: the default when absent, nil when `off`.
        func port(_ key: String, default fallback: Int?) -> Int? {
            switch values[key] {
            case .string("off")?: return nil
            case .int?: return int(key, in: 0...65535, "a port from 0 to 65535")
            default: return fallback
            }
        }
        func seconds(_ key: String) -> TimeAmount? {
            int(key, in: 1...86_400 * 7, "a number of seconds from 1 to 604800").map { .seconds(Int64($0)) }
        }
        func text(_ key: String) -> String? {
            guard let value = string(key) else { return nil }
            if value.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append("`\(key)` must not be empty.")
                return nil
            }
            return value
        }

        let hosts = strings("hosts") ?? ["127.0.0.1"]
        if hosts.isEmpty || hosts.contains(where: { $0.isEmpty }) { problems.append("`hosts` must list at least one address, none empty.") }
        var listeners: [ListenAddress] = []
        for entry in strings("gopher.listen") ?? [] {
            if let address = ListenAddress(entry) { listeners.append(address) } else {
                problems.append("`gopher.listen` takes ADDR:PORT or [IPV6]:PORT, not \(entry).")
            }
        }
        let certificate = text("tls.cert")
        let key = text("tls.key")
        if (certificate == nil) != (key == nil) { problems.append("`tls.cert` and `tls.key` go together: give both or neither.") }

        var limits = ServerLimits()
        limits.maximumConnections = int("limits.max_connections", in: 1...1_000_000, "from 1 to 1000000") ?? limits.maximumConnections
        limits.maximumConnectionsPerAddress = int("limits.max_connections_per_address", in: 1...1_000_000, "from 1 to 1000000")
            ?? limits.maximumConnectionsPerAddress
        limits.requestTimeout = seconds("limits.selector_timeout_seconds") ?? limits.requestTimeout
        limits.handshakeTimeout = seconds("limits.handshake_timeout_seconds") ?? limits.handshakeTimeout
        var lineLimits = LineFrontLimits()
        lineLimits.idleTimeout = seconds("limits.line_idle_timeout_seconds") ?? lineLimits.idleTimeout
        lineLimits.sessionLength = seconds("limits.line_session_seconds") ?? lineLimits.sessionLength
        // The warning comes a minute before the idle timeout, or not at all for short ones.
        if lineLimits.idleTimeout <= lineLimits.idleWarningBefore { lineLimits.idleWarningBefore = .zero }

        let levelText = text("logging.level") ?? "info"
        let level = Logger.Level(rawValue: levelText)
        if level == nil { problems.append("`logging.level` must be one of trace, debug, info, notice, warning, error, not \(levelText).") }

        var server = ServerConfiguration(
            hosts: hosts,
            gopherPort: port("gopher.port", default: ServeSettings.defaultGopherPort),
            extraListeners: listeners,
            linePort: port("line.port", default: LineFront.defaultPort),
            geminiPort: port("gemini.port", default: nil),
            publicHost: text("public.host"),
            publicPort: int("public.port", in: 1...65535, "a port from 1 to 65535"),
            stateDirectory: text("state_dir") ?? ".sanad",
            allowPlaintext: bool("allow_plaintext") ?? false,
            sessionTickets: bool("tls.session_tickets") ?? false,
            limits: limits,
            lineLimits: lineLimits
        )
        if let certificate, let key { server.certificate = .files(certificate: certificate, key: key) }
        server.webPort = port("web.port", default: nil)
        server.webRedirectPort = port("web.redirect_port", default: nil)
        server.webOnGopherPort = bool("web.on_gopher_port") ?? false
        if server.webOnGopherPort, server.gopherPort == nil, server.extraListeners.isEmpty {
            problems.append("`web.on_gopher_port` needs Gopher's port: set `gopher.port` or `gopher.listen`.")
        }
        var webSite = WebSiteOptions()
        if let leave = text("web.leave_url") {
            if leave.hasPrefix("https://") || leave.hasPrefix("http://") { webSite.leaveURL = leave } else {
                problems.append("`web.leave_url` must be an http:// or https:// address, not \(leave).")
            }
        }
        webSite.hstsMaxAge = int("web.hsts_max_age", in: 0...63_072_000, "a number of seconds from 0 to 63072000")
        webSite.onionHost = text("web.onion_host")
        if let onion = webSite.onionHost, !onion.hasSuffix(".onion") || onion.contains("/") {
            problems.append("`web.onion_host` must be a host name ending in .onion, not \(onion).")
        }
        server.webSite = webSite
        var webLimits = WebFrontLimits()
        webLimits.headerTimeout = seconds("web.header_timeout_seconds") ?? webLimits.headerTimeout
        webLimits.keepAliveIdleTimeout = seconds("web.keep_alive_seconds") ?? webLimits.keepAliveIdleTimeout
        webLimits.maximumRequestsPerConnection = int("web.max_requests_per_connection", in: 1...100_000, "from 1 to 100000")
            ?? webLimits.maximumRequestsPerConnection
        server.webLimits = webLimits
        let options = ServeOptions(
            directory: text("directory") ?? "directory",
            server: server,
            reportErrors: text("report_errors"),
            logLevel: level ?? .info,
            summaryIntervalSeconds: int("logging.summary_interval_seconds", in: 0...86_400, "a number of seconds from 0 (off) to 86400") ?? 300,
            logRequests: bool("logging.log_requests") ?? false,
            watch: bool("reload.watch") ?? true
        )
        if server.gopherPort == nil, server.extraListeners.isEmpty, server.linePort == nil, server.geminiPort == nil, server.webPort == nil {
            problems.append("Every front is off: set at least one of `gopher.port`, `gopher.listen`, `line.port`, `gemini.port` and `web.port`.")
        }
        guard problems.isEmpty else { throw ServeSettingsError(problems) }
        return options
    }
}
