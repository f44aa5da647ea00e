import ArgumentParser

/// `sanad check` (not yet built).
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Not yet built.")

    func run() async throws {
        throw ValidationError("sanad check is not built yet.")
    }
}
