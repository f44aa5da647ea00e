import ArgumentParser

/// `sanad serve` (not yet built).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Not yet built.")

    func run() async throws {
        throw ValidationError("sanad serve is not built yet.")
    }
}
