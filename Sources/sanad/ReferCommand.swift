import ArgumentParser

/// `sanad refer` (not yet built).
struct ReferCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "refer", abstract: "Not yet built.")

    func run() async throws {
        throw ValidationError("sanad refer is not built yet.")
    }
}
