import ArgumentParser

/// `sanad show` (not yet built).
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Not yet built.")

    func run() async throws {
        throw ValidationError("sanad show is not built yet.")
    }
}
