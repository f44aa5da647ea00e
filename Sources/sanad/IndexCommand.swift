import ArgumentParser

/// `sanad index` (not yet built).
struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index", abstract: "Not yet built.")

    func run() async throws {
        throw ValidationError("sanad index is not built yet.")
    }
}
