import Memberwise

/// Refuses a reload that would shrink the directory sharply: more than a share of the
/// organisations gone at once, or every emergency channel gone. A valid but emptied directory
/// (every organisation file deleted in one commit, by mistake or by an attacker with push
/// access) lints clean file by file, and would otherwise be served with an "In danger now?"
/// block that has no number. The refusal is logged like a lint error and the last good
/// directory keeps serving, until the operator confirms: by restarting the service (a start
/// has nothing to compare with), with ``confirmed``, or once by creating the file
/// ``confirmationFileName`` in the state directory and reloading (the reload removes it).
@MemberwiseInit
public struct ReloadShrinkGuard: Sendable, Hashable {
    /// The largest share of the serving organisations a reload may remove (0.2: 20 %).
    public var maximumRemovedShare: Double = ReloadShrinkGuard.defaultMaximumRemovedShare
    /// The operator accepts any shrink (the directory is meant to be this small).
    public var confirmed: Bool = false

    public static let defaultMaximumRemovedShare = 0.2
    /// The file in the state directory that confirms the next refused shrink, once.
    public static let confirmationFileName = "confirm-shrink"

    /// The size of a directory as the guard compares it.
    @MemberwiseInit
    public struct Size: Sendable, Hashable {
        public var organisations: Int
        public var emergencyLines: Int
    }

    /// Why the reload from `serving` to `loaded` is refused, one lint-style line per reason
    /// (prefixed with `directory`), or nothing when it may go ahead.
    public func problems(from serving: Size, to loaded: Size, directory: String) -> [String] {
        guard !confirmed else { return [] }
        var problems: [String] = []
        let removed = serving.organisations - loaded.organisations
        if serving.organisations > 0, removed > 0, Double(removed) > Double(serving.organisations) * maximumRemovedShare {
            let percent = Int((Double(removed) * 100 / Double(serving.organisations)).rounded())
            let allowed = Int((maximumRemovedShare * 100).rounded())
            problems.append("\(directory): error: the reload would remove \(removed) of \(serving.organisations) organisations (\(percent) %), more than the \(allowed) % one reload may remove; to confirm, create \(Self.confirmationFileName) in the state directory and reload, or restart the service")
        }
        if serving.emergencyLines > 0, loaded.emergencyLines == 0 {
            problems.append("\(directory): error: the reload would remove every emergency channel (\(serving.emergencyLines) now shown); to confirm, create \(Self.confirmationFileName) in the state directory and reload, or restart the service")
        }
        return problems
    }
}
