import DirectoryModel

/// Reads a contact: a channel, its value in the form its type needs, and the source it came from.
enum ContactReader {
    static let fields = ["type", "value", "source", "source_date", "label", "security", "pgp", "hours", "emergency", "historical"]

    /// Types whose value is a phone number.
    static let phoneTypes: Set<String> = ["phone", "sms", "fax"]
    /// Types whose value may be a phone number, a URL or a user name.
    static let messengerTypes: Set<String> = ["signal", "whatsapp", "telegram"]
    /// Types whose value is a web address.
    static let webTypes: Set<String> = ["website", "web_form"]

    static func read(_ node: YAMLNode, reference: ReferenceData, checker: inout FileChecker) -> Contact? {
        guard let f = checker.fields(node, of: "a contact", allowed: fields, required: ["type", "value", "source"]) else { return nil }
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
        let label = checker.text(f["label"], "label")
        let security = checker.choice(f["security"], "security", Contact.Security.self)
        let pgp = checker.string(f["pgp"], "pgp")
        if let pgp, let node = f["pgp"], !ValidationFormats.isPGPFingerprint(pgp) {
            checker.error(node, "PGP fingerprint \"\(pgp)\" must be 40 hexadecimal digits (spaces allowed)")
        }
        let hours = checker.string(f["hours"], "hours")
        let emergency = checker.bool(f["emergency"], "emergency") ?? false
        let historical = checker.bool(f["historical"], "historical") ?? false
        if historical, sourceDate == nil, f["source_date"] == nil, let node = f["historical"] {
            checker.error(node, "a historical contact needs \"source_date\"")
        }
        if historical, emergency, let node = f["emergency"] {
            checker.error(node, "a historical contact cannot be an emergency channel")
        }
        guard let type, let value else { return nil }
        return Contact(type: type, value: value, label: label, security: security, pgp: pgp, hours: hours,
                       emergency: emergency, historical: historical, source: source ?? "", sourceDate: sourceDate)
    }

    /// What is wrong with `value` for a contact of `type`, or nil.
    static func problem(type: String, value: String) -> String? {
        if phoneTypes.contains(type) || (messengerTypes.contains(type) && value.hasPrefix("+")) {
            return ValidationFormats.isPhone(value) ? nil
                : "phone number \"\(value)\" is not in international form (\"+\", then 7 to 15 digits in groups separated by single spaces)"
        }
        if webTypes.contains(type) || (messengerTypes.contains(type) && value.hasPrefix("http")) {
            return ValidationFormats.isWebURL(value) ? nil : "\"\(value)\" is not a valid http or https URL"
        }
        switch type {
        case "short_code":
            return ValidationFormats.isShortCode(value) ? nil : "short number \"\(value)\" must be 2 to 6 digits"
        case "email":
            return ValidationFormats.isEmail(value) ? nil : "e-mail address \"\(value)\" is not valid"
        case "onion":
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
