import DirectoryModel
import Foundation

/// What `sanad stats` prints: ``DirectoryStatistics`` as plain text or JSON, computed here so it
/// can be tested without running the command.
public struct StatisticsReport: Sendable {
    public var statistics: DirectoryStatistics

    public init(_ directory: Directory) {
        statistics = DirectoryStatistics(directory)
    }

    /// A few lines for people: kinds, then one line per defender region, then the regions
    /// without a regional mechanism.
    public var text: String {
        let s = statistics
        var lines = ["entries: \(s.total) (" + s.kinds.map { "\($0.kind) \($0.count)" }.joined(separator: ", ") + ")"]
        lines.append("global programmes: \(s.global) entries; no stated coverage: \(s.withoutCoverage.count)"
            + (s.withoutCoverage.isEmpty ? "" : " (" + s.withoutCoverage.joined(separator: ", ") + ")"))
        lines.append("by defender region: entries with region-specific coverage; of those with a current sourced contact, an emergency channel, a 24-hour channel; regional mechanisms")
        for row in s.regions {
            let mechanisms = row.regionalMechanisms.isEmpty ? "none" : row.regionalMechanisms.joined(separator: ", ")
            lines.append("  \(row.code): \(row.entries) entries; \(row.currentSourcedContact) current sourced contact, "
                + "\(row.emergencyChannel) emergency channel, \(row.aroundTheClockChannel) 24-hour channel; mechanisms: \(mechanisms)")
        }
        let missing = s.regionsWithoutMechanism
        lines.append("regions without a regional mechanism: " + (missing.isEmpty ? "none" : missing.joined(separator: ", ")))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same as one JSON object with sorted keys.
    public var json: String {
        let s = statistics
        let object: [String: Any] = [
            "entries": s.total,
            "kinds": Dictionary(uniqueKeysWithValues: s.kinds.map { ($0.kind, $0.count) }),
            "global_entries": s.global,
            "without_coverage": s.withoutCoverage,
            "regions": s.regions.map { row in
                [
                    "code": row.code, "name": row.name.resolved(.en), "entries": row.entries,
                    "current_sourced_contact": row.currentSourcedContact, "emergency_channel": row.emergencyChannel,
                    "around_the_clock_channel": row.aroundTheClockChannel, "regional_mechanisms": row.regionalMechanisms,
                ] as [String: Any]
            },
            "regions_without_mechanism": s.regionsWithoutMechanism,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
