import ArgumentParser
import Foundation
import SanadServer

/// `sanad check HOST:PORT`: a real gophers:// request for a monitor. Exit 0 when the answer is
/// a well-formed menu, 1 when the server answered wrongly, 2 when it could not be reached over
/// TLS (or its public key does not match `--pin`). One sentence either way.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a Sanad server with a real gophers:// request (exit 0 ok, 1 wrong answer, 2 unreachable or TLS failure).",
        discussion: "Without --pin or --insecure the certificate is verified against the system's roots. With --pin the public key must match (self-signed certificates pass); --insecure checks liveness only."
    )

    @Argument(help: "HOST:PORT, [IPV6]:PORT, or HOST (port 70).")
    var target: String

    @Option(help: "The selector to request (default: the root menu).")
    var selector = ""

    @Option(help: "The server's public-key pin, sha256//… (as `sanad fingerprint` prints it).")
    var pin: String?

    @Flag(help: "Do not verify the certificate (liveness only, for local checks).")
    var insecure = false

    @Option(help: "Seconds allowed for the connection and the whole answer.")
    var timeout = 10

    func validate() throws {
        guard Self.parse(target) != nil else { throw ValidationError("The target must be HOST:PORT, [IPV6]:PORT or HOST, not \(target).") }
        if let pin, !pin.hasPrefix("sha256//") { throw ValidationError("--pin takes sha256//… as `sanad fingerprint` prints it.") }
        guard (1...3600).contains(timeout) else { throw ValidationError("--timeout must be from 1 to 3600 seconds.") }
        guard !selector.contains("\r"), !selector.contains("\n") else { throw ValidationError("--selector must be one line.") }
    }

    static func parse(_ text: String) -> ListenAddress? {
        if let address = ListenAddress(text), address.port > 0 { return address }
        if !text.isEmpty, !text.contains("]"), text.filter({ $0 == ":" }).count != 1 { return ListenAddress(host: text, port: 70) }
        return nil
    }

    func run() async throws {
        guard let address = Self.parse(target) else { throw ExitCode(2) }
        let check = HealthCheck(host: address.host, port: address.port, selector: selector, pin: pin, insecure: insecure, timeout: .seconds(timeout))
        let outcome = await check.run()
        if case .ok = outcome {
            print(outcome.message)
        } else {
            CommandSupport.printError(outcome.message)
        }
        if outcome.exitStatus != 0 { throw ExitCode(outcome.exitStatus) }
    }
}
