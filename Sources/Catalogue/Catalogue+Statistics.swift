import DirectoryModel

extension Catalogue {
    /// The counts `sanad stats` prints, for the About page: entries per kind, then per defender
    /// region how many have a current sourced contact, an emergency channel and a 24-hour
    /// channel, then the regions without a regional mechanism. Nothing when the directory has no
    /// defender regions.
    func statisticsBlocks(_ l: UILanguage) -> [Page.Block] {
        let stats = DirectoryStatistics(directory)
        guard !stats.regions.isEmpty else { return [] }
        var blocks: [Page.Block] = [.blank, .heading(UIText.statsHeading(l))]
        let kinds = stats.kinds.map { directory.vocabularies.kinds.label($0.kind, l) + " " + String($0.count) }
        blocks.append(.field(label: UIText.statsKinds(l), value: l.list(kinds), note: nil))
        for row in stats.regions {
            let counts = UIText.statsRegion(l)
                .replacingOccurrences(of: "%1", with: String(row.entries))
                .replacingOccurrences(of: "%2", with: String(row.currentSourcedContact))
                .replacingOccurrences(of: "%3", with: String(row.emergencyChannel))
                .replacingOccurrences(of: "%4", with: String(row.aroundTheClockChannel))
            blocks.append(.field(label: row.name.resolved(l), value: counts, note: nil))
        }
        let missing = stats.regions.filter { $0.regionalMechanisms.isEmpty }.map { $0.name.resolved(l) }
        if !missing.isEmpty {
            blocks.append(.field(label: UIText.statsNoMechanism(l), value: l.list(missing), note: nil))
        }
        return blocks
    }
}
