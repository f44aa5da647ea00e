import Foundation

/// Runs the tools the trust tests drive (ssh-keygen, git) in scratch folders.
enum Shell {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `arguments` (found on PATH) in `directory`, with `input` on standard input.
    @discardableResult
    static func run(_ arguments: [String], in directory: String? = nil, input: Data? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_CONFIG_GLOBAL"] = "/dev/null"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        try inp.fileHandleForWriting.write(contentsOf: input ?? Data())
        try inp.fileHandleForWriting.close()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs and requires exit status 0.
    @discardableResult
    static func ok(_ arguments: [String], in directory: String? = nil, input: Data? = nil, environment: [String: String] = [:]) throws -> String {
        let r = try run(arguments, in: directory, input: input, environment: environment)
        guard r.status == 0 else { throw Failure(message: "\(arguments.joined(separator: " ")) exited \(r.status): \(r.stderr)") }
        return r.stdout
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// A fresh scratch folder.
    static func scratch(_ name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sanad-trust-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// A new Ed25519 key pair made by ssh-keygen: (private key path, public key line).
    static func sshKey(in folder: String, name: String) throws -> (path: String, publicKey: String) {
        let path = folder + "/" + name
        try ok(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path])
        let pub = try String(contentsOfFile: path + ".pub", encoding: .utf8).split(separator: " ").prefix(2).joined(separator: " ")
        return (path, pub)
    }

    /// The repository's `directory/` folder (the real directory, which lint keeps clean).
    static var realDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("directory").path
    }
}
