import DirectoryModel
import Referral

extension Catalogue {
    /// The emergency block a country page starts with: the channels that cover the country, by
    /// the one rule (``EmergencyRule/nearestChannels(to:in:)``): the country's own first, then
    /// the region's, then the worldwide round-the-clock lines, each with who runs it and the
    /// languages it answers in. Worldwide channels that are not round-the-clock are on the
    /// emergency page, linked at the end.
    func countryEmergencyBlocks(_ country: Regions.Country, _ l: UILanguage) -> [Page.Block] {
        let channels = EmergencyRule.nearestChannels(to: country.code, in: directory)
        var blocks: [Page.Block] = [.heading(UIText.emergencyIn(l, country.name.resolved(l)))]
        let near = channels.filter { $0.nearness != .worldwide }
        if near.isEmpty { blocks.append(.text(UIText.emergencyNoneNear(l))) }
        for nearness in EmergencyRule.Nearness.allCases {
            var group = channels.filter { $0.nearness == nearness }
            if nearness == .worldwide {
                group = group.filter { $0.contact.isAroundTheClock || ($0.service?.isAroundTheClock ?? false) }
            }
            guard !group.isEmpty else { continue }
            blocks.append(.text(nearnessTitle(nearness, l) + ":"))
            blocks += group.map { nearbyField($0, l) }
        }
        blocks.append(.link(label: UIText.allEmergency(l), route: .emergency))
        return blocks
    }

    /// "Within the country", "For the region", "Worldwide".
    func nearnessTitle(_ nearness: EmergencyRule.Nearness, _ l: UILanguage) -> String {
        switch nearness {
        case .ownCountry: return UIText.emergencyOwnCountry(l)
        case .region: return UIText.emergencyRegion(l)
        case .worldwide: return UIText.emergencyWorldwide(l)
        }
    }

    /// A channel near the defender as a field: who runs it and how, the value, then the hours,
    /// the languages and the rest of the contact's note.
    func nearbyField(_ channel: EmergencyRule.NearbyChannel, _ l: UILanguage) -> Page.Block {
        var title = channel.organisation.name.resolved(l)
        if let service = channel.service { title += " — " + service.name.resolved(l) }
        let languages = channel.languages.isEmpty ? [] : [UIText.answersIn(l, languageNames(channel.languages, l))]
        return contactField(channel.contact, org: channel.organisation, l, title: title, leadingNotes: languages)
    }

    /// The emergency page's groups after the round-the-clock lines: worldwide channels, then
    /// each of the five defender regions (alphabetical in `l`), regional channels first, then
    /// one sub-heading per country named by a programme, countries alphabetical in `l`.
    func emergencyGroups(_ l: UILanguage) -> [Page.Block] {
        let regions = directory.regions
        var worldwide: [(Organisation, Contact)] = []
        var regional: [String: [(Organisation, Contact)]] = [:]
        var national: [String: [(Organisation, Contact)]] = [:]
        var seen = Set<String>()
        for org in directory.organisations where org.status == .active {
            let channels = Catalogue.emergencyContacts(of: org)
            guard !channels.isEmpty else { continue }
            for contact in channels {
                let service = org.services.first { $0.status == .active && $0.contacts.contains(contact) }
                let coverage = service?.effectiveCoverage ?? Catalogue.widestCoverage(of: org)
                let key = org.id + " " + contact.type + " " + contact.value
                guard seen.insert(key).inserted else { continue }
                if let country = contact.nationalOnly {
                    national[country.uppercased(), default: []].append((org, contact))
                } else if coverage == nil || coverage!.include.contains(Coverage.globalCode) {
                    worldwide.append((org, contact))
                } else if coverage!.include.count == 1, let country = regions.country(coverage!.include[0]) {
                    national[country.code, default: []].append((org, contact))
                } else {
                    let touched = Set(regions.countries.filter { coverage!.covers($0.code, in: regions) }.compactMap { regions.defenderRegion(of: $0.code) })
                    for region in touched { regional[region, default: []].append((org, contact)) }
                }
            }
        }
        func fields(_ items: [(Organisation, Contact)]) -> [Page.Block] {
            items.map { org, contact in contactField(contact, org: org, l, title: org.name.resolved(l)) }
        }
        var blocks: [Page.Block] = [.blank, .heading(UIText.emergencyWorldwide(l))]
        blocks += fields(worldwide)
        blocks.append(.heading(UIText.emergencyByRegion(l)))
        for region in sortedByName(regions.defenderRegions, l, name: { $0.name.resolved(l) }) {
            let named = region.countries.compactMap { regions.country($0) }.filter { national[$0.code] != nil }
            let countries = sortedByName(named, l) { $0.name.resolved(l) }
            let shared = regional[region.code] ?? []
            guard !shared.isEmpty || !countries.isEmpty else { continue }
            blocks.append(.blank)
            blocks.append(.heading(region.name.resolved(l)))
            blocks += fields(shared)
            for country in countries {
                blocks.append(.text(country.name.resolved(l) + ":"))
                blocks += fields(national[country.code]!)
                blocks.append(.link(label: UIText.emergencyIn(l, country.name.resolved(l)), route: .country(country.code)))
            }
        }
        return blocks
    }

    /// The union of an organisation's active programmes' coverage (for its own contacts).
    static func widestCoverage(of org: Organisation) -> Coverage? {
        let all = org.services.filter { $0.status == .active }.compactMap(\.effectiveCoverage)
        guard !all.isEmpty else { return nil }
        if all.contains(where: { $0.include.contains(Coverage.globalCode) }) { return Coverage(include: [Coverage.globalCode]) }
        return Coverage(include: Array(Set(all.flatMap(\.include))).sorted())
    }

    /// The key names sort by in `l`: accents and case folded, a leading Arabic article ignored.
    static func sortKey(_ name: String, _ l: UILanguage) -> String {
        var key = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        if l == .ar, key.hasPrefix("ال") { key.removeFirst(2) }
        return key
    }
}
