/// The engine's fixed rules as one value: how many results, the diversity limit, the score
/// weights, and which organisation is the UN mechanism for defenders.
public struct ReferralOptions: Sendable, Hashable {
    /// Results shown before "more".
    public var shown = 5
    /// Fewer ranked results than this starts relaxation.
    public var minimumResults = 3
    /// Results explained in full (the shown ones and the next page); the rest are only counted.
    public var explained = 50
    /// At most this many programmes of one organisation are ranked.
    public var perOrganisation = 2
    public var weights = ScoreWeights()
    /// Ids of the UN Special Rapporteur on human rights defenders, pinned when mechanisms are wanted.
    public var unDefendersMechanisms = ["un-sr-human-rights-defenders"]

    public init() {}

    public static let standard = ReferralOptions()
}

/// The integer weight of every score signal. The score is their plain sum, so a result's score
/// can be explained signal by signal; there are no popularity or click signals.
public struct ScoreWeights: Sendable, Hashable {
    /// The programme offers the primary need.
    public var primaryNeed = 40
    /// A broader service that answers the primary need (``ThreatKinds/broaderNeeds``), when the
    /// need itself is not offered: half of the primary need.
    public var broaderNeed = 20
    /// Each further need offered.
    public var furtherNeed = 15
    /// Each service type that typically answers a threat given, when no need was given (at most two count).
    public var answersThreat = 10
    /// Each threat the programme names as one it responds to (at most three count).
    public var threat = 8
    /// The programme is specifically for the defender's group (not only "any defender").
    public var group = 6
    /// Coverage names the country.
    public var coverageCountry = 12
    /// Coverage includes the country through a region or body.
    public var coverageRegion = 8
    /// Worldwide coverage.
    public var coverageGlobal = 0
    /// Coverage not stated in the directory: weaker evidence than worldwide coverage.
    public var coverageUnknown = -4
    /// Works in a language the defender reads.
    public var language = 10
    /// Answers fast enough for the urgency.
    public var urgencyFit = 10
    /// Known to answer too slowly for the urgency.
    public var urgencyMismatch = -15
    /// An end-to-end encrypted contact of a type the defender can use.
    public var secureChannel = 6
    /// A shown contact re-checked (`checked`) within six months of the as-of date (half as much within twelve).
    public var fresh = 6
    /// No shown contact re-checked on its live source (`checked`) for more than 24 months.
    public var stale = -6
    /// Each relaxed filter the programme needed to be admitted.
    public var relaxed = -20

    public init() {}
}
