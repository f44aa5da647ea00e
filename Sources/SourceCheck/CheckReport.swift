import Memberwise

/// The outcome of `sanad sources check`: one verdict per contact and one outcome per page.
@MemberwiseInit
public struct CheckReport: Sendable {
    /// Contacts with a fetched source first (in plan order), then those not checkable.
    public var verdicts: [ContactVerdict]
    public var pages: [SourceChecker.PageOutcome]

    /// 0 when every value on a checkable source was found; 2 when no page could be read at all
    /// (no network, or nothing to fetch); 1 otherwise: a value missing, or a checkable source
    /// unreachable or refused by robots.txt, so a person must look.
    public var exitStatus: Int32 {
        guard pages.contains(where: { $0.verdict.isLive }) else { return 2 }
        return verdicts.filter(\.isCheckable).allSatisfy { $0.value == .found } ? 0 : 1
    }

    /// How many contacts have each value verdict and fetch verdict.
    public var counts: [String: Int] {
        var counts: [String: Int] = [:]
        for verdict in verdicts {
            counts[verdict.value?.rawValue ?? verdict.fetch.code, default: 0] += 1
        }
        return counts
    }

    /// One line per contact, `file:line:column: verdict: …`, then a summary line.
    public var text: String {
        var out = ""
        for verdict in verdicts {
            let c = verdict.contact
            let what = "\(c.type) \"\(c.value)\" (\(c.organisation)\(c.service.map { "/\($0)" } ?? ""))"
            switch (verdict.fetch, verdict.value) {
            case (_, .some(let value)):
                var line = "\(c.position): \(value.rawValue): \(what) on \(verdict.source)"
                if case .redirected(let to) = verdict.fetch { line += " (redirected to \(to))" }
                if let authority = verdict.authority { line += ", \(authority.words)" }
                if verdict.isRecordable { line += ", recordable" }
                out += line + "\n"
            case (let fetch, nil):
                out += "\(c.position): \(fetch.words): \(what) from \(verdict.source)\n"
            }
        }
        return out + summary + "\n"
    }

    /// `pages: 40 read (3 redirected), 5 unreachable, 1 refused by robots.txt; values: 70 found, 6 missing, 12 unchecked, 61 not checkable`.
    public var summary: String {
        let read = pages.filter(\.verdict.isLive).count
        let redirected = pages.filter { if case .redirected = $0.verdict { return true } else { return false } }.count
        let unreachable = pages.filter { if case .unreachable = $0.verdict { return true } else { return false } }.count
        let refused = pages.filter { $0.verdict == .refusedByRobots }.count
        let documents = pages.filter { if case .notCheckable = $0.verdict { return true } else { return false } }.count
        let found = verdicts.filter { $0.value == .found }.count
        let missing = verdicts.filter { $0.value == .missing }.count
        let unchecked = verdicts.filter { $0.isCheckable && $0.value == nil }.count
        let notCheckable = verdicts.filter { !$0.isCheckable }.count
        let recordable = verdicts.filter(\.isRecordable).count
        var line = "pages: \(read) read (\(redirected) redirected), \(unreachable) unreachable, \(refused) refused by robots.txt"
        if documents > 0 { line += ", \(documents) not readable as text" }
        line += "; values: \(found) found (\(recordable) on own or official pages), \(missing) missing, \(unchecked) unchecked, \(notCheckable) not checkable"
        return line
    }
}

extension PageAuthority {
    /// In words, for the plain-text report.
    var words: String {
        switch self {
        case .own: return "the organisation's own page"
        case .official: return "an official page"
        case .thirdParty: return "a third party's page"
        }
    }
}
