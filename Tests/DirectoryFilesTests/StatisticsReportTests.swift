import DirectoryFiles
import DirectoryModel
import Foundation
import Testing

/// `sanad stats` output on the good fixture, and the repository's own directory under the schema.
@Suite struct StatisticsReportTests {
    @Test func plainTextAndJSONOfTheGoodFixture() throws {
        let directory = try #require(DirectoryLoader.load(directory: Fixture.path("good")).directory)
        let report = StatisticsReport(directory)
        // The fund covers Africa (TN) and, through the EU and Norway, IE and NO (FR excluded); the
        // network is global only. Neither has an emergency or 24-hour channel in a region.
        #expect(report.text == """
            entries: 2 (fund 1, ngo 1)
            global programmes: 1 entries; no stated coverage: 0
            by defender region: entries with region-specific coverage; of those with a current sourced contact, an emergency channel, a 24-hour channel; regional mechanisms
              europe-central-asia: 1 entries; 1 current sourced contact, 0 emergency channel, 0 24-hour channel; mechanisms: none
              mena: 1 entries; 1 current sourced contact, 0 emergency channel, 0 24-hour channel; mechanisms: none
            regions without a regional mechanism: europe-central-asia, mena

            """)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        #expect(json["entries"] as? Int == 2)
        #expect(json["kinds"] as? [String: Int] == ["fund": 1, "ngo": 1])
        #expect(json["regions_without_mechanism"] as? [String] == ["europe-central-asia", "mena"])
        let regions = try #require(json["regions"] as? [[String: Any]])
        #expect(regions.map { $0["code"] as? String } == ["europe-central-asia", "mena"])
        #expect(regions.first?["current_sourced_contact"] as? Int == 1)
        #expect(regions.first?["around_the_clock_channel"] as? Int == 0)
        #expect(report.json.hasPrefix("{\n  \"entries\" : 2,"))
    }

    /// The repository's directory (after the data migration) lints clean under the new schema,
    /// and its defender regions place every country with an M49 region exactly once.
    @Test func theRepositoryDirectoryFollowsTheSchema() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("directory").path
        let load = DirectoryLoader.load(directory: path, asOf: CalendarDate(year: 2026, month: 12, day: 5))
        #expect(LintReport(load: load, strict: true).problems.map(\.description) == [])
        let directory = try #require(load.directory)
        let regions = directory.regions
        #expect(regions.defenderRegions.map(\.code) == ["africa", "americas", "asia-pacific", "europe-central-asia", "mena"])
        for country in regions.countries where country.region != nil {
            #expect(regions.defenderRegions.filter { $0.countries.contains(country.code) }.count == 1, "\(country.code)")
        }
        #expect(regions.defenderRegion(of: "MR") == "mena" && regions.defenderRegion(of: "TR") == "europe-central-asia")
        #expect(regions.defenderRegion(of: "IR") == "mena" && regions.defenderRegion(of: "AF") == "asia-pacific")
        #expect(regions.defenderRegion(of: "SD") == "mena" && regions.defenderRegion(of: "KE") == "africa")
        #expect(directory.organisations.flatMap(\.allContacts).allSatisfy { $0.sourceDate != nil })
    }
}
