import DirectoryModel

/// Turns another directory's HSDS 3.0 JSON into draft Sanad organisations, every value cited to
/// the publisher and the date given, with a list of what could not be mapped.
///
/// Reads a list of full organizations, an API page (`contents`) or one organization. Sanad
/// ids come from an `organization_identifiers` entry of scheme `sanad` and the profile's
/// `sanad_id`, else from the name. The Sanad profile's fields are read when present.
public struct HSDSImport: Sendable {
    /// The URL of the directory the data comes from: every contact's `source`.
    public let publisher: String
    /// The date of the data (`YYYY-MM-DD`): every contact's `source_date`.
    public let date: String
    /// The language the texts are in.
    public let language: String

    public init(publisher: String, date: String, language: String = "en") {
        self.publisher = publisher
        self.date = date
        self.language = language
    }

    /// The drafts and what could not be mapped (`<organisation>: <what>`).
    public struct Result: Sendable {
        public var organisations: [Organisation] = []
        public var unmapped: [String] = []
    }

    /// Reads `json`.
    public func run(_ json: JSONValue) throws -> Result {
        let list: [JSONValue]
        if case .array(let items) = json { list = items }
        else if let contents = json["contents"] { list = contents.elements }
        else if json["id"] != nil, json["name"] != nil { list = [json] }
        else { throw HSDSExportError.notHSDS("expected a list of organizations, a page with \"contents\", or one organization") }
        var ids: [String: String] = [:]
        var taken: Set<String> = []
        for item in list {
            guard let uuid = item["id"]?.string else { continue }
            let wanted = sanadID(of: item)
            var id = wanted
            var n = 2
            while taken.contains(id) { id = "\(wanted)-\(n)"; n += 1 }
            taken.insert(id)
            ids[uuid] = id
        }
        var result = Result()
        for item in list {
            guard let uuid = item["id"]?.string, let id = ids[uuid], item["name"]?.string != nil else {
                result.unmapped.append("an organization without an id or a name was skipped")
                continue
            }
            var reader = EntryReader(importer: self, organisation: id, ids: ids)
            result.organisations.append(reader.organisation(item))
            result.unmapped += reader.unmapped
        }
        return result
    }

    /// The organisation's Sanad id: its `sanad` identifier, else its name as a slug.
    func sanadID(of org: JSONValue) -> String {
        for identifier in org["organization_identifiers"]?.elements ?? []
        where identifier["identifier_scheme"]?.string == HSDSExport.identifierScheme {
            if let id = identifier["identifier"]?.string, ValidationFormats.isIdentifier(id) { return id }
        }
        return Self.slug(org["name"]?.string ?? "", fallback: "organisation")
    }

    /// Lowercase ASCII letters and digits joined by single hyphens; `fallback` when none are left
    /// (a name in Arabic script).
    static func slug(_ text: String, fallback: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? fallback : String(out.prefix(60))
    }

    /// A text in the import's language.
    func text(_ value: JSONValue?) -> LocalizedText? {
        guard let string = value?.string, !string.isEmpty else { return nil }
        return LocalizedText(string, language: language)
    }

    /// A list of texts.
    func texts(_ value: JSONValue?) -> [LocalizedText] {
        (value?.elements ?? []).compactMap { text($0) }
    }
}
