import DirectoryModel

/// The 24-hour emergency number the banner shows, taken from the directory, never written here.
///
/// It is the first current emergency phone contact of Front Line Defenders (the line that
/// answers any hour of any day, in five languages); failing that, the first current emergency
/// phone of an active entry, in directory order. With none, the banner has no number rather than
/// a made-up one.
public struct EmergencyNumber: Sendable, Hashable {
    /// The organisation's name in the UI language.
    public var organisation: String
    /// The number, exactly as the directory publishes it.
    public var number: String

    /// The id of the entry whose line is preferred.
    public static let preferredOrganisationID = "front-line-defenders"

    /// The emergency line to show in `language`, if the directory has one.
    public static func find(in directory: Directory, language: UILanguage) -> EmergencyNumber? {
        let preferred = directory.organisation(preferredOrganisationID).map { [$0] } ?? []
        for organisation in preferred + directory.organisations where organisation.status == .active {
            let activeContacts = organisation.contacts
                + organisation.services.filter { $0.status == .active }.flatMap(\.contacts)
            if let contact = activeContacts.first(where: { $0.emergency && $0.isCurrent && $0.type == "phone" }) {
                return EmergencyNumber(organisation: organisation.name.resolved(language), number: contact.value)
            }
        }
        return nil
    }
}
