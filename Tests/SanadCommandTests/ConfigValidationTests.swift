import Foundation
import Testing
@testable import sanad
import SanadServer

/// The configuration of `sanad serve`: file, environment and flags, and one sentence per error.
@Suite struct ConfigValidationTests {
    /// deploy/sanad.yaml, found from this file.
    static let deployExample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("deploy/sanad.yaml").path

    @Test func theDeployExampleIsValidAndEveryKeyArrives() throws {
        let options = try ServeSettings.file(at: Self.deployExample).resolve()
        #expect(options.directory == "/var/lib/sanad/directory")
        #expect(options.server.stateDirectory == "/var/lib/sanad/state")
        #expect(options.server.hosts == ["0.0.0.0", "::"])
        #expect(options.server.gopherPort == 70)
        #expect(options.server.extraListeners == [ListenAddress(host: "0.0.0.0", port: 443)])
        #expect(options.server.linePort == 992)
        #expect(options.server.geminiPort == 1965)
        #expect(options.server.publicHost == "sanad.example.org")
        #expect(options.server.publicPort == 70)
        #expect(options.server.certificate == .files(certificate: "/etc/sanad/tls/fullchain.pem", key: "/etc/sanad/tls/privkey.pem"))
        #expect(options.server.allowPlaintext == false)
        #expect(options.reportErrors?.hasPrefix("Write to corrections@example.org") == true)
        #expect(options.server.limits.maximumConnections == 4096)
        #expect(options.server.limits.maximumConnectionsPerAddress == 32)
        #expect(options.server.limits.requestTimeout == .seconds(10))
        #expect(options.server.limits.handshakeTimeout == .seconds(10))
        #expect(options.server.lineLimits.idleTimeout == .seconds(600))
        #expect(options.server.lineLimits.sessionLength == .seconds(3600))
        #expect(options.logLevel == .info)
        #expect(options.summaryIntervalSeconds == 300)
        #expect(options.logRequests == false)
        #expect(options.watch == true)
        #expect(options.server.limits.maximumRefusals == 64)
        #expect(options.server.limits.refusalTimeout == .seconds(1))
        #expect(options.server.limits.firstByteTimeout == .seconds(6))
        #expect(options.server.limits.maximumQueuedOutput == 65536)
        #expect(options.server.limits.stalledWriteTimeout == .seconds(30))
        #expect(options.server.memoryTrimAfterClosedConnections == 64)
        #expect(options.server.shrinkGuard.maximumRemovedShare == 0.2)
        #expect(options.staleAfterDays == 30)
        #expect(options.bundles == nil)
        #expect(options.allowedSigners == "/etc/sanad/allowed_signers")
        #expect(options.server.webOnGopherPort == true)
        #expect(options.server.webPort == nil)
        #expect(options.server.webRedirectPort == nil)
        #expect(options.server.webSite.leaveURL == "https://www.wikipedia.org/")
        #expect(options.server.webSite.hstsMaxAge == nil)
        #expect(options.server.webLimits.keepAliveIdleTimeout == .seconds(30))
        #expect(options.server.webLimits.maximumRequestsPerConnection == 100)
    }

    @Test func everyLimitSinceTheHostileLoadWorkHasAKey() throws {
        let yaml = """
            limits:
              max_refusals: 8
              refusal_timeout_seconds: 2
              first_byte_timeout_seconds: 3
              max_queued_output_bytes: 8192
              stalled_write_timeout_seconds: 12
            memory:
              trim_after_closed_connections: 0
            reload:
              max_removed_percent: 50
            release:
              stale_after_days: 90
              bundles: /srv/bundles
              allowed_signers: /srv/allowed_signers
            """
        let options = try ServeSettings.parse(yaml: yaml, file: "sanad.yaml").resolve()
        #expect(options.server.limits.maximumRefusals == 8)
        #expect(options.server.limits.refusalTimeout == .seconds(2))
        #expect(options.server.limits.firstByteTimeout == .seconds(3))
        #expect(options.server.limits.maximumQueuedOutput == 8192)
        #expect(options.server.limits.stalledWriteTimeout == .seconds(12))
        #expect(options.server.memoryTrimAfterClosedConnections == 0)
        #expect(options.server.shrinkGuard.maximumRemovedShare == 0.5)
        #expect(options.staleAfterDays == 90)
        #expect(options.bundles == "/srv/bundles")
        #expect(options.allowedSigners == "/srv/allowed_signers")
        let environment = try ServeSettings.environment(["SANAD_RELEASE_STALE_AFTER_DAYS": "7", "SANAD_LIMITS_MAX_REFUSALS": "0"])
        #expect(try environment.resolve().staleAfterDays == 7)
        #expect(try environment.resolve().server.limits.maximumRefusals == 0)
    }

    @Test func newLimitsOutOfRangeAreNamed() {
        let settings = ServeSettings([
            "limits.max_queued_output_bytes": .int(100), "reload.max_removed_percent": .int(120),
            "release.stale_after_days": .int(0), "limits.first_byte_timeout_seconds": .int(30),
        ])
        #expect(Self.problems { try settings.resolve() } == [
            "`limits.max_queued_output_bytes` must be a number of bytes from 4096 to 16777216, not 100.",
            "`limits.first_byte_timeout_seconds` must not be longer than `limits.handshake_timeout_seconds`.",
            "`reload.max_removed_percent` must be a percentage from 0 to 100, not 120.",
            "`release.stale_after_days` must be a number of days from 1 to 3650, not 0.",
        ])
    }

    @Test func webSettingsAreChecked() throws {
        let environment = try ServeSettings.environment(["SANAD_WEB_PORT": "8443", "SANAD_WEB_HSTS_MAX_AGE": "600"])
        let options = try environment.resolve()
        #expect(options.server.webPort == 8443)
        #expect(options.server.webSite.hstsMaxAge == 600)
        let bad = ServeSettings(["web.leave_url": .string("javascript:x"), "web.onion_host": .string("example.org")])
        #expect(Self.problems { try bad.resolve() } == [
            "`web.leave_url` must be an http:// or https:// address, not javascript:x.",
            "`web.onion_host` must be a host name ending in .onion, not example.org.",
        ])
    }

    @Test func defaultsWithNothingGiven() throws {
        let options = try ServeSettings().resolve()
        #expect(options.directory == "directory")
        #expect(options.server.hosts == ["127.0.0.1"])
        #expect(options.server.gopherPort == 7070)
        #expect(options.server.linePort == LineFront.defaultPort)
        #expect(options.server.geminiPort == nil)
        #expect(options.server.certificate == .generated)
        #expect(options.server.sessionTickets == false)
        #expect(options.logRequests == false)
        #expect(options.staleAfterDays == 30)
        #expect(options.allowedSigners == nil)
        #expect(options.server.limits == ServerLimits())
    }

    @Test func sessionTicketsAreTurnedOnByFileOrEnvironment() throws {
        let file = try ServeSettings.parse(yaml: "tls:\n  session_tickets: true\n", file: "sanad.yaml")
        #expect(try file.resolve().server.sessionTickets == true)
        let environment = try ServeSettings.environment(["SANAD_TLS_SESSION_TICKETS": "yes"])
        #expect(try environment.resolve().server.sessionTickets == true)
        #expect(try file.overridden(by: ServeSettings(["tls.session_tickets": .bool(false)])).resolve().server.sessionTickets == false)
    }

    @Test func flagsOverrideEnvironmentWhichOverridesTheFile() throws {
        let file = try ServeSettings.parse(yaml: "gopher:\n  port: 70\nline:\n  port: 992\ndirectory: /from/file\n", file: "sanad.yaml")
        let environment = try ServeSettings.environment([
            "SANAD_GOPHER_PORT": "7000", "SANAD_LINE_PORT": "9000", "SANAD_HOSTS": "127.0.0.1, ::1", "HOME": "/root",
            "SANAD_CONFIG": "/etc/sanad/sanad.yaml",
        ])
        let flags = ServeSettings(["gopher.port": .int(0)])
        let options = try file.overridden(by: environment).overridden(by: flags).resolve()
        #expect(options.server.gopherPort == 0)
        #expect(options.server.linePort == 9000)
        #expect(options.server.hosts == ["127.0.0.1", "::1"])
        #expect(options.directory == "/from/file")
    }

    @Test func unknownKeysAreNamedWithTheirPlaceAndASuggestion() {
        let yaml = "directory: d\ngopher:\n  prot: 70\nlogging:\n  summary_interval: 10\nfoo: bar\n"
        #expect(Self.problems { try ServeSettings.parse(yaml: yaml, file: "sanad.yaml") } == [
            "sanad.yaml:3:3: `gopher.prot` is not a configuration key (did you mean `gopher.port`?).",
            "sanad.yaml:5:3: `logging.summary_interval` is not a configuration key (did you mean `logging.summary_interval_seconds`?).",
            "sanad.yaml:6:1: `foo` is not a configuration key.",
        ])
    }

    @Test func valuesOfTheWrongKindAreNamed() {
        let yaml = "gopher:\n  port: seventy\nallow_plaintext: maybe\nhosts: {a: b}\nlimits: 5\n"
        #expect(Self.problems { try ServeSettings.parse(yaml: yaml, file: "c.yaml") } == [
            "c.yaml:2:9: `gopher.port` must be a port from 0 to 65535, or off.",
            "c.yaml:3:18: `allow_plaintext` must be true or false.",
            "c.yaml:4:8: `hosts` must be a list of texts.",
            "c.yaml:5:9: `limits` must be a section of keys, as in deploy/sanad.yaml.",
        ])
    }

    @Test func outOfRangeAndInconsistentValuesAreEachOneSentence() {
        let settings = ServeSettings([
            "gopher.port": .int(70_000), "public.port": .int(0), "tls.cert": .string("/etc/cert.pem"),
            "logging.level": .string("loud"), "limits.max_connections": .int(0), "gopher.listen": .strings(["nowhere"]),
            "limits.selector_timeout_seconds": .int(0), "report_errors": .string("  "),
        ])
        let problems = Self.problems { try settings.resolve() }
        #expect(Set(problems) == [
            "`gopher.listen` takes ADDR:PORT or [IPV6]:PORT, not nowhere.",
            "`tls.cert` and `tls.key` go together: give both or neither.",
            "`limits.max_connections` must be from 1 to 1000000, not 0.",
            "`limits.selector_timeout_seconds` must be a number of seconds from 1 to 604800, not 0.",
            "`logging.level` must be one of trace, debug, info, notice, warning, error, not loud.",
            "`gopher.port` must be a port from 0 to 65535, not 70000.",
            "`public.port` must be a port from 1 to 65535, not 0.",
            "`report_errors` must not be empty.",
        ])
    }

    @Test func environmentErrorsNameTheVariable() {
        #expect(Self.problems { try ServeSettings.environment(["SANAD_GOPHER_PORT": "x"]) } == [
            "SANAD_GOPHER_PORT must be a port from 0 to 65535, or off.",
        ])
    }

    /// Other programs set their own `SANAD_…` variables: they must not stop the server. A
    /// misspelt setting is only a warning, naming the setting it resembles.
    @Test func unrelatedVariablesAreIgnoredAndTyposWarned() throws {
        var warnings: [String] = []
        let settings = try ServeSettings.environment(
            ["SANAD_HOME": "/opt/sanad", "SANAD_BUILD_ID": "42", "SANAD_GOPHER_PROT": "70", "SANAD_LINE_PORT": "9000"]
        ) { warnings.append($0) }
        #expect(settings.values == ["line.port": .int(9000)])
        #expect(warnings == ["The environment variable SANAD_GOPHER_PROT is not a setting (did you mean SANAD_GOPHER_PORT?); it is ignored."])
        #expect(try settings.resolve().server.linePort == 9000)
    }

    /// A nil port disables any front, Gopher included; all off is an error.
    @Test func everyFrontCanBeTurnedOff() throws {
        let file = try ServeSettings.parse(yaml: "gopher:\n  port: off\nline:\n  port: off\ngemini:\n  port: 1965\n", file: "sanad.yaml")
        let options = try file.resolve()
        #expect(options.server.gopherPort == nil)
        #expect(options.server.linePort == nil)
        #expect(options.server.geminiPort == 1965)
        let environment = try ServeSettings.environment(["SANAD_GEMINI_PORT": "off"])
        #expect(Self.problems { try file.overridden(by: environment).resolve() } == [
            "Every front is off: set at least one of `gopher.port`, `gopher.listen`, `line.port`, `gemini.port` and `web.port`.",
        ])
    }

    @Test func anUnreadableOrMalformedFileIsOneSentence() {
        #expect(Self.problems { try ServeSettings.file(at: "/nonexistent/sanad.yaml") } == ["The configuration file /nonexistent/sanad.yaml cannot be read."])
        #expect(Self.problems { try ServeSettings.parse(yaml: "- a\n- b\n", file: "list.yaml") } == ["list.yaml must be a mapping of keys to values, as in deploy/sanad.yaml."])
        let broken = Self.problems { try ServeSettings.parse(yaml: "gopher: [\n", file: "broken.yaml") }
        #expect(broken.count == 1 && broken[0].hasPrefix("broken.yaml is not valid YAML"))
    }

    /// The problems `body` throws; empty when it does not throw.
    static func problems<T>(_ body: () throws -> T) -> [String] {
        do {
            _ = try body()
            return []
        } catch let error as ServeSettingsError {
            return error.problems
        } catch {
            return ["unexpected \(error)"]
        }
    }
}
