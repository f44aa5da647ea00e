import Catalogue
import DirectoryModel

extension LineSession {
    /// Sent instead of a session when the client's address already has its maximum of
    /// connections, in the four UI languages since nothing is known of the user yet.
    public static let busyMessage = UILanguage.allCases.map { UIText.lineBusy($0) + newline }.joined()

    /// Sent in plaintext to a client that did not start TLS: how to connect instead.
    public static let plaintextMessage = [
        "This port speaks TLS. Connect with: openssl s_client -quiet -connect HOST:PORT",
        "or: telnet-ssl -z ssl HOST PORT, or: socat - OPENSSL:HOST:PORT",
    ].map { $0 + newline }.joined()

    /// Sent to every open session, in its language, when the server shuts down (a restart, a
    /// deploy), after whatever it was already sending; then the session closes.
    public static func shutdownMessage(_ language: UILanguage) -> String {
        newline + UIText.lineRestarting(language) + newline
    }
}
