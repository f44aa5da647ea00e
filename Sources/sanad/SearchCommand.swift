import ArgumentParser

/// `sanad search` (not yet built).
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Not yet built.")

    func run() async throws {
        throw ValidationError("sanad search is not built yet.")
    }
}
