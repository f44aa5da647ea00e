/// One change a reviewer must check: which entry, which field, old → new, the source and date
/// the value claims, and where users will read it.
public struct ReviewItem: Sendable, Hashable, Codable {
    /// The organisation's id, or `(regions)`, `(vocabularies)`, … for the rest of the directory.
    public var organisation: String
    /// The organisation's name (in its own language), for the reader.
    public var name: String?
    /// The field, as a path in the entry: `services[rapid-response].contacts[0].value`.
    public var path: String
    /// What kind of change this is (see ``Kind``).
    public var kind: Kind
    /// The value before; nil when the field is new.
    public var old: String?
    /// The value after; nil when the field was removed.
    public var new: String?
    /// For a contact's fields: the source the contact cites, and the source's date.
    public var source: String?
    public var sourceDate: String?
    /// Where the value shows: `emergency block`, `referral`, `page`.
    public var shows: [String]

    /// The kinds of change, most dangerous first: the order of the checklist.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case contactValue = "contact value"
        case emergencyFlag = "emergency or 24-hour flag"
        case hours
        case contactDetail = "contact detail"
        case source = "source"
        case unconfirmed = "unconfirmed flag"
        case status
        case coverage
        case eligibility = "eligibility"
        case safety = "safety warning"
        case directoryWide = "regions or vocabulary"
        case other = "other"

        public static func < (a: Kind, b: Kind) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    }
}

extension ReviewItem.Kind {
    /// The kind of a field, from its path. Names follow the model (and the data-model
    /// contract's new fields), so new fields fall under a kind as soon as they exist.
    static func of(path: String) -> Self {
        let components = path.split(separator: ".").map { String($0.prefix { $0 != "[" }) }
        let leaf = components.last ?? ""
        if path.hasPrefix("regions.") || path.hasPrefix("vocabularies.") || path.hasPrefix("countryNotes") { return .directoryWide }
        if components.contains("contacts") {
            switch leaf {
            case "value": return .contactValue
            case "emergency": return .emergencyFlag
            case "hours": return .hours
            case "source", "sourceDate", "checked": return .source
            case "unconfirmed": return .unconfirmed
            default: return .contactDetail
            }
        }
        if components.contains("coverage") { return .coverage }
        if ["safetyWarnings", "riskNotes", "consent", "firstMessage"].contains(leaf) { return .safety }
        if components.contains("requires") || components.contains("intake") { return .eligibility }
        if components.contains("unconfirmed") { return .unconfirmed }
        if components.contains("provenance") { return .source }
        if components.contains("urgency") { return leaf == "emergency" ? .emergencyFlag : .eligibility }
        switch leaf {
        case "status", "statusNote": return .status
        case "availability": return .hours
        case "website", "onion": return .contactDetail
        case "safetyWarnings", "riskNotes", "consent": return .safety
        case "location", "applicant", "requires", "must", "excludes", "beneficiaries", "eligibilityNote",
             "boundTo", "seat", "intake", "mode":
            return .eligibility
        default:
            return .other
        }
    }
}
