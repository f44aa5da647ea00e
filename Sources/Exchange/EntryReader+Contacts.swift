import DirectoryModel

extension EntryReader {
    /// HSDS phone types back to Sanad contact types, when the profile does not say.
    static let contactTypeOfPhone = ["text": "sms", "fax": "fax"]

    /// The channels of an organization or a service: phones, e-mail contacts and channel
    /// attributes, each cited to the publisher and date.
    mutating func contacts(of o: JSONValue) -> [Contact] {
        var result: [Contact] = []
        for phone in o["phones"]?.elements ?? [] {
            guard let number = phone["number"]?.string else { continue }
            let type = phone["channel"]?.string ?? Self.contactTypeOfPhone[phone["type"]?.string ?? ""] ?? "phone"
            if phone["channel"] == nil, type == "sms" {
                note("phone \(number) of type text read as sms: check whether it is a messaging app (\(phone["description"]?.string ?? "no description"))")
            }
            result.append(contact(phone, type: type, value: number, label: phone["channel"] != nil ? phone["label"] : phone["description"]))
        }
        for person in o["contacts"]?.elements ?? [] {
            if let email = person["email"]?.string {
                result.append(contact(person, type: person["channel"]?.string ?? "email", value: email, label: person["channel"] != nil ? person["label"] : person["name"]))
            } else {
                note("contact \"\(person["name"]?.string ?? "?")\" has no e-mail address")
            }
            for phone in person["phones"]?.elements ?? [] {
                guard let number = phone["number"]?.string else { continue }
                result.append(contact(phone, type: "phone", value: number, label: person["name"]))
            }
        }
        for a in o["attributes"]?.elements ?? [] where a["link_type"]?.string == HSDSExport.channelLinkType {
            guard let value = a["value"]?.string, let type = a["channel"]?.string ?? a["taxonomy_term"]?["code"]?.string.map(Self.unqualified) else { continue }
            result.append(contact(a, type: type, value: value, label: a["label"]))
        }
        return result
    }

    /// One contact: the value cited to the publisher and date, the profile's fields when present.
    /// A `checked` date is never imported: the import checked nothing.
    func contact(_ o: JSONValue, type: String, value: String, label: JSONValue?) -> Contact {
        Contact(
            type: type, value: value, label: importer.text(label),
            security: o["security"]?.string.flatMap(Contact.Security.init(rawValue:)),
            pgp: o["pgp"]?.string, hours: o["hours"]?.string, emergency: o["emergency"]?.bool ?? false,
            source: importer.publisher, sourceDate: importer.date,
            printed: o["printed"]?.string, nationalOnly: o["national_only"]?.string, operator: o["operator"]?.string
        )
    }
}
