import DirectoryModel

/// One contact as written in a directory file: its values and where it stands, so a check can
/// report it as `file:line:column` and `--record` can edit exactly that contact.
public struct LocatedContact: Sendable, Hashable {
    /// The organisation's id.
    public var organisation: String
    /// The service's id, nil for an organisation-wide contact.
    public var service: String?
    /// The file as the directory path was given (`directory/organisations/x.yaml`).
    public var file: String
    /// 1-based line and column of the contact's first key.
    public var line: Int
    public var column: Int
    public var type: String
    public var value: String
    public var source: String
    /// The national form the source prints, when the value was converted to international form.
    public var printed: String?
    /// The id of the organisation that runs a shared line.
    public var operatorID: String?
    public var historical: Bool
    /// Whether the contact carries an `unconfirmed` note.
    public var unconfirmed: Bool
    /// The last check, when `checked` holds a valid date.
    public var checked: CalendarDate?
    /// The line of each key of the contact's mapping, for the one-line edit.
    public var keyLines: [String: Int]
    /// The organisation's website, and the operator's when the contact names one.
    public var websites: [String]

    /// `file:line:column`.
    public var position: String { "\(file):\(line):\(column)" }

    /// Whether the contact may appear in emergency blocks and referrals: not historical and
    /// nothing unconfirmed. Only such contacts are listed as stale and recorded as checked.
    public var isCurrent: Bool { !historical && !unconfirmed }
}
