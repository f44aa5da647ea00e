import DirectoryModel

extension HSDSExport {
    /// A list of contacts as HSDS sees them: numbers as `phones`, e-mail addresses as
    /// `contacts`, and every other channel (a web form, a Signal username, an onion address) as an
    /// attribute linking to its `contact_types` term with the value.
    struct Channels {
        var phones: [JSONValue] = []
        var contacts: [JSONValue] = []
        var attributes: [JSONValue] = []
    }

    /// Contact types exported as HSDS phones, with their HSDS phone `type`.
    static let phoneTypes = ["phone": "voice", "short_code": "voice", "sms": "text", "fax": "fax",
                             "signal": "text", "whatsapp": "text", "telegram": "text"]

    /// The current contacts among `contacts` (historical and unconfirmed ones never leave Sanad),
    /// once each.
    func channels(_ contacts: [Contact], org: Organisation, service: Service?) -> Channels {
        var result = Channels()
        var seen: Set<String> = []
        let serviceKey = service?.id ?? "-"
        let owner = service.map { HSDSIdentifier.service(org.id, $0.id) } ?? HSDSIdentifier.organization(org.id)
        let ownerKey = service == nil ? "organization_id" : "service_id"
        for contact in contacts where contact.isCurrent {
            let label = text(contact.label)
            var o = JSONObject()
            if let phoneType = Self.phoneTypes[contact.type] {
                let id = HSDSIdentifier.phone(org.id, serviceKey, type: contact.type, value: contact.value)
                guard seen.insert(id).inserted else { continue }
                o.set("id", id)
                o.set(ownerKey, owner)
                o.set("number", contact.value)
                o.set("type", phoneType)
                // A messaging app's phone names the app in its description.
                let app = ContactTypes.messengers.contains(contact.type)
                    ? directory.vocabularies.contactTypes.term(contact.type)?.label.resolved(language) : nil
                o.set("description", [app, label].compactMap { $0 }.joined(separator: ": "))
                addProfile(contact, label: label, to: &o)
                result.phones.append(o.value)
            } else if contact.type == ContactTypes.email {
                let id = HSDSIdentifier.contact(org.id, serviceKey, type: contact.type, value: contact.value)
                guard seen.insert(id).inserted else { continue }
                o.set("id", id)
                o.set(ownerKey, owner)
                o.set("name", label)
                o.set("email", contact.value)
                addProfile(contact, label: label, to: &o)
                result.contacts.append(o.value)
            } else {
                let id = HSDSIdentifier.channel(org.id, serviceKey, type: contact.type, value: contact.value)
                guard seen.insert(id).inserted, let term = term("contact_types", contact.type) else { continue }
                o.set("id", id)
                o.set("link_id", owner)
                o.set("link_type", HSDSExport.channelLinkType)
                o.set("link_entity", service == nil ? "organization" : "service")
                o.set("taxonomy_term_id", HSDSIdentifier.taxonomyTerm("contact_types", contact.type))
                o.set("value", contact.value)
                o.set("taxonomy_term", value: term)
                addProfile(contact, label: label, to: &o)
                result.attributes.append(o.value)
            }
        }
        return result
    }

    /// `link_type` of an attribute that is a contact channel.
    public static let channelLinkType = "contact_channel"

    /// The Sanad profile's contact fields: the channel's security level, the source and its date,
    /// and the rest of what Sanad knows of a channel.
    func addProfile(_ contact: Contact, label: String?, to o: inout JSONObject) {
        guard profile else { return }
        o.set("channel", contact.type)
        o.set("label", label)
        o.set("security", contact.security?.rawValue)
        o.set("pgp", contact.pgp)
        o.set("hours", contact.hoursText?.resolved(language) ?? contact.hours)
        if contact.emergency { o.set("emergency", value: .bool(true)) }
        o.set("source", contact.source)
        o.set("source_date", contact.sourceDate)
        o.set("checked", contact.checked?.description)
        o.set("printed", contact.printed)
        o.set("national_only", contact.nationalOnly)
        if let op = contact.operator, exportedIDs.contains(op) { o.set("operator", op) }
    }
}
