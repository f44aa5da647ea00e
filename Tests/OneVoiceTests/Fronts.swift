import Catalogue
import DirectoryFiles
import DirectoryModel
import Foundation
import Gemini
import Gopher
import LineInterface
import NIOCore
import Web

/// The real directory and the three fronts over one catalogue, with each front's output as the
/// words a person reads (wire syntax removed, white space folded), so they can be compared.
enum Fronts {
    static let directoryPath: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("directory").path

    static let directory: Directory? = DirectoryLoader.load(directory: directoryPath).directory

    /// A fixed date, so freshness never depends on the day the tests run.
    static let asOf = CalendarDate(year: 2026, month: 12, day: 1)

    static func catalogue(_ directory: Directory) -> Catalogue {
        Catalogue(directory: directory, index: NoSearch(), today: { asOf })
    }

    static let gopher = GopherResponder(renderer: GopherRenderer(host: "localhost", port: 7070), leavingPage: HTMLRenderer.leavingPage(to:))

    /// A Gopher response as its lines, without the terminator.
    static func gopherLines(_ selector: String, query: String? = nil, _ catalogue: Catalogue) -> [String] {
        let buffer = gopher.respond(to: GopherRequest(selector: selector, query: query), catalogue: catalogue)
        let text = String(decoding: buffer.readableBytesView, as: UTF8.self)
        return text.components(separatedBy: "\r\n").filter { !$0.isEmpty && $0 != "." }
    }

    /// Gopher menu lines as (type, display, selector).
    static func items(_ lines: [String]) -> [(type: Character, display: String, selector: String)] {
        lines.map { line in
            let fields = line.dropFirst().components(separatedBy: "\t")
            return (line.first!, fields[0], fields.count > 1 ? fields[1] : "")
        }
    }

    /// What a person reads on each front, white space folded.
    static func gopherWords(_ page: Page) -> String {
        let buffer = gopher.renderer.render(page)
        let lines = String(decoding: buffer.readableBytesView, as: UTF8.self).components(separatedBy: "\r\n")
        return fold(lines.map { $0.dropFirst().components(separatedBy: "\t")[0] })
    }

    static func geminiWords(_ page: Page) -> String {
        fold(GeminiRenderer().render(page).components(separatedBy: "\n").map { line in
            // A link line reads as its label.
            guard line.hasPrefix("=> ") else { return line }
            return line.dropFirst(3).split(separator: " ", maxSplits: 1).dropFirst().joined()
        })
    }

    static func lineWords(_ page: Page) -> String {
        fold(PageRenderer().render(page))
    }

    static func cliWords(_ page: Page) -> String {
        fold(page.plainTextLines())
    }

    /// Lines joined, every run of white space one space.
    static func fold(_ lines: [String]) -> String {
        lines.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Pages rendered without searching.
struct NoSearch: SearchProvider {
    func searchIDs(_ query: String, limit: Int) throws -> [String] { [] }
}
