import Catalogue
import DirectoryFiles
import DirectoryModel
import Foundation
import Testing

/// The pocket directory and the freeze notice on the about page.
@Suite struct PocketAndReleaseTests {
    struct NoSearch: SearchProvider {
        func searchIDs(_ query: String, limit: Int) throws -> [String] { [] }
    }

    func catalogue(release: DirectoryRelease?, today: CalendarDate) throws -> Catalogue {
        var directory = try #require(DirectoryLoader.load(directory: Shell.realDirectory).directory)
        directory.release = release
        return Catalogue(directory: directory, index: NoSearch(), today: { today })
    }

    @Test func theReleaseFileIsReadAndStaleDataIsSaid() throws {
        #expect(ReleaseFile.parse("serial: 12\ndate: 2026-10-01\ncommit: abc\n") == DirectoryRelease(serial: 12, date: CalendarDate("2026-10-01")!))
        #expect(ReleaseFile.parse("serial: x\ndate: 2026-10-01\n") == nil)
        let release = DirectoryRelease(serial: 12, date: CalendarDate("2026-10-01")!)
        #expect(!release.isStale(today: CalendarDate("2026-10-31")!, afterDays: 30))
        #expect(release.isStale(today: CalendarDate("2026-11-01")!, afterDays: 30))
        for language in UILanguage.allCases {
            let fresh = try catalogue(release: release, today: CalendarDate("2026-10-20")!).page(.about, language: language)
            let stale = try catalogue(release: release, today: CalendarDate("2026-12-05")!).page(.about, language: language)
            // Arabic pages isolate their numbers (issue 21).
            let iso = { (text: String) in language.isRightToLeft ? BidiIsolation.isolate(text) : text }
            let staleText = iso(TrustText.stale(language, date: release.date, days: 30))
            #expect(fresh.blocks.contains(.field(label: iso(TrustText.release(language)), value: iso("12 · 2026-10-01"), note: nil)))
            #expect(!fresh.blocks.contains(.text(staleText)))
            #expect(stale.blocks.contains(.text(staleText)))
        }
    }

    @Test func theLoaderReadsTheReleaseFileOnEveryLoad() throws {
        let folder = try Shell.scratch("release")
        try FileManager.default.removeItem(atPath: folder)
        try FileManager.default.copyItem(atPath: Shell.realDirectory, toPath: folder)
        #expect(DirectoryLoader.load(directory: folder).directory?.release == nil)
        try "serial: 3\ndate: 2026-12-01\n".write(toFile: folder + "/.sanad-release", atomically: true, encoding: .utf8)
        #expect(DirectoryLoader.load(directory: folder).directory?.release == DirectoryRelease(serial: 3, date: CalendarDate("2026-12-01")!))
    }

    @Test func thePocketDirectoryHasEveryCurrentContactAfterTheEmergencyBlock() throws {
        let catalogue = try catalogue(release: nil, today: CalendarDate("2026-12-05")!)
        for language in UILanguage.allCases {
            let isolated = catalogue.pocketDirectory(language, date: CalendarDate("2026-12-05")!)
            #expect(isolated == catalogue.pocketDirectory(language, date: CalendarDate("2026-12-05")!))
            // The Arabic bundle isolates its numbers and Latin names (issue 21): read without them.
            let text = BidiIsolation.strip(isolated)
            #expect(text.contains("· 2026-12-05"))
            let emergency = try #require(text.range(of: UIText.emergencyTitle(language)))
            let contents = try #require(text.range(of: TrustText.pocketContents(language)))
            #expect(emergency.lowerBound < contents.lowerBound)
            #expect(text.contains("-n sanad-bundle"))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let sources = Dictionary(lines.compactMap { line -> (String, String)? in
                guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return nil }
                return (String(line[...close]), String(line[line.index(close, offsetBy: 2)...]))
            }, uniquingKeysWith: { first, _ in first })
            #expect(Set(sources.values).count == sources.count, "each source is listed once")
            // Each value line with the note under it.
            var notes: [String: [String]] = [:]
            for index in lines.indices.dropLast() where lines[index].hasPrefix("  ") {
                notes[String(lines[index].dropFirst(2)), default: []].append(lines[index + 1])
            }
            let numbers = Dictionary(sources.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            // Values shown anyway: current contacts, and websites (a field of their own).
            let shown = Set(catalogue.directory.organisations.flatMap(\.allContacts).filter(\.isCurrent).map(\.value))
                .union(catalogue.directory.organisations.compactMap(\.website))
            for org in catalogue.directory.organisations {
                for contact in org.allContacts where contact.isCurrent {
                    // The value alone on its line, and on the next its source's number, which the
                    // list at the end resolves to the contact's own source; and its date.
                    let number = try #require(numbers[contact.source], "\(org.id): \(contact.source) is not in the list")
                    let cited = (notes[contact.value] ?? []).contains { note in
                        note.contains(": " + number) && (note.contains(contact.sourceDate ?? "") || note.contains(UIText.undatedSource(language)))
                    }
                    #expect(cited, "\(org.id) \(contact.value)")
                }
                for contact in org.allContacts where !contact.isCurrent && !shown.contains(contact.value) {
                    #expect(notes[contact.value] == nil, "\(org.id) \(contact.value): unconfirmed or historical")
                }
            }
            // Before the cut: 277 KB (en) to 399 KB (ar) for 171 organisations on 2026-12-05.
            // After: 86 KB (en) to 128 KB (ar), before the Arabic bidi isolation marks (issue 21) add
            // a few KB. A guard against growth.
            #expect(isolated.utf8.count < 160_000, "\(language): \(isolated.utf8.count) bytes")
        }
    }

    @Test func everyFrontCanOfferThePocketDirectoryAsADocument() throws {
        #expect(Route.parse("/ar/pocket")?.route == .pocket && Route.parse("/ar/pocket")?.language == .ar)
        #expect(Route.pocket.path(.fr) == "/fr/pocket" && Route.pocket.isDocument)
        let catalogue = try catalogue(release: nil, today: CalendarDate("2026-12-05")!)
        for language in UILanguage.allCases {
            let about = try catalogue.page(.about, language: language)
            #expect(about.blocks.contains(.link(label: TrustText.pocketTitle(language), route: .pocket)))
            let page = try catalogue.page(.pocket, language: language)
            let text = page.plainTextLines(width: TextWrapper.maximumWidth).joined(separator: "\n") + "\n"
            #expect(text.hasSuffix("\n\n" + catalogue.pocketDirectory(language, date: CalendarDate("2026-12-05")!)))
            // It says first that it is not the signed file, and that no signed copy is offered.
            #expect(page.blocks.first == .text(TrustText.pocketServedUnsigned(language)))
        }
    }

    @Test func thePocketPageSaysWhereTheSignedCopyIsWhenOneIsOffered() throws {
        var directory = try #require(DirectoryLoader.load(directory: Shell.realDirectory).directory)
        directory.release = nil
        var site = SiteInfo()
        site.signedPocket = true
        let catalogue = Catalogue(directory: directory, index: NoSearch(), site: site, today: { CalendarDate("2026-12-05")! })
        let page = try catalogue.page(.pocket, language: .fr)
        guard case .text(let note)? = page.blocks.first else {
            Issue.record("the page does not start with its note")
            return
        }
        #expect(note.contains("/fr/pocket.txt,") && note.contains("/fr/pocket.txt.sig"))
        #expect(!note.contains("%"))
    }
}
