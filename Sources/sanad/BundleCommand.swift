import ArgumentParser
import Catalogue
import DirectoryModel
import Foundation

/// `sanad bundle --lang L --output FILE`: the pocket directory, one plain-text file per
/// language, to be signed by a maintainer (`ssh-keygen -Y sign -n sanad-bundle`) and shared
/// when the network is gone. Sanad never reads a private key: signing is ssh-keygen's job.
struct BundleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Write the whole directory as one plain-text file in one language (the pocket directory).",
        discussion: """
            Sign it with: ssh-keygen -Y sign -f KEY -n \(Catalogue.bundleNamespace) FILE   (writes FILE.sig)
            Check it with: sanad verify FILE --allowed-signers allowed_signers
            """
    )

    @Option(help: "The language: en, fr, es or ar; or \"all\" for one file per language (FILE must then contain {lang}).")
    var lang: String

    @Option(help: ArgumentHelp("Where to write it, e.g. sanad-ar.txt or bundles/sanad-{lang}.txt.", valueName: "FILE"))
    var output: String

    @OptionGroup var directory: DirectoryOption

    @Option(name: .customLong("date"), help: ArgumentHelp("The date the bundle states (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var date: String?

    func validate() throws {
        if lang == "all" {
            guard output.contains("{lang}") else { throw ValidationError("With --lang all, --output must contain {lang}.") }
        } else if UILanguage(rawValue: lang) == nil {
            throw ValidationError("--lang must be one of en, fr, es, ar, or all.")
        }
        if let date, CalendarDate(date) == nil { throw ValidationError("--date takes a date such as 2026-12-05.") }
    }

    func run() async throws {
        let loaded = try CommandSupport.loadDirectory(at: directory.path)
        let catalogue = Catalogue(directory: loaded, index: NoSearch())
        let languages = lang == "all" ? UILanguage.allCases : [UILanguage(rawValue: lang)!]
        for language in languages {
            let path = output.replacingOccurrences(of: "{lang}", with: language.rawValue)
            let data = Data(catalogue.pocketDirectory(language, date: date.flatMap(CalendarDate.init) ?? CalendarDate.today()).utf8)
            do { try data.write(to: URL(fileURLWithPath: path)) } catch {
                CommandSupport.printError("Cannot write \(path): \(error.localizedDescription)")
                throw ExitCode.failure
            }
            let gzip = Self.gzipSize(data).map { ", \(Self.kilobytes($0)) gzipped" } ?? ""
            CommandSupport.printError("\(path): \(language.rawValue), \(loaded.organisations.count) organisations, \(Self.kilobytes(data.count))\(gzip)")
        }
    }

    static func kilobytes(_ bytes: Int) -> String { String(format: "%.1f KB", Double(bytes) / 1000) }

    /// The size `gzip -9` makes of `data`, when gzip is installed: what a messenger transfer costs.
    static func gzipSize(_ data: Data) -> Int? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-9", "-c"]
        let input = Pipe(), out = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        DispatchQueue.global().async {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        let compressed = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? compressed.count : nil
    }
}
