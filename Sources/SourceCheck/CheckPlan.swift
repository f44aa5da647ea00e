import Foundation

/// What a check will do, decided before any fetch: the distinct pages to read, with the
/// contacts each one is the source of, and the contacts whose source is not checkable.
/// `--dry-run` prints it.
public struct CheckPlan: Sendable {
    /// One page to fetch and the contacts that cite it.
    public struct Page: Sendable {
        public var address: WebAddress
        public var contacts: [LocatedContact]
    }

    /// Pages in the order first cited.
    public var pages: [Page]
    /// Contacts with a source no program can check, and why.
    public var notCheckable: [(contact: LocatedContact, reason: SourceKind.Reason)]

    public init(contacts: [LocatedContact]) {
        var pages: [Page] = []
        var index: [WebAddress: Int] = [:]
        var notCheckable: [(LocatedContact, SourceKind.Reason)] = []
        for contact in contacts {
            switch SourceKind(source: contact.source) {
            case .page(let address):
                if let i = index[address] {
                    pages[i].contacts.append(contact)
                } else {
                    index[address] = pages.count
                    pages.append(Page(address: address, contacts: [contact]))
                }
            case .notCheckable(let reason):
                notCheckable.append((contact, reason))
            }
        }
        self.pages = pages
        self.notCheckable = notCheckable
    }

    /// The plan as JSON: `fetch` (address and the positions of the contacts citing it) and
    /// `not_checkable` (position, value, source, reason code). Keys sorted.
    public var json: String {
        struct Fetch: Encodable { var url: String; var contacts: [String] }
        struct Skip: Encodable { var contact: String; var type: String; var value: String; var source: String; var reason: String }
        struct Document: Encodable { var fetch: [Fetch]; var not_checkable: [Skip] }
        let document = Document(
            fetch: pages.map { Fetch(url: $0.address.description, contacts: $0.contacts.map(\.position)) },
            not_checkable: notCheckable.map { Skip(contact: $0.contact.position, type: $0.contact.type, value: $0.contact.value, source: $0.contact.source, reason: $0.reason.code) }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }

    /// The number of distinct hosts the pages are on.
    public var hostCount: Int { Set(pages.map(\.address.host)).count }

    /// The plan in words: one line per page (with its contacts), then the sources left out.
    public var text: String {
        var out = ""
        for page in pages {
            let values = page.contacts.map { "\($0.type) \"\($0.value)\"" }.joined(separator: ", ")
            out += "fetch \(page.address)  (\(page.contacts.count) contact\(page.contacts.count == 1 ? "" : "s"): \(values))\n"
        }
        for (contact, reason) in notCheckable {
            out += "\(contact.position): skip \(contact.type) \"\(contact.value)\": \(reason.rawValue) (\(contact.source))\n"
        }
        let contacts = pages.reduce(0) { $0 + $1.contacts.count }
        out += "\(pages.count) pages on \(hostCount) hosts would be fetched for \(contacts) contacts; \(notCheckable.count) contacts have a source no program can check.\n"
        return out
    }
}
