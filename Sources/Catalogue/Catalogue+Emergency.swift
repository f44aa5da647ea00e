import DirectoryModel
import Referral

/// One round-the-clock emergency channel and the organisations that publish it.
public struct EmergencyLine: Sendable, Hashable {
    public var value: String
    /// A code from the `contact_types` vocabulary.
    public var type: String
    public var hours: String?
    /// Ids of the organisations listing this number, the one that runs it first.
    public var organisationIDs: [String]
    /// ISO 639-1 codes the line answers in: those of the programme that lists it, the running
    /// organisation's first (empty when the facts do not say).
    public var languages: [String] = []
    /// The line's hours in words, in each UI language (nil: the hours token alone).
    public var hoursText: LocalizedText?

    /// "Front Line Defenders, ProtectDefenders.eu" in `language`.
    public func names(_ language: UILanguage, in catalogue: Catalogue) -> String {
        language.list(organisationIDs.compactMap { catalogue.directory.organisation($0)?.name.resolved(language) })
    }
}

extension Catalogue {
    /// Current emergency channels of an active organisation: never historical, never of an
    /// inactive programme.
    public static func emergencyContacts(of org: Organisation) -> [Contact] {
        guard org.status == .active else { return [] }
        let own = org.contacts.filter { $0.emergency && $0.isCurrent }
        let programmes = org.services.filter { $0.status == .active }.flatMap { $0.contacts.filter { $0.emergency && $0.isCurrent } }
        var seen = Set<String>()
        return (own + programmes).filter { seen.insert($0.type + " " + $0.value).inserted }
    }

    /// Emergency channels that answer around the clock (``EmergencyRule``: the structured `24/7`,
    /// never the wording of the hours), one per value with every organisation that lists it,
    /// phones first, then the most widely listed, then by the organisations' ids so the order is
    /// stable. These stand on the first page, and the first is the line interface's banner.
    /// Without a `country` only lines anyone can call are listed (no national-only numbers).
    public func emergencyLines(country: String? = nil) -> [EmergencyLine] {
        var lines: [String: EmergencyLine] = [:]
        var order: [String] = []
        for org in directory.organisations {
            for contact in EmergencyRule.aroundTheClockLines(of: org, country: country) {
                let key = contact.type == "phone" ? "phone " + contact.value.filter(\.isNumber) : contact.type + " " + contact.value.lowercased()
                if lines[key] == nil {
                    lines[key] = EmergencyLine(value: contact.value, type: contact.type, hours: contact.hours ?? Contact.aroundTheClock, organisationIDs: [],
                                               hoursText: contact.hoursText)
                    order.append(key)
                }
                // A shared line is credited once, to the organisation that runs it.
                let credit = contact.operator ?? org.id
                if !lines[key]!.organisationIDs.contains(credit) { lines[key]!.organisationIDs.append(credit) }
                // The languages of the programme that lists it, the runner's listing first.
                let languages = org.services.first { $0.contacts.contains(contact) }?.languages ?? []
                if lines[key]!.languages.isEmpty || (credit == org.id && !languages.isEmpty) { lines[key]!.languages = languages }
            }
        }
        return order.compactMap { lines[$0] }.sorted {
            let a = ($0.type == "phone" ? 1 : 0, $0.organisationIDs.count)
            let b = ($1.type == "phone" ? 1 : 0, $1.organisationIDs.count)
            if a != b { return a > b }
            return $0.organisationIDs[0] < $1.organisationIDs[0]
        }
    }

    /// A channel's security level in words, as every front and the CLI show it.
    public static func securityWords(_ security: Contact.Security, _ l: UILanguage) -> String {
        switch security {
        case .e2e: return UIText.securityE2E(l)
        case .transport: return UIText.securityTransport(l)
        case .none: return UIText.securityNone(l)
        }
    }

    /// A contact as a field: its label, the value alone on its line, and a note with the hours,
    /// the security level in words, the source and the dates; the value's link target from its
    /// type (``ContactLink``). Every word in `l`; a directory text without `l` says which
    /// language it is in. Where the page does not say whose contact it is (the emergency pages),
    /// `title` names it before the label, and `leadingNotes` come first in the note.
    func contactField(
        _ contact: Contact, org: Organisation, _ l: UILanguage, title: String? = nil, leadingNotes: [String] = []
    ) -> Page.Block {
        let type = directory.vocabularies.contactTypes.label(contact.type, l)
        var label = contact.label.map { "\(type) (\(Catalogue.localized($0, l)))" } ?? type
        if contact.emergency && contact.isCurrent { label += " · " + UIText.emergencyChannel(l) }
        if let title { label = title + ": " + label }
        var note = leadingNotes
        if let hours = hoursText(contact, l) { note.append(hours) }
        if let pgp = contact.pgp { note.append("PGP " + pgp) }
        if let security = contact.security { note.append(Catalogue.securityWords(security, l)) }
        if let unconfirmed = contact.unconfirmed { note.append(UIText.unconfirmedLabel(l) + ": " + Catalogue.localized(unconfirmed, l)) }
        if let country = contact.nationalOnly {
            let name = directory.regions.country(country)?.name.resolved(l) ?? country
            note.append(UIText.nationalOnly(l, name))
        }
        if let id = contact.operator, id != org.id {
            let name = directory.organisation(id)?.name.resolved(l) ?? id
            note.append(UIText.operatedBy(l, name))
        }
        note.append(UIText.source(l) + ": " + contact.source)
        // Only a recorded check is claimed; otherwise the source's own date, said to be unchecked.
        switch contact.dateNote {
        case .checked(let date): note.append(UIText.checkedOn(l) + " " + date.description)
        case .sourceDated(let date): note.append(UIText.sourceDated(l, date))
        case .undatedSource: note.append(UIText.undatedSource(l))
        }
        return .field(label: label, value: contact.value, note: note.joined(separator: " · "),
                      target: ContactLink.target(type: contact.type, value: contact.value))
    }
}
