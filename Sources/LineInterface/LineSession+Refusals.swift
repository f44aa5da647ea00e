import Catalogue
import DirectoryModel

extension LineSession {
    /// Sent instead of a session when the client's address already has its maximum of
    /// connections, in the four UI languages since nothing is known of the user yet.
    public static let busyMessage = UIText.lineBusy.everyLanguage().map { $0 + newline }.joined()

    /// Sent in plaintext to a client that did not start TLS: how to connect instead, in every
    /// UI language (the commands are the same in all of them).
    public static let plaintextMessage = UIText.linePlaintext.everyLanguage(plaintextCommands).map { $0 + newline }.joined()

    /// Three clients that speak TLS, as a user types them.
    static let plaintextCommands = "openssl s_client -quiet -connect HOST:PORT, telnet-ssl -z ssl HOST PORT, socat - OPENSSL:HOST:PORT"

    /// Sent to every open session, in its language, when the server shuts down (a restart, a
    /// deploy), after whatever it was already sending; then the session closes.
    public static func shutdownMessage(_ language: UILanguage) -> String {
        newline + UIText.lineRestarting(language) + newline
    }
}
