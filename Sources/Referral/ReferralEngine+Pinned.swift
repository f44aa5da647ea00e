import DirectoryModel

extension ReferralEngine {
    /// The pinned blocks, in this order: 24-hour emergency lines (immediate danger or a physical
    /// threat), 24/7 digital helplines (a digital threat), the UN Special Rapporteur on defenders
    /// and the regional mechanisms of the country's bodies (mechanisms wanted).
    ///
    /// Pins depend only on the country, the groups, where the defender is, the urgency, the
    /// threats and the mechanisms answer: never on needs, languages, channels or the applicant,
    /// and never on the ranked list's filters or relaxations. Only active programmes with
    /// current contacts (or, for mechanisms, a website) are pinned; historical contacts never appear.
    static func pinned(_ index: ReferralIndex, _ c: Context) -> [(entry: Int, pin: PinnedEntry)] {
        let profile = c.profile
        let physical = profile.urgency == .immediate || profile.threats.contains(where: ThreatKinds.physical.contains)
        let digital = profile.threats.contains(where: ThreatKinds.digital.contains)
        var pins: [(Int, PinnedEntry)] = []
        if physical {
            // The country's own lines first, then its region's, then the worldwide ones: a
            // defender in Colombia calls the national line before an Irish number.
            let lines = index.emergencyLines.filter { pinnable(index.entries[$0], c) }
            let ordered = lines.enumerated().sorted { a, b in
                let sa = c.specificity(index.entries[a.element].coverage), sb = c.specificity(index.entries[b.element].coverage)
                return sa != sb ? sa > sb : a.offset < b.offset
            }
            for (_, e) in ordered { pins.append((e, entry(.emergency, index, e))) }
        }
        if digital {
            for e in index.digitalHelplines where pinnable(index.entries[e], c) {
                // An emergency line already pinned above is not repeated as a helpline.
                if physical, index.entries[e].pin.contains(.emergencyLine) { continue }
                pins.append((e, entry(.digitalHelpline, index, e)))
            }
        }
        if profile.mechanisms {
            var un: [(Int, PinnedEntry)] = [], regional: [(Int, PinnedEntry)] = []
            for e in index.mechanismPins {
                let item = index.entries[e]
                if index.options.unDefendersMechanisms.contains(index.directory.organisations[item.organisation].id) {
                    un.append((e, entry(.unMechanism, index, e)))
                } else if item.regional, let coverage = item.coverage, !coverage.global,
                          let country = c.country, coverage.specificity(country) > 0 {
                    regional.append((e, entry(.regionalMechanism, index, e)))
                }
            }
            pins += un + regional
        }
        return withoutRepeatedLines(pins)
    }

    /// Coverage, group and location checks for pinning emergency lines and helplines: a line
    /// for journalists in Colombia is no help to a lawyer in Tunisia. Without a country, only
    /// worldwide lines (or lines whose coverage is not stated) are pinned.
    private static func pinnable(_ entry: ReferralIndex.Entry, _ c: Context) -> Bool {
        guard c.specificity(entry.coverage) > 0 else { return false }
        if !entry.groupsOpen, !entry.groups.intersects(c.groups) { return false }
        return admitsLocation(entry.locations, c.profile.location)
    }

    /// Drops a pin whose emergency channels (all channels, for a pin without any) were all
    /// shown by an earlier pin: one line run by one organisation and listed by a partner (the
    /// same number) is shown once. The dropped programme is then ranked like any other.
    static func withoutRepeatedLines(_ pins: [(Int, PinnedEntry)]) -> [(entry: Int, pin: PinnedEntry)] {
        var shown: Set<String> = []
        var kept: [(entry: Int, pin: PinnedEntry)] = []
        for (e, pin) in pins {
            let emergency = pin.contacts.filter(\.emergency)
            let values = Set((emergency.isEmpty ? pin.contacts : emergency).map(\.value))
            if !values.isEmpty, values.isSubset(of: shown) { continue }
            shown.formUnion(values)
            kept.append((e, pin))
        }
        return kept
    }

    /// Current contacts of a programme, then of its organisation; emergency channels first.
    static func currentContacts(_ organisation: Organisation, _ service: Service) -> [Contact] {
        let all = service.contacts.filter(\.isCurrent) + organisation.contacts.filter(\.isCurrent)
        return all.filter(\.emergency) + all.filter { !$0.emergency }
    }

    private static func entry(_ reason: PinReason, _ index: ReferralIndex, _ e: Int) -> PinnedEntry {
        let organisation = index.organisation(index.entries[e])
        let service = index.service(index.entries[e])
        var notes = organisation.riskNotes + service.riskNotes
        if let consent = service.intake?.consent { notes.append(consent) }
        // A note given by both the organisation and the programme (the UN's consent rule) is read once.
        var seen: Set<LocalizedText> = []
        notes = notes.filter { seen.insert($0).inserted }
        return PinnedEntry(
            reason: reason, organisation: organisation, service: service,
            contacts: currentContacts(organisation, service), notes: notes, firstStep: SafeFirstStep.forService(service)
        )
    }
}
