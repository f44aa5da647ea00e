import DirectoryModel

/// The one rule for "the 24-hour emergency line", used by the root page, the emergency page,
/// the referral pins and the line interface's banner.
///
/// It reads only the structured value of the data (``Contact/isAroundTheClock``,
/// ``Service/isAroundTheClock``: the exact token `24/7`), never the wording of the hours, which
/// is text for people and is translated: "closed 24 Dec" is not a 24-hour line.
public enum EmergencyRule {
    /// Whether a programme answers around the clock: its availability says so, or one of its
    /// current contacts does.
    public static func answersAroundTheClock(_ service: Service, contacts: [Contact]) -> Bool {
        service.isAroundTheClock || contacts.contains(where: \.isAroundTheClock)
    }

    /// The current round-the-clock emergency channels of an active organisation, its own first,
    /// then its active programmes', each value once: an emergency contact that is itself `24/7`,
    /// or one of a programme whose availability is `24/7`.
    ///
    /// A line callable only inside one country (`national_only`), or of a programme bound to one
    /// country, is offered only to a reader known to be in that country: on a page read anywhere
    /// (`country` nil) a Georgian short code is no help and a wrong number to dial.
    public static func aroundTheClockLines(of organisation: Organisation, country: String? = nil) -> [Contact] {
        guard organisation.status == .active else { return [] }
        func reachable(_ contact: Contact) -> Bool {
            contact.nationalOnly.map { $0.uppercased() == country?.uppercased() } ?? true
        }
        var lines = organisation.contacts.filter { $0.emergency && $0.isCurrent && $0.isAroundTheClock && reachable($0) }
        for service in organisation.services where service.status == .active {
            if let bound = service.boundTo, bound.uppercased() != country?.uppercased() { continue }
            lines += service.contacts.filter { $0.emergency && $0.isCurrent && ($0.isAroundTheClock || service.isAroundTheClock) && reachable($0) }
        }
        var seen = Set<String>()
        return lines.filter { seen.insert($0.type + " " + $0.value).inserted }
    }
}
