import DirectoryModel

extension ReferralEngine {
    /// The pinned blocks, in this order: 24-hour emergency lines (immediate danger or a physical
    /// threat), 24/7 digital helplines (a digital threat), the UN Special Rapporteur on defenders
    /// and the regional mechanisms of the country's bodies (mechanisms wanted).
    ///
    /// Pins depend only on the country, the groups, where the defender is, the urgency, the
    /// threats and the mechanisms answer: never on needs, languages or channels, and never on
    /// the ranked list's filters or relaxations. Only active programmes with current contacts
    /// (or, for mechanisms, a website) are pinned; historical contacts never appear.
    static func pinned(_ directory: Directory, _ context: Context, options: ReferralOptions) -> [PinnedEntry] {
        let profile = context.profile
        let physical = profile.urgency == .immediate || profile.threats.contains(where: ThreatKinds.physical.contains)
        let digital = profile.threats.contains(where: ThreatKinds.digital.contains)
        var emergency: [PinnedEntry] = []
        var helplines: [PinnedEntry] = []
        var un: [PinnedEntry] = []
        var regional: [PinnedEntry] = []
        for organisation in directory.organisations where organisation.status == .active {
            for service in organisation.services where service.status == .active {
                let contacts = currentContacts(organisation, service)
                let isMechanism = ThreatKinds.mechanismKinds.contains(organisation.kind)
                if !isMechanism, !contacts.isEmpty, pinnable(service, context) {
                    let digitalOnly = !service.types.isEmpty && service.types.allSatisfy(ThreatKinds.digitalServices.contains)
                    let emergencyLine = (service.urgency?.emergency ?? false) && contacts.contains(where: \.emergency)
                    if physical, emergencyLine, !digitalOnly, roundTheClock(service, contacts) {
                        emergency.append(entry(.emergency, organisation, service, contacts))
                    } else if digital, service.types.contains(where: ThreatKinds.digitalServices.contains), roundTheClock(service, contacts) {
                        helplines.append(entry(.digitalHelpline, organisation, service, contacts))
                    }
                }
                guard profile.mechanisms, isMechanism, !contacts.isEmpty || organisation.website != nil else { continue }
                if options.unDefendersMechanisms.contains(organisation.id) {
                    un.append(entry(.unMechanism, organisation, service, contacts))
                } else if organisation.kind == "regional_mechanism", let coverage = service.coverage, !coverage.isGlobal,
                          context.place.country != nil, context.place.specificity(coverage) > 0 {
                    regional.append(entry(.regionalMechanism, organisation, service, contacts))
                }
            }
        }
        return withoutRepeatedLines(emergency + helplines + un + regional)
    }

    /// Drops a pin whose emergency channels (all channels, for a pin without any) were all
    /// shown by an earlier pin: one line run by one organisation and listed by a partner (the
    /// same number) is shown once. The dropped programme is then ranked like any other.
    static func withoutRepeatedLines(_ pins: [PinnedEntry]) -> [PinnedEntry] {
        var shown: Set<String> = []
        var kept: [PinnedEntry] = []
        for pin in pins {
            let emergency = pin.contacts.filter(\.emergency)
            let values = Set((emergency.isEmpty ? pin.contacts : emergency).map(\.value))
            if !values.isEmpty, values.isSubset(of: shown) { continue }
            shown.formUnion(values)
            kept.append(pin)
        }
        return kept
    }

    /// Coverage, group and location checks for pinning emergency lines and helplines: a line
    /// for journalists in Colombia is no help to a lawyer in Tunisia. Without a country, only
    /// worldwide lines are pinned.
    private static func pinnable(_ service: Service, _ context: Context) -> Bool {
        if let coverage = service.coverage {
            if context.place.country == nil { guard coverage.isGlobal else { return false } } else if context.place.specificity(coverage) == 0 { return false }
        }
        if !service.beneficiaries.isEmpty, !service.beneficiaries.contains("hrd"), !service.beneficiaries.contains(where: context.groups.contains) { return false }
        switch (context.profile.location, service.location) {
        case (.abroad, .inCountry), (.inCountry, .abroad): return false
        default: return true
        }
    }

    /// A line that says it answers around the clock ("24/7", "24 hours", "24h") in its
    /// availability or a contact's hours: the pinned blocks are the 24-hour lines, not every
    /// programme that takes emergencies.
    static func roundTheClock(_ service: Service, _ contacts: [Contact]) -> Bool {
        let marks = [service.availability] + contacts.map(\.hours)
        return marks.contains { mark in
            let text = (mark ?? "").lowercased().filter { !$0.isWhitespace && $0 != "-" }
            return text.contains("24/7") || text.contains("24h") || text.contains("24hour")
        }
    }

    /// Current contacts of a programme, then of its organisation; emergency channels first.
    static func currentContacts(_ organisation: Organisation, _ service: Service) -> [Contact] {
        let all = service.contacts.filter(\.isCurrent) + organisation.contacts.filter(\.isCurrent)
        return all.filter(\.emergency) + all.filter { !$0.emergency }
    }

    private static func entry(_ reason: PinReason, _ organisation: Organisation, _ service: Service, _ contacts: [Contact]) -> PinnedEntry {
        var notes = organisation.riskNotes + service.riskNotes
        if let consent = service.intake?.consent { notes.append(consent) }
        return PinnedEntry(
            reason: reason, organisation: organisation, service: service, contacts: contacts,
            notes: notes, firstStep: SafeFirstStep.forService(service)
        )
    }
}
