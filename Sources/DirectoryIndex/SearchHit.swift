import Memberwise

/// One organisation found by ``SearchIndex/search(_:limit:)``.
@MemberwiseInit
public struct SearchHit: Sendable, Hashable {
    /// The organisation's id.
    public var id: String
    /// Its name in English, or in its source language when it has no English name.
    public var name: String
    /// Its code from the `kinds` vocabulary.
    public var kind: String
    /// The BM25 score with Sanad's column weights, negated as FTS5's `bm25()` does: lower is
    /// better. Hits come best first, ties broken by id.
    public var rank: Double
}
