import DirectoryModel
import Memberwise

/// The reviewer's checklist between two versions of the directory: every field of every entry
/// that differs, compared as parsed models (so reformatting a file is not a change, and a value
/// moved between lines is).
@MemberwiseInit
public struct DirectoryReview: Sendable, Hashable, Codable {
    /// The revisions compared, as given and as commits.
    public var base: String
    public var head: String
    public var baseCommit: String?
    public var headCommit: String?
    /// Every change, most dangerous kinds first, then by organisation and path.
    public var items: [ReviewItem]

    /// Compares two directories: every organisation field by field, then every other part of
    /// the directory (its version and the replica's release record are not content).
    public static func changes(from old: Directory, to new: Directory) -> [ReviewItem] {
        var items: [ReviewItem] = []
        let oldOrgs = Dictionary(old.organisations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newOrgs = Dictionary(new.organisations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for id in Set(oldOrgs.keys).union(newOrgs.keys).sorted() {
            let before = oldOrgs[id], after = newOrgs[id]
            if before == after { continue }
            var a = ModelFlattener(), b = ModelFlattener()
            if let before { a.add(before, at: "") }
            if let after { b.add(after, at: "") }
            let name = (after ?? before).map { $0.name.resolved($0.language) }
            let active = (after ?? before)?.status == .active
            for path in Set(a.fields.keys).union(b.fields.keys) where a.fields[path] != b.fields[path] {
                let contactPath = Self.contactPath(path)
                let facts = contactPath.flatMap { b.contacts[$0] ?? a.contacts[$0] }
                let oldFacts = contactPath.flatMap { a.contacts[$0] }
                items.append(ReviewItem(
                    organisation: id, name: name, path: path, kind: .of(path: path),
                    old: a.fields[path], new: b.fields[path], source: facts?.source, sourceDate: facts?.sourceDate,
                    shows: Self.shows(path: path, contact: facts, oldContact: oldFacts, active: active)
                ))
            }
        }
        // Everything else the directory holds (regions, vocabularies, and whatever is added later,
        // such as country notes), found by reflection so that nothing new escapes the review.
        let rightParts = Dictionary(Mirror(reflecting: new).children.compactMap { c in c.label.map { ($0, c.value) } }, uniquingKeysWith: { a, _ in a })
        for child in Mirror(reflecting: old).children {
            guard let label = child.label, !["organisations", "version", "release"].contains(label), let right = rightParts[label] else { continue }
            var a = ModelFlattener(), b = ModelFlattener()
            a.add(child.value, at: label)
            b.add(right, at: label)
            for path in Set(a.fields.keys).union(b.fields.keys) where a.fields[path] != b.fields[path] {
                items.append(ReviewItem(organisation: "(\(label))", name: nil, path: path, kind: .directoryWide,
                                        old: a.fields[path], new: b.fields[path], source: nil, sourceDate: nil,
                                        shows: ["referral", "page"]))
            }
        }
        return items.sorted { ($0.kind, $0.organisation, $0.path) < ($1.kind, $1.organisation, $1.path) }
    }

    /// `services[x].contacts[2]` for any path inside that contact.
    static func contactPath(_ path: String) -> String? {
        guard let range = path.range(of: "contacts[", options: .backwards),
              let close = path[range.upperBound...].firstIndex(of: "]") else { return nil }
        return String(path[..<path.index(after: close)])
    }

    /// Where a changed value is read: a current emergency contact of an active entry stands in
    /// the emergency block (and the first page), current contacts and programme fields in
    /// referrals, everything on the organisation's page.
    static func shows(path: String, contact: ModelFlattener.ContactFacts?, oldContact: ModelFlattener.ContactFacts?, active: Bool) -> [String] {
        if let contact {
            let emergency = active && ((contact.emergency && contact.current) || (oldContact?.emergency == true && oldContact?.current == true))
            if emergency { return ["emergency block", "referral", "page"] }
            return contact.current || oldContact?.current == true ? ["referral", "page"] : ["page"]
        }
        if path == "status" || path.hasPrefix("contacts") || path.hasSuffix(".status") { return ["emergency block", "referral", "page"] }
        if path.hasPrefix("services[") { return ["referral", "page"] }
        return ["page"]
    }
}
