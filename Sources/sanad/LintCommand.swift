import ArgumentParser

/// `sanad lint` (not yet built).
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Not yet built.")

    func run() async throws {
        throw ValidationError("sanad lint is not built yet.")
    }
}
