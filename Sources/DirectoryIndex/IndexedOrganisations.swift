import GRDB

/// What an index keeps in memory for each organisation, by rowid: the fields a hit shows and the
/// number of words indexed for it. Read once when the index is built or opened, so a search
/// touches SQLite only for the full-text match itself, never for a join or a length per row.
struct IndexedOrganisations: Sendable {
    /// Indexed by rowid; index 0 is unused (rowids start at 1).
    private(set) var ids: [String] = [""]
    private(set) var names: [String] = [""]
    private(set) var kinds: [String] = [""]
    /// Words indexed per organisation (BM25's document length).
    private(set) var lengths: [Double] = [0]

    /// Reads the `organisation` table, whose rowids run from 1 without gaps.
    static func load(_ db: Database) throws -> IndexedOrganisations {
        var organisations = IndexedOrganisations()
        let rows = try Row.fetchCursor(db, sql: "SELECT rowid, id, name, kind, length FROM organisation ORDER BY rowid")
        while let row = try rows.next() {
            guard row[0] as Int == organisations.ids.count else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the organisation rowids are not 1, 2, 3 and so on")
            }
            organisations.ids.append(row[1])
            organisations.names.append(row[2])
            organisations.kinds.append(row[3])
            organisations.lengths.append(row[4])
        }
        return organisations
    }

    /// How many organisations are indexed.
    var count: Int { ids.count - 1 }

    /// The hit for `rowid` with `rank`.
    func hit(rowid: Int, rank: Double) -> SearchHit {
        SearchHit(id: ids[rowid], name: names[rowid], kind: kinds[rowid], rank: rank)
    }
}
