import ArgumentParser
import Catalogue
import DirectoryIndex
import struct DirectoryModel.CalendarDate
import Foundation
import Logging
import SanadServer
import SanadTLS
import ServiceLifecycle

/// `sanad serve`: Gopher over TLS (and plaintext when allowed), the line interface and, when
/// asked, Gemini and the web (HTTPS, alone or on Gopher's port), until SIGINT or SIGTERM; SIGHUP and file changes reload the directory.
///
/// The edge of the program: the configuration file, the environment and the flags are parsed
/// here into one ``ServerConfiguration`` value that the server library takes.
///
/// Settings come from the configuration file (`--config` or `SANAD_CONFIG`), then `SANAD_…`
/// environment variables, then these flags, each overriding the one before (see
/// ``ServeSettings``; argument-parser and Yams rather than swift-configuration because both
/// are dependencies already and errors can name the file's line and column).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the directory as Gopher over TLS (gophers://), TLS told from plaintext by the first byte.",
        discussion: "Flags override SANAD_… environment variables, which override the configuration file (deploy/sanad.yaml documents every key)."
    )

    @Option(help: "A YAML configuration file (also SANAD_CONFIG).")
    var config: String?

    @Option(help: "The directory folder (default: directory).")
    var directory: String?

    @Option(help: "An address to listen on (repeatable; IPv4 or IPv6). Default 127.0.0.1.")
    var host: [String] = []

    @Option(help: "The Gopher port (TLS; plaintext too with --allow-plaintext), or off. 0 picks a free port. Default 7070.")
    var gopherPort: PortSetting?

    @Option(help: "The line interface's port (TLS; plaintext too with --allow-plaintext; 992 in production), or off. 0 picks a free port. Default 9992.")
    var linePort: PortSetting?

    @Option(help: "The Gemini port (TLS; off unless given; 1965 in production). 0 picks a free port.")
    var geminiPort: PortSetting?

    @Option(help: "The web front's port (HTTPS; plain HTTP too with --allow-plaintext; 443 in production), or off. 0 picks a free port.")
    var webPort: PortSetting?

    @Option(help: "A plain HTTP port that only redirects to HTTPS (80 in production), or off.")
    var redirectPort: PortSetting?

    @Flag(help: "Serve the web front on Gopher's ports too: ALPN http/1.1 or an HTTP request line gets the web, anything else Gopher.")
    var webOnGopherPort = false

    @Option(help: "Where \"Leave this site\" goes (default https://www.wikipedia.org/).")
    var leaveURL: String?

    @Option(help: "An extra TLS-only Gopher listener, ADDR:PORT or [IPV6]:PORT (repeatable).")
    var listen: [String] = []

    @Option(help: "Where state is kept (the generated certificate). Default .sanad.")
    var stateDir: String?

    @Option(help: "A PEM certificate chain (with --key). Without it a self-signed certificate is generated.")
    var cert: String?

    @Option(help: "The PEM private key of --cert.")
    var key: String?

    @Option(help: "The host name written in menus (behind NAT, or an onion address).")
    var publicHost: String?

    @Option(help: "The port written in menus.")
    var publicPort: Int?

    @Flag(help: "Serve plaintext too on every front's port (onion services, loopback).")
    var allowPlaintext = false

    @Flag(help: "Send TLS session tickets, for clients that resume (418 more bytes on every full handshake).")
    var sessionTickets = false

    @OptionGroup var width: WidthOption

    @Option(help: "The most connections open at once; more are closed at accept.")
    var maxConnections: Int?

    @Option(help: "The most connections open at once from one IP address (raise it behind a Tor onion service, where every client is 127.0.0.1).")
    var maxConnectionsPerAddress: Int?

    @Option(help: "How users report an error in the directory (shown on the about page).")
    var reportErrors: String?

    @Option(help: "trace, debug, info, notice, warning or error. Default info.")
    var logLevel: String?

    @Flag(inversion: .prefixedNo, help: "Reload the directory when its files change (SIGHUP always reloads). Default on.")
    var watch: Bool?

    /// The flags that were given, as settings.
    var flagSettings: ServeSettings {
        var values: [String: ServeSettings.Value] = [:]
        values["directory"] = directory.map(ServeSettings.Value.string)
        values["hosts"] = host.isEmpty ? nil : .strings(host)
        values["gopher.port"] = gopherPort?.value
        values["line.port"] = linePort?.value
        values["gemini.port"] = geminiPort?.value
        values["web.port"] = webPort?.value
        values["web.redirect_port"] = redirectPort?.value
        values["web.on_gopher_port"] = webOnGopherPort ? .bool(true) : nil
        values["web.leave_url"] = leaveURL.map(ServeSettings.Value.string)
        values["gopher.listen"] = listen.isEmpty ? nil : .strings(listen)
        values["state_dir"] = stateDir.map(ServeSettings.Value.string)
        values["tls.cert"] = cert.map(ServeSettings.Value.string)
        values["tls.key"] = key.map(ServeSettings.Value.string)
        values["public.host"] = publicHost.map(ServeSettings.Value.string)
        values["public.port"] = publicPort.map(ServeSettings.Value.int)
        values["allow_plaintext"] = allowPlaintext ? .bool(true) : nil
        values["tls.session_tickets"] = sessionTickets ? .bool(true) : nil
        values["limits.max_connections"] = maxConnections.map(ServeSettings.Value.int)
        values["limits.max_connections_per_address"] = maxConnectionsPerAddress.map(ServeSettings.Value.int)
        values["report_errors"] = reportErrors.map(ServeSettings.Value.string)
        values["logging.level"] = logLevel.map(ServeSettings.Value.string)
        values["reload.watch"] = watch.map(ServeSettings.Value.bool)
        return ServeSettings(values)
    }

    /// File, then environment, then flags; every problem printed, one sentence each.
    func options() throws -> ServeOptions {
        let environment = ProcessInfo.processInfo.environment
        do {
            var settings = ServeSettings()
            if let path = config ?? environment["SANAD_CONFIG"] {
                settings = try ServeSettings.file(at: path)
            }
            let fromEnvironment = try ServeSettings.environment(environment) { CommandSupport.printWarning($0) }
            settings = settings.overridden(by: fromEnvironment).overridden(by: flagSettings)
            var options = try settings.resolve()
            options.server.textWidth = width.width
            return options
        } catch {
            for problem in error.problems { CommandSupport.printError(problem) }
            throw ExitCode.failure
        }
    }

    func run() async throws {
        let options = try options()
        let configuration = options.server
        var logger = Logger(label: "sanad")
        logger.logLevel = options.logLevel
        // Thousands of idle connections each hold a descriptor; a 1,024 soft limit would refuse
        // them long before memory runs short.
        let files = FileDescriptorLimit.raise()
        logger.info("open-file limit \(files.before) → \(files.after)")

        let loaded = try CommandSupport.loadDirectory(at: options.directory)
        let index = try SearchIndex.build(loaded)
        let store = CatalogueStore(Catalogue(
            directory: loaded, index: index,
            site: SiteInfo(reportErrors: options.reportErrors, publicHost: configuration.publicHost ?? configuration.hosts.first),
            today: CalendarDate.today
        ))

        let credentials: TLSCredentials
        do {
            switch configuration.certificate {
            case .files(let certificate, let key):
                credentials = try TLSCredentials.load(certificatePath: certificate, keyPath: key)
            case .generated:
                let made = try SelfSignedCertificate.loadOrGenerate(stateDirectory: configuration.stateDirectory)
                credentials = made.credentials
                if made.generated { print("tls: generated a self-signed certificate in \(credentials.certificatePath)") }
            }
        } catch {
            CommandSupport.printError(error.description)
            throw ExitCode.failure
        }

        let limiter = ConnectionLimiter(limits: configuration.limits)
        let statistics = ServerStatistics(logRequests: options.logRequests)
        // One TLS context for every front, replaced when the certificate files change. The
        // server refuses to start if the session-ticket setting cannot be applied.
        let contexts: TLSContextProvider
        do {
            contexts = try TLSContextProvider(
                credentials: credentials, closeTimeout: configuration.limits.closeTimeout, sessionTickets: configuration.sessionTickets
            )
        } catch {
            CommandSupport.printError((error as? TLSCredentialsError)?.description ?? "TLS cannot be set up with this certificate and key.")
            throw ExitCode.failure
        }
        if options.logRequests {
            logger.warning("logging.log_requests is on: selectors and queries are logged. Never in production.")
        }
        // The web front's own context: session tickets on (browsers resume), ALPN http/1.1.
        let webContexts: TLSContextProvider
        do {
            webContexts = try TLSContextProvider(
                credentials: credentials, closeTimeout: configuration.limits.closeTimeout, sessionTickets: true, applicationProtocols: ["http/1.1"]
            )
        } catch {
            CommandSupport.printError((error as? TLSCredentialsError)?.description ?? "TLS cannot be set up with this certificate and key.")
            throw ExitCode.failure
        }
        let fronts = try await Fronts.bind(
            configuration: configuration, store: store, transport: TLSTransport(contexts: contexts),
            webTransport: TLSTransport(contexts: webContexts), limiter: limiter, statistics: statistics, logger: logger
        )
        fronts.startupLines(fingerprint: credentials.fingerprint).forEach { print($0) }
        // First in the group, so it is the last to stop: a reload in progress finishes.
        let reloader = DirectoryReloader(directory: options.directory, store: store, watch: options.watch, logger: logger)
        var services: [any Service] = [reloader, MemoryTrimmer(limiter: limiter)] + fronts.services
        if case .files(let certificate, let key) = configuration.certificate {
            services.append(CertificateWatcher(certificatePath: certificate, keyPath: key, provider: contexts, logger: logger))
            services.append(CertificateWatcher(certificatePath: certificate, keyPath: key, provider: webContexts, logger: logger))
        }
        if options.summaryIntervalSeconds > 0 {
            services.append(StatisticsReporter(
                statistics: statistics, limiter: limiter, reloader: reloader,
                interval: .seconds(options.summaryIntervalSeconds), logger: logger
            ))
        }
        // The listening lines are read by scripts and tests while the server runs.
        fflush(nil)
        try await ShutdownPolicy.serviceGroup(services, logger: logger).run()
    }
}

/// A port flag: a number, or `off` to disable the front.
struct PortSetting: ExpressibleByArgument {
    let value: ServeSettings.Value

    init?(argument: String) {
        guard let value = ServeSettings.portValue(argument) else { return nil }
        self.value = value
    }
}
