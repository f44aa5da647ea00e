import Foundation

/// Every HSDS `id` Sanad writes: a UUID v5 in one fixed namespace of a name made of Sanad's own
/// ids (and, for contact channels, the type and value), so that exporting twice, in another
/// language or after reordering a file gives the same ids. `docs/hsds-profile/README.md` lists
/// the names.
public enum HSDSIdentifier {
    /// Sanad's HSDS namespace. Fixed forever: changing it changes every id partners store.
    public static let namespace = UUID(uuidString: "73ffbe78-e4d3-4516-b00a-08c49aa31f53")!

    /// The UUID of `name` in Sanad's namespace.
    static func id(_ name: String) -> String { UUIDv5.make(namespace: namespace, name: name) }

    /// An organization: `organization:<org>`.
    public static func organization(_ org: String) -> String { id("organization:\(org)") }
    /// The organization identifier holding the Sanad id.
    public static func organizationIdentifier(_ org: String) -> String { id("organization_identifier:\(org)") }
    /// A service: `service:<org>/<service>`.
    public static func service(_ org: String, _ service: String) -> String { id("service:\(org)/\(service)") }
    /// A phone: organisation, service (`-` for the organisation as a whole), type and value, so
    /// reordering contacts does not change it.
    public static func phone(_ org: String, _ service: String, type: String, value: String) -> String {
        id("phone:\(org)/\(service)/\(type)/\(value)")
    }
    /// An e-mail contact, named like a phone.
    public static func contact(_ org: String, _ service: String, type: String, value: String) -> String {
        id("contact:\(org)/\(service)/\(type)/\(value)")
    }
    /// A channel HSDS has no object for (a web form, a Signal username, a postal address).
    public static func channel(_ org: String, _ service: String, type: String, value: String) -> String {
        id("channel:\(org)/\(service)/\(type)/\(value)")
    }
    /// The link from an entity to a vocabulary term.
    public static func attribute(_ org: String, _ service: String, vocabulary: String, code: String) -> String {
        id("attribute:\(org)/\(service)/\(vocabulary)/\(code)")
    }
    /// A service's language.
    public static func language(_ org: String, _ service: String, code: String) -> String { id("language:\(org)/\(service)/\(code)") }
    /// `area` is an ISO 3166-1 alpha-2 code or `GLOBAL`.
    public static func serviceArea(_ org: String, _ service: String, area: String) -> String { id("service_area:\(org)/\(service)/\(area)") }
    /// A service's one schedule (its `availability`).
    public static func schedule(_ org: String, _ service: String) -> String { id("schedule:\(org)/\(service)") }
    /// A vocabulary.
    public static func taxonomy(_ vocabulary: String) -> String { id("taxonomy:\(vocabulary)") }
    /// A vocabulary's term.
    public static func taxonomyTerm(_ vocabulary: String, _ code: String) -> String { id("taxonomy_term:\(vocabulary)/\(code)") }
}
