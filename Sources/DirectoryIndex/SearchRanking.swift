import Foundation
import GRDB
import GRDBSQLite

/// The FTS5 ranking function `sanad_rank(search)`: Okapi BM25 with column weights, like FTS5's
/// own `bm25()`, but cheaper per row, because a common word can match most of the directory and
/// every matching row must be scored before the best can be kept.
///
/// Two differences from `bm25()`: a column counts once however often a word appears in it (a
/// name that repeats a word does not outrank one that says it once), and document lengths come
/// from memory (``lengths``) instead of one SQL lookup per row. Like `bm25()`, lower is better.
final class SearchRanking: Sendable {
    /// The function's name in SQL.
    static let functionName = "sanad_rank"
    /// BM25's term-frequency saturation and length normalisation, FTS5's defaults.
    static let k1 = 1.2
    static let b = 0.75

    /// Words indexed per organisation, by rowid (index 0 unused).
    let lengths: [Double]
    let averageLength: Double
    /// Weight of each FTS5 column, in ``SearchSchema/columns`` order.
    let weights: [Double]

    init(lengths: [Double], weights: [Double]) {
        self.lengths = lengths
        let real = lengths.dropFirst()
        self.averageLength = real.isEmpty ? 1 : max(1, real.reduce(0, +) / Double(real.count))
        self.weights = weights
    }

    /// Reads the document lengths and registers the function on `db`'s connection. The
    /// connection keeps its own reference to the ranking until it closes.
    static func register(in db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT rowid, length FROM organisation ORDER BY rowid")
        var lengths = [Double](repeating: 0, count: (rows.last?[0] as Int? ?? 0) + 1)
        for row in rows { lengths[row[0] as Int] = row[1] }
        let ranking = SearchRanking(lengths: lengths, weights: SearchSchema.columns.map(\.weight))
        let api = UnsafeMutablePointer(mutating: FTS5.api(db))
        let context = Unmanaged.passRetained(ranking).toOpaque()
        let code = api.pointee.xCreateFunction(
            api, functionName, context,
            { api, fts, result, _, _ in SearchRanking.rank(api, fts, result) },
            { context in if let context { Unmanaged<SearchRanking>.fromOpaque(context).release() } }
        )
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register \(functionName)")
        }
    }

    /// The score of the current row, called by SQLite for every matching row.
    private static func rank(_ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ result: OpaquePointer?) {
        guard let api, let fts, let result, let user = api.pointee.xUserData(fts) else { return }
        let ranking = Unmanaged<SearchRanking>.fromOpaque(user).takeUnretainedValue()
        guard let statistics = QueryStatistics.current(api, fts) else {
            sqlite3_result_error(result, "sanad_rank: cannot count matches", -1)
            return
        }
        let rowid = Int(api.pointee.xRowid(fts))
        let length = rowid > 0 && rowid < ranking.lengths.count ? ranking.lengths[rowid] : ranking.averageLength
        let norm = k1 * (1 - b + b * length / ranking.averageLength)
        var score = 0.0
        var iterator = Fts5PhraseIter()
        var column: Int32 = -1
        for phrase in 0..<statistics.idf.count {
            var frequency = 0.0
            let code = api.pointee.xPhraseFirstColumn(fts, Int32(phrase), &iterator, &column)
            while code == SQLITE_OK, column >= 0 {
                if Int(column) < ranking.weights.count { frequency += ranking.weights[Int(column)] }
                api.pointee.xPhraseNextColumn(fts, &iterator, &column)
            }
            if frequency > 0 {
                score += statistics.idf[phrase] * frequency * (k1 + 1) / (frequency + norm)
            }
        }
        sqlite3_result_double(result, -score)
    }

    /// What one query needs once: the inverse document frequency of each phrase, computed as
    /// FTS5's `bm25()` does, and kept with the query through FTS5's auxiliary data.
    final class QueryStatistics {
        let idf: [Double]

        init(idf: [Double]) { self.idf = idf }

        static func current(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer) -> QueryStatistics? {
            if let existing = api.pointee.xGetAuxdata(fts, 0) {
                return Unmanaged<QueryStatistics>.fromOpaque(existing).takeUnretainedValue()
            }
            var rows: Int64 = 0
            guard api.pointee.xRowCount(fts, &rows) == SQLITE_OK else { return nil }
            let phrases = api.pointee.xPhraseCount(fts)
            var idf: [Double] = []
            // With one phrase, idf scales every score alike and cannot change the order, so
            // the extra pass over its matches that counting them takes is skipped.
            for phrase in 0..<(phrases == 1 ? 0 : phrases) {
                var matches = 0
                let code = withUnsafeMutablePointer(to: &matches) { counter in
                    api.pointee.xQueryPhrase(fts, phrase, counter) { _, _, counter in
                        counter?.assumingMemoryBound(to: Int.self).pointee += 1
                        return SQLITE_OK
                    }
                }
                guard code == SQLITE_OK else { return nil }
                let n = Double(rows), m = Double(matches)
                // FTS5's floor: a word in more than half the rows still counts a little.
                idf.append(max(1e-6, log((n - m + 0.5) / (m + 0.5))))
            }
            let statistics = QueryStatistics(idf: phrases == 1 ? [1] : idf)
            let code = api.pointee.xSetAuxdata(fts, Unmanaged.passRetained(statistics).toOpaque()) { pointer in
                if let pointer { Unmanaged<QueryStatistics>.fromOpaque(pointer).release() }
            }
            // On failure SQLite has already called the destructor; the local reference lives on.
            return code == SQLITE_OK ? statistics : nil
        }
    }
}
