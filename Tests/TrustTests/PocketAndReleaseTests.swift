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
            for org in catalogue.directory.organisations {
                for contact in org.allContacts where contact.isCurrent {
                    #expect(text.contains(contact.value), "\(org.id) \(contact.value)")
                    #expect(text.contains(contact.source), "\(org.id) \(contact.source)")
                }
            }
            // 273 KB (en) to 393 KB (ar) for 171 organisations on 2026-12-05 (138-198 KB for 83):
            // a guard against growth, far above the 100 KB the issue aims for (see the issue note).
            #expect(isolated.utf8.count < 450_000, "\(language): \(isolated.utf8.count) bytes")
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
            #expect(text == catalogue.pocketDirectory(language, date: CalendarDate("2026-12-05")!))
        }
    }
}
