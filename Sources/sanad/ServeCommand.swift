import ArgumentParser
import Catalogue
import Foundation
import DirectoryIndex
import Logging
import SanadServer
import ServiceLifecycle

/// `sanad serve`: Gopher over TLS (and plaintext when allowed) until SIGINT or SIGTERM.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the directory as Gopher over TLS (gophers://), TLS told from plaintext by the first byte."
    )

    @Option(help: "The directory folder.")
    var directory = "directory"

    @Option(help: "An address to listen on (repeatable; IPv4 or IPv6). Default 127.0.0.1.")
    var host: [String] = []

    @Option(help: "The Gopher port (TLS; plaintext too with --allow-plaintext). 0 picks a free port.")
    var gopherPort = 7070

    @Option(help: "The line interface's TLS port (992 in production). 0 picks a free port.")
    var linePort = LineFront.defaultPort

    @Option(help: "The Gemini port (TLS; off unless given; 1965 in production). 0 picks a free port.")
    var geminiPort: Int?

    @Option(help: "An extra TLS-only Gopher listener, ADDR:PORT or [IPV6]:PORT (repeatable).")
    var listen: [String] = []

    @Option(help: "Where state is kept (the generated certificate).")
    var stateDir = ".sanad"

    @Option(help: "A PEM certificate chain (with --key). Without it a self-signed certificate is generated.")
    var cert: String?

    @Option(help: "The PEM private key of --cert.")
    var key: String?

    @Option(help: "The host name written in menus (behind NAT, or an onion address).")
    var publicHost: String?

    @Option(help: "The port written in menus.")
    var publicPort: Int?

    @Flag(help: "Serve plaintext Gopher too (onion services, loopback).")
    var allowPlaintext = false

    @Option(help: "Wrap text at this many columns.")
    var width = TextWrapper.defaultWidth

    @Option(help: "The most connections open at once; more are closed at accept.")
    var maxConnections = ServerLimits.defaultMaximumConnections

    @Option(help: "The most connections open at once from one IP address (raise it behind a Tor onion service, where every client is 127.0.0.1).")
    var maxConnectionsPerAddress = ServerLimits.defaultMaximumConnectionsPerAddress

    @Flag(inversion: .prefixedNo, help: "Reload the directory when its files change (SIGHUP always reloads).")
    var watch = true

    func validate() throws {
        guard (cert == nil) == (key == nil) else { throw ValidationError("--cert and --key go together.") }
        guard (0...65535).contains(gopherPort) else { throw ValidationError("--gopher-port must be between 0 and 65535.") }
        guard (0...65535).contains(linePort) else { throw ValidationError("--line-port must be between 0 and 65535.") }
        if let geminiPort, !(0...65535).contains(geminiPort) { throw ValidationError("--gemini-port must be between 0 and 65535.") }
        if let publicPort, !(1...65535).contains(publicPort) { throw ValidationError("--public-port must be between 1 and 65535.") }
        for entry in listen where ListenAddress(entry) == nil {
            throw ValidationError("--listen takes ADDR:PORT or [IPV6]:PORT, not \(entry).")
        }
        guard (TextWrapper.minimumWidth...TextWrapper.maximumWidth).contains(width) else {
            throw ValidationError("--width must be between \(TextWrapper.minimumWidth) and \(TextWrapper.maximumWidth).")
        }
        guard maxConnections >= 1, maxConnectionsPerAddress >= 1 else {
            throw ValidationError("--max-connections and --max-connections-per-address must be at least 1.")
        }
    }

    func run() async throws {
        var configuration = ServerConfiguration(
            hosts: host.isEmpty ? ["127.0.0.1"] : host, gopherPort: gopherPort,
            extraListeners: listen.compactMap(ListenAddress.init), linePort: linePort, publicHost: publicHost, publicPort: publicPort,
            stateDirectory: stateDir, allowPlaintext: allowPlaintext,
            limits: ServerLimits(maximumConnections: maxConnections, maximumConnectionsPerAddress: maxConnectionsPerAddress),
            textWidth: width
        )
        if let cert, let key { configuration.certificate = .files(certificate: cert, key: key) }

        let loaded = try CommandSupport.loadDirectory(at: directory)
        let index = try SearchIndex.build(loaded)
        let store = CatalogueStore(Catalogue(
            directory: loaded, index: index,
            site: SiteInfo(publicHost: configuration.publicHost ?? configuration.hosts.first)
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

        let logger = Logger(label: "sanad")
        let limiter = ConnectionLimiter(limits: configuration.limits)
        let server = try await GopherServer.bind(
            configuration: configuration, store: store, credentials: credentials, limiter: limiter, logger: logger
        )
        for listener in server.listeners {
            let transport = listener.servesPlaintext ? "TLS and plaintext" : "TLS"
            print("gopher: listening on \(listener.hostAndPort) (\(transport), SHA-256 \(credentials.fingerprint))")
        }
        // First in the group, so it is the last to stop: a reload in progress finishes.
        let reloader = DirectoryReloader(directory: directory, store: store, watch: watch, logger: logger)
        var services: [any Service] = [reloader, server]
        let line = try await LineFront.bind(
            configuration: configuration, store: store, credentials: credentials, limiter: limiter, logger: logger
        )
        line.startupLines(fingerprint: credentials.fingerprint).forEach { print($0) }
        services.append(line)
        if let geminiPort {
            let gemini = try await GeminiFront.bind(
                configuration: configuration, port: geminiPort, store: store, credentials: credentials, limiter: limiter, logger: logger
            )
            gemini.startupLines(fingerprint: credentials.fingerprint).forEach { print($0) }
            services.append(gemini)
        }
        // The listening lines are read by scripts and tests while the server runs.
        fflush(nil)
        try await ShutdownPolicy.serviceGroup(services, logger: logger).run()
    }
}
