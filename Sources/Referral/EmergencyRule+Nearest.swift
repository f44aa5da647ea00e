import DirectoryModel

extension EmergencyRule {
    /// How near an emergency channel is to a defender's country: the order of a country page's
    /// emergency block and of the emergency page's groups.
    public enum Nearness: Int, Sendable, Hashable, Comparable, CaseIterable {
        /// The programme names the country itself (or is bound to it).
        case ownCountry = 3
        /// The programme covers the country through a region or a body it belongs to.
        case region = 2
        /// The programme works worldwide.
        case worldwide = 1

        /// Nearest first: own country, then region, then worldwide.
        public static func < (lhs: Nearness, rhs: Nearness) -> Bool { lhs.rawValue > rhs.rawValue }
    }

    /// One current emergency channel that covers a country, with what a defender needs to
    /// choose it: who runs it and the languages its programme answers in.
    public struct NearbyChannel: Sendable, Hashable {
        public var contact: Contact
        /// The organisation that lists the channel.
        public var organisation: Organisation
        /// The programme the channel belongs to; nil for the organisation's own contact.
        public var service: Service?
        public var nearness: Nearness
        /// The id of the organisation that runs the line: the contact's `operator`, else the
        /// organisation listing it.
        public var runBy: String
        /// ISO 639-1 codes the programme works in (empty when the facts do not say).
        public var languages: [String]
    }

    /// The current emergency channels of active organisations that cover `country`, nearest
    /// first (``Nearness``), then round-the-clock channels before others, phones first, then by
    /// organisation id, so the order is stable. A channel listed by several organisations is
    /// kept once, credited to the one that runs it. A national-only line is kept only for its
    /// own country; an organisation's own emergency contact counts as near as its active
    /// programme that covers the country most specifically.
    ///
    /// This is the one ordering rule "near the defender": country pages and the emergency page
    /// use it, and a referral may pin by it.
    public static func nearestChannels(to country: String, in directory: Directory) -> [NearbyChannel] {
        let code = country.uppercased()
        let regions = directory.regions
        var found: [String: NearbyChannel] = [:]
        func consider(_ contact: Contact, _ org: Organisation, _ service: Service?, _ specificity: Int) {
            guard contact.emergency, contact.isCurrent, let nearness = Nearness(rawValue: specificity) else { return }
            if let national = contact.nationalOnly, national.uppercased() != code { return }
            let key = contact.type == "phone" ? "phone " + contact.value.filter(\.isNumber) : contact.type + " " + contact.value.lowercased()
            let runBy = contact.operator ?? org.id
            let candidate = NearbyChannel(contact: contact, organisation: org, service: service, nearness: nearness,
                                          runBy: runBy, languages: service?.languages ?? [])
            if let existing = found[key] {
                // Keep the listing by the organisation that runs the line, else the nearer one.
                let better = (existing.organisation.id != existing.runBy && org.id == runBy) || nearness < existing.nearness
                if !better { return }
                var merged = candidate
                if merged.languages.isEmpty { merged.languages = existing.languages }
                found[key] = merged
            } else {
                found[key] = candidate
            }
        }
        for org in directory.organisations where org.status == .active {
            var widest = 0
            for service in org.services where service.status == .active {
                let specificity = service.effectiveCoverage?.specificity(for: code, in: regions) ?? 0
                widest = max(widest, specificity)
                for contact in service.contacts { consider(contact, org, service, specificity) }
            }
            for contact in org.contacts { consider(contact, org, nil, widest) }
        }
        return found.values.sorted { a, b in
            if a.nearness != b.nearness { return a.nearness < b.nearness }
            let aClock = a.contact.isAroundTheClock || (a.service?.isAroundTheClock ?? false)
            let bClock = b.contact.isAroundTheClock || (b.service?.isAroundTheClock ?? false)
            if aClock != bClock { return aClock }
            if (a.contact.type == "phone") != (b.contact.type == "phone") { return a.contact.type == "phone" }
            if a.organisation.id != b.organisation.id { return a.organisation.id < b.organisation.id }
            return a.contact.value < b.contact.value
        }
    }
}
