import Foundation
import Memberwise

/// One organisation or mechanism: one file `directory/organisations/<id>.yaml`.
public struct Organisation: Sendable, Hashable, Identifiable {
    /// Stable identifier; equals the file name without `.yaml`. Lowercase letters, digits and hyphens.
    public var id: String
    /// The organisation's own name; translations only where the organisation uses them.
    public var name: LocalizedText
    /// Other names people search by: acronyms, former names, names used in other languages.
    public var alternateNames: [String]
    /// A code from the `kinds` vocabulary.
    public var kind: String
    /// Whether the organisation still operates.
    public var status: Status
    /// Why the organisation is inactive, when it is.
    public var statusNote: LocalizedText?
    /// ISO 639-1 code of the language plain strings in this file are written in.
    public var language: String
    /// Our own short summary, at most 400 characters per language.
    public var description: LocalizedText?
    /// The public website (https).
    public var website: String?
    /// The onion address, where the organisation publishes one.
    public var onion: String?
    /// Ids of organisations this one belongs to (for example a network's secretariat).
    public var partOf: [String]
    /// The programmes this organisation runs.
    public var services: [Service]
    /// Contacts that belong to the organisation as a whole rather than one programme.
    public var contacts: [Contact]
    /// Warnings a defender must read before contacting (reprisals, consent, publicity).
    public var riskNotes: [LocalizedText]
    /// Where the facts come from.
    public var provenance: Provenance
    /// ISO 3166-1 country where the body is based, when a source states it.
    public var seat: String?
    /// What the facts leave unconfirmed about the organisation (its name, that it still works).
    public var unconfirmed: LocalizedText?
    /// A source's warnings about the user's safety (a group declared "extremist"), shown on every
    /// front with the entry.
    public var safetyWarnings: [LocalizedText]

    public init(
        id: String, name: LocalizedText, alternateNames: [String] = [], kind: String,
        status: Status = .active, statusNote: LocalizedText? = nil, language: String = "en",
        description: LocalizedText? = nil, website: String? = nil, onion: String? = nil,
        partOf: [String] = [], services: [Service] = [], contacts: [Contact] = [],
        riskNotes: [LocalizedText] = [], provenance: Provenance
    ) {
        self.id = id
        self.name = name
        self.alternateNames = alternateNames
        self.kind = kind
        self.status = status
        self.statusNote = statusNote
        self.language = language
        self.description = description
        self.website = website
        self.onion = onion
        self.partOf = partOf
        self.services = services
        self.contacts = contacts
        self.riskNotes = riskNotes
        self.provenance = provenance
        self.seat = nil
        self.unconfirmed = nil
        self.safetyWarnings = []
    }

    /// Every contact of the organisation and its services, organisation-wide ones first.
    public var allContacts: [Contact] { contacts + services.flatMap(\.contacts) }
}

/// Whether an organisation or a service is operating.
public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    case active
    /// Kept in the directory (people still search for it) but never referred to.
    case inactive
}

/// Where an entry's facts come from. There is no entry-wide verification date: each contact
/// carries its source's date and, once re-checked, its own `checked` date.
@MemberwiseInit
public struct Provenance: Sendable, Hashable {
    /// URLs or short citations (for example `github:owner/repo path@commit`, or the founding leaflet).
    public var sources: [String]
    /// How the facts were gathered, in our own words.
    public var method: String?
}
