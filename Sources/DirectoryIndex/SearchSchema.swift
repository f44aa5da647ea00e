import GRDB

/// The tables of the search index and the SQL that reads and writes them.
///
/// `organisation` holds what a hit shows and the number of words indexed for it; `search` is a
/// contentless FTS5 table over normalised text (see ``TextNormaliser``), one row per
/// organisation with the same rowid. Contentless, because the text is never read back.
/// `term_word` is the ``TermDictionary``: its `terms` column holds code tokens, not words.
///
/// The normaliser has already folded, cut and joined every word with single spaces, so the
/// FTS5 tokenizer must only split on spaces: `ascii` does exactly that for such text (every
/// non-ASCII character is a word character to it), so a quoted query word is always exactly one
/// FTS5 token, whatever Unicode version SQLite's own tables follow. `detail = column` stores
/// which columns hold a word, not where: ``SearchRanking`` needs no more, and the index is
/// smaller and faster to build; `columnsize = 0` drops the per-row word counts for the same
/// reason (lengths are in `organisation`). Prefix indexes of 2 to 5 characters answer a word
/// being typed from one list: without them, `defe*` merges the lists of every word that starts
/// so, several milliseconds on 10,000 organisations. Longer prefixes are rarer and cheap to merge.
enum SearchSchema {
    /// Stored in `PRAGMA user_version`; an index with another number was built by another
    /// version of Sanad and is refused rather than misread.
    static let version = 2

    /// The FTS5 columns in order, with their BM25 weights: names count most, descriptions least.
    static let columns: [(name: String, weight: Double)] = [
        ("names", 10), ("services", 4), ("terms", 2), ("places", 2), ("descriptions", 1),
    ]

    static func create(in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE term_word (
                word TEXT NOT NULL,
                token TEXT NOT NULL
            );
            CREATE TABLE organisation (
                rowid INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                length INTEGER NOT NULL
            );
            CREATE VIRTUAL TABLE search USING fts5(
                \(columns.map(\.name).joined(separator: ", ")),
                content = '',
                detail = column,
                columnsize = 0,
                tokenize = 'ascii',
                prefix = '2 3 4 5'
            );
            PRAGMA user_version = \(version);
            """)
    }

    static let insertOrganisation = "INSERT INTO organisation (rowid, id, name, kind, length) VALUES (?, ?, ?, ?, ?)"

    static let insertDocument = """
        INSERT INTO search (rowid, \(columns.map(\.name).joined(separator: ", ")))
        VALUES (?, \(columns.map { _ in "?" }.joined(separator: ", ")))
        """

    /// Merges the FTS5 b-trees into one, so every query reads a single segment.
    static let optimize = "INSERT INTO search (search) VALUES ('optimize')"

    /// FTS5 gathers new terms in a hash table and writes a segment whenever it passes its size
    /// (1 MB by default), merging segments as it goes. At 64 MiB, 10,000 organisations fit in
    /// one segment, written at the commit with no merging: the build takes a third less time, and
    /// the peak memory of `sanad index` on them is unchanged (about 160 MB, most of it the loaded
    /// directory). FTS5 stores the setting with the table, where only writers read it, and
    /// nothing writes to an index once built.
    static let bulkLoad = "INSERT INTO search (search, rank) VALUES ('hashsize', 67108864)"

    /// Every matching row with its rank (see ``SearchRanking``; lower is better), the match
    /// expression first and the query's ``QueryPlan`` second. ``SearchIndex`` keeps the best
    /// itself: rows come in rowid order, and rowids follow id order (organisations are
    /// inserted sorted by id), so ties go by id.
    static let query = "SELECT rowid, \(SearchRanking.functionName)(search, ?2) FROM search WHERE search MATCH ?1"

    /// The rows whose `terms` column holds one code's token.
    static let codeRows = "SELECT rowid FROM search WHERE search MATCH ?"
}
