import DirectoryModel
import Foundation
import GRDB
import GRDBSQLite

/// The full-text search index of a directory: the one owner of its SQLite database.
///
/// The index is derived data, always rebuilt from a ``Directory`` in one transaction: in memory
/// (``build(_:)``), or into a temporary file renamed over the old one (``write(_:to:)``), which
/// ``open(path:)`` then reads. Searching is synchronous and safe from any thread.
public final class SearchIndex: Sendable {
    /// GRDB's queue serialises every access to its one connection, which is what makes this
    /// class safe to share.
    private let database: DatabaseQueue
    /// Each organisation's id, name, kind and length, by rowid.
    private let organisations: IndexedOrganisations
    /// The vocabulary words and the codes they name.
    private let dictionary: TermDictionary
    /// For each code (by ``TermDictionary`` number), the rows that use it, ascending.
    private let postings: [[Int32]]
    /// The ranking function registered on the connection, for rows matched by code alone.
    private let ranking: SearchRanking

    private init(
        database: DatabaseQueue, organisations: IndexedOrganisations, dictionary: TermDictionary, postings: [[Int32]],
        ranking: SearchRanking
    ) {
        self.database = database
        self.organisations = organisations
        self.dictionary = dictionary
        self.postings = postings
        self.ranking = ranking
    }

    /// Reads what searches need in memory and registers the ranking function on `database`.
    private convenience init(prepared database: DatabaseQueue) throws {
        let (organisations, dictionary, postings, ranking) = try database.inDatabase { db in
            let organisations = try IndexedOrganisations.load(db)
            let dictionary = try TermDictionary.load(db)
            let statement = try db.makeStatement(sql: SearchSchema.codeRows)
            let postings = try dictionary.tokens.map { token in
                try Int32.fetchAll(statement, arguments: ["{terms} : \"\(token)\""])
            }
            let ranking = try SearchRanking.register(in: db, lengths: organisations.lengths)
            return (organisations, dictionary, postings, ranking)
        }
        self.init(database: database, organisations: organisations, dictionary: dictionary, postings: postings, ranking: ranking)
    }

    /// Builds the index of `directory` in memory.
    public static func build(_ directory: Directory) throws -> SearchIndex {
        do {
            let database = try DatabaseQueue(configuration: configuration(readonly: false))
            try database.write { db in try populate(db, with: directory) }
            return try SearchIndex(prepared: database)
        } catch {
            throw SearchIndexError.cannotBuild(reason: reason(error))
        }
    }

    /// Builds the index of `directory` into the file at `path`.
    ///
    /// The index is built in one transaction into a temporary file in the same folder, then
    /// renamed over `path`, so readers see either the old file or the complete new one. On any
    /// failure the temporary file is removed and a file already at `path` is left as it was.
    public static func write(_ directory: Directory, to path: String) throws {
        try write(directory, to: path, beforeCommit: { _ in })
    }

    /// ``write(_:to:)`` with a step run just before the commit, so tests can make a build fail late.
    static func write(_ directory: Directory, to path: String, beforeCommit: (Database) throws -> Void) throws {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp").path
        do {
            let database = try DatabaseQueue(path: temporary, configuration: configuration(readonly: false))
            do {
                try database.write { db in
                    try populate(db, with: directory)
                    try beforeCommit(db)
                }
                try database.close()
            } catch {
                try? database.close()
                throw error
            }
            guard rename(temporary, path) == 0 else {
                throw SearchIndexError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
        } catch {
            for leftover in [temporary, temporary + "-journal"] { unlink(leftover) }
            if let error = error as? SearchIndexError { throw error }
            throw SearchIndexError.cannotWrite(path: path, reason: reason(error))
        }
    }

    /// Opens the index file at `path` read-only.
    public static func open(path: String) throws -> SearchIndex {
        guard FileManager.default.fileExists(atPath: path) else {
            throw SearchIndexError.cannotOpen(path: path, reason: "there is no such file")
        }
        let database: DatabaseQueue
        let version: Int
        do {
            database = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
            version = try database.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
        } catch {
            throw SearchIndexError.cannotOpen(path: path, reason: reason(error))
        }
        guard version == SearchSchema.version else {
            throw SearchIndexError.incompatible(path: path, version: version)
        }
        do {
            return try SearchIndex(prepared: database)
        } catch {
            throw SearchIndexError.cannotOpen(path: path, reason: reason(error))
        }
    }

    /// The organisations matching `query`, best first (bm25 rank, then id), at most `limit`.
    ///
    /// Every word must match, the last one also as a prefix; when that finds nothing, any word
    /// may. A word matches an organisation's text, or a vocabulary code it uses whose label or
    /// keyword the word is. Any text is accepted: one with no word at all finds nothing.
    public func search(_ query: String, limit: Int = 50) throws -> [SearchHit] {
        guard limit > 0, let expression = MatchExpression(query: query, dictionary: dictionary) else { return [] }
        let limit = min(limit, Self.maximumLimit)
        let groups = expression.groups
        // Each word's score and matches, summed by rowid over the words.
        var scores = [Double](repeating: 0, count: organisations.count + 1)
        var matched = [UInt8](repeating: 0, count: organisations.count + 1)
        do {
            // No transaction is needed around the reads: nothing writes to an index once built
            // (a new file replaces it by rename), and the isolation a transaction brings
            // would cost more than a small search itself.
            try database.unsafeRead { db in
                for group in groups {
                    let plan = QueryPlan(
                        group, weighsByRarity: groups.count > 1 || group.forms > 1, postings: postings, rowCount: organisations.count
                    )
                    var seen = [Bool](repeating: false, count: organisations.count + 1)
                    var rows: [Int] = []
                    try forEachMatch(db, of: group.text, plan: plan) { rowid in
                        guard rowid > 0, rowid < seen.count else { return }
                        seen[rowid] = true
                        rows.append(rowid)
                    }
                    // Scored after the run, when each phrase's count (and so its idf) is known.
                    for rowid in rows {
                        scores[rowid] += plan.score(rowid, ranking: ranking)
                        matched[rowid] += 1
                    }
                    // Rows that use one of the word's codes without holding the word in any text.
                    for rowid in plan.codeRowids() where rowid > 0 && rowid < seen.count && !seen[rowid] {
                        scores[rowid] += plan.score(rowid, ranking: ranking)
                        matched[rowid] += 1
                    }
                }
            }
        } catch {
            throw SearchIndexError.searchFailed(reason: Self.reason(error))
        }
        var best = TopHits(capacity: limit)
        for rowid in 1..<matched.count where Int(matched[rowid]) == groups.count {
            best.offer(score: scores[rowid], rowid: rowid)
        }
        if best.entries.isEmpty, groups.count > 1 {
            for rowid in 1..<matched.count where matched[rowid] > 0 {
                best.offer(score: scores[rowid], rowid: rowid)
            }
        }
        return best.entries.map { organisations.hit(rowid: $0.rowid, rank: $0.score) }
    }

    /// The most hits one search returns, whatever the caller asks.
    public static let maximumLimit = 1_000

    /// Calls `body` with each row matching the FTS5 expression `text`, while the ranking
    /// function records its partial scores in `plan`, stepping the statement directly: a
    /// common word matches most of a large directory, and per row this is the whole cost of a
    /// search.
    private func forEachMatch(_ db: Database, of text: String, plan: QueryPlan, _ body: (Int) -> Void) throws {
        let statement = try db.cachedStatement(sql: SearchSchema.query)
        let handle = statement.sqliteStatement
        // Bound by hand: GRDB has no pointer arguments. The plan outlives the run.
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        // SQLite's SQLITE_TRANSIENT: it copies the text.
        let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
        guard sqlite3_bind_text(handle, 1, text, -1, transient) == SQLITE_OK,
              sqlite3_bind_pointer(handle, 2, Unmanaged.passUnretained(plan).toOpaque(), QueryPlan.pointerType, nil) == SQLITE_OK else {
            throw DatabaseError(message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        try withExtendedLifetime(plan) {
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                body(Int(sqlite3_column_int64(handle, 0)))
            }
        }
    }

    private static func populate(_ db: Database, with directory: Directory) throws {
        try SearchSchema.create(in: db)
        try db.execute(sql: SearchSchema.bulkLoad)
        let (dictionary, codeTokens) = TermDictionary.build(directory.vocabularies)
        try dictionary.save(db)
        let insertOrganisation = try db.makeStatement(sql: SearchSchema.insertOrganisation)
        let insertDocument = try db.makeStatement(sql: SearchSchema.insertDocument)
        var builder = SearchDocumentBuilder(directory: directory, codeTokens: codeTokens)
        // Rowids must follow id order: the search query breaks rank ties by rowid.
        let organisations = directory.organisations.sorted { $0.id < $1.id }
        for (offset, organisation) in organisations.enumerated() {
            let rowid = offset + 1
            let document = builder.document(for: organisation)
            try insertOrganisation.execute(arguments: [
                rowid, organisation.id, organisation.name.resolved("en"), organisation.kind, document.wordCount,
            ])
            try insertDocument.execute(arguments: [rowid] + StatementArguments(document.columnValues))
        }
        try db.execute(sql: SearchSchema.optimize)
    }

    private static func configuration(readonly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.label = "sanad-search-index"
        return configuration
    }

    /// A database error as words, without SQLite's codes or a final full stop.
    private static func reason(_ error: any Error) -> String {
        var text: String
        switch error {
        case let error as SearchIndexError: text = error.description
        case let error as DatabaseError: text = error.message ?? error.description
        default: text = String(describing: error)
        }
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
