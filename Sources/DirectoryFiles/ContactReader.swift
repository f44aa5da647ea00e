import DirectoryModel

/// Reads a contact: a channel, its value in the form its type needs, the source it came from and
/// that source's date, and what is known about checks, confirmation and who runs it.
enum ContactReader {
    static let fields = [
        "type", "value", "source", "source_date", "checked", "label", "security", "pgp", "hours", "emergency",
        "historical", "unconfirmed", "printed", "national_only", "operator",
    ]

    static func read(_ node: YAMLNode, reference: ReferenceData, checker: inout FileChecker) -> Contact? {
        guard let f = checker.fields(node, of: "a contact", allowed: fields, required: ["type", "value", "source", "source_date"]) else { return nil }
        let type = checker.code(f["type"], "type", in: reference.contactTypes, what: "contact type")
        let value = checker.string(f["value"], "value")
        if let type, let value, let valueNode = f["value"] {
            if let message = problem(type: type, value: value) { checker.error(valueNode, message) }
        }
        let source = f["source"].flatMap { Self.source($0, "source", checker: &checker) }
        let sourceDate = checker.string(f["source_date"], "source_date")
        if let sourceDate, let node = f["source_date"], !ValidationFormats.isSourceDate(sourceDate) {
            checker.error(node, "\"source_date\" must be a year, a year and month, a date (2011, 2011-05, 2011-05-04) or \"undated\", not \"\(sourceDate)\"")
        }
        let checked = checker.date(f["checked"], "checked", notAfter: reference.asOf)
        let label = checker.text(f["label"], "label")
        let security = checker.choice(f["security"], "security", Contact.Security.self)
        let pgp = checker.string(f["pgp"], "pgp")
        if let pgp, let node = f["pgp"], !ValidationFormats.isPGPFingerprint(pgp) {
            checker.error(node, "PGP fingerprint \"\(pgp)\" must be 40 hexadecimal digits (spaces allowed)")
        }
        // *text*: a plain string (the `24/7` token or words) or a map of language → words.
        let hoursText = checker.text(f["hours"], "hours")
        let hours = hoursText.map { $0.values[$0.sourceLanguage] ?? $0.resolved("en") }
        let emergency = checker.bool(f["emergency"], "emergency") ?? false
        let historical = checker.bool(f["historical"], "historical") ?? false
        let unconfirmed = checker.text(f["unconfirmed"], "unconfirmed")
        if emergency, let node = f["emergency"] {
            if historical { checker.error(node, "a historical contact cannot be an emergency channel") }
            if f["unconfirmed"] != nil {
                checker.error(node, "an unconfirmed contact cannot be an emergency channel (it is shown only on the organisation's own page)")
            }
        }
        let isNumber = type.map { ContactTypes.numbers.contains($0) || (ContactTypes.messengers.contains($0) && (value?.hasPrefix("+") ?? false)) } ?? false
        let printed = checker.string(f["printed"], "printed")
        if let printed, let node = f["printed"] {
            if !isNumber {
                checker.error(node, "\"printed\" is for a phone number converted to international form")
            } else if let value, ValidationFormats.isPhone(value) {
                let (matches, expected) = NumberingPlan.check(value: value, printed: printed)
                if !matches, let valueNode = f["value"] {
                    let hint = expected.map { ": expected \($0) (country code, then the printed digits without the trunk prefix; nothing added)" } ?? ""
                    checker.error(valueNode, "\"\(value)\" is not the international form of the printed \"\(printed)\"\(hint)")
                }
            }
        }
        let nationalOnly = checker.country(f["national_only"], "national_only", regions: reference.regions)
        if let nationalOnly, let node = f["national_only"], let value, isNumber, let plan = NumberingPlan.plan(for: nationalOnly),
           NumberingPlan.callingCode(ofDigits: NumberingPlan.digits(value)) != plan.callingCode {
            checker.error(node, "\"\(value)\" is not a number of \(nationalOnly) (calling code +\(plan.callingCode))")
        }
        if isNumber, nationalOnly == nil, f["national_only"] == nil, let value, ValidationFormats.isPhone(value), let valueNode = f["value"] {
            let countries = NumberingPlan.tollFreeCountries(value)
            if let country = countries.first {
                checker.error(valueNode, "\"\(value)\" is a toll-free number in the numbering plan of \(countries.joined(separator: ", ")): add \"national_only: \(country)\" (free, from inside that country only)")
            }
        }
        var operatorID: String?
        if let text = checker.string(f["operator"], "operator"), let node = f["operator"] {
            if ValidationFormats.isIdentifier(text) {
                operatorID = text
                checker.organisationReferences.append((text, node, "operator"))
            } else {
                checker.error(node, "\"operator\" must be an organisation id (lowercase letters, digits and hyphens), not \"\(text)\"")
            }
        }
        // Every field is checked above even when the type or value is missing, so that lint
        // reports all of a contact's problems at once.
        guard let type, let value else { return nil }
        var contact = Contact(
            type: type, value: value, label: label, security: security, pgp: pgp, hours: hours, emergency: emergency,
            historical: historical, unconfirmed: unconfirmed, source: source ?? "", sourceDate: sourceDate, checked: checked,
            printed: printed, nationalOnly: nationalOnly, operator: operatorID
        )
        // The hours in other languages, when the file gives them as a map.
        if let hoursText, hoursText.values.count > 1 { contact.hoursText = hoursText }
        if contact.isCurrent, let valueNode = f["value"] { checker.contactChecks.append((contact.value, checked, valueNode)) }
        return contact
    }

    /// The `emergency: true` nodes of a list of contacts, for the rule that nothing in an
    /// unconfirmed programme or organisation is an emergency channel.
    static func emergencyFlags(in contacts: YAMLNode?) -> [YAMLNode] {
        guard let contacts, case .sequence(let items) = contacts.content else { return [] }
        return items.compactMap { item in
            guard case .mapping(let pairs) = item.content,
                  let flag = pairs.first(where: { $0.key.scalar == "emergency" }), flag.value.scalar == "true" else { return nil }
            return flag.value
        }
    }

    /// What is wrong with `value` for a contact of `type`, or nil.
    static func problem(type: String, value: String) -> String? {
        if ContactTypes.numbers.contains(type) || (ContactTypes.messengers.contains(type) && value.hasPrefix("+")) {
            return ValidationFormats.isPhone(value) ? nil
                : "phone number \"\(value)\" is not in international form (\"+\", then 7 to 15 digits in groups separated by single spaces)"
        }
        if ContactTypes.webAddresses.contains(type) || (ContactTypes.messengers.contains(type) && value.hasPrefix("http")) {
            return ValidationFormats.isWebURL(value) ? nil : "\"\(value)\" is not a valid http or https URL"
        }
        switch type {
        case ContactTypes.shortCode:
            return ValidationFormats.isShortCode(value) ? nil : "short number \"\(value)\" must be 2 to 6 digits"
        case ContactTypes.email:
            return ValidationFormats.isEmail(value) ? nil : "e-mail address \"\(value)\" is not valid"
        case ContactTypes.onion:
            return ValidationFormats.isOnionURL(value) ? nil
                : "\"\(value)\" is not an onion URL (http:// or https://, 56 characters, .onion)"
        default:
            return nil
        }
    }

    /// A source: a URL (checked as one) or a short citation.
    static func source(_ node: YAMLNode, _ field: String, checker: inout FileChecker) -> String? {
        guard let text = checker.string(node, field) else { return nil }
        if text.hasPrefix("http://") || text.hasPrefix("https://"), !ValidationFormats.isWebURL(text) {
            checker.error(node, "source \"\(text)\" is not a valid http or https URL")
        }
        return text
    }
}
