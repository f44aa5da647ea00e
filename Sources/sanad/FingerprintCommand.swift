import ArgumentParser

/// `sanad fingerprint` (not yet built).
struct FingerprintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fingerprint", abstract: "Not yet built.")

    func run() async throws {
        throw ValidationError("sanad fingerprint is not built yet.")
    }
}
