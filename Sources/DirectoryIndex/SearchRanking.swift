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

    /// Registers the function on `db`'s connection, with the document lengths by rowid
    /// (index 0 unused). The connection keeps its own reference to the ranking until it closes.
    static func register(in db: Database, lengths: [Double]) throws {
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
    ///
    /// The hottest code of a search: references to the ranking and the query's statistics are
    /// borrowed, not retained, and arrays read through buffer pointers, so no reference count
    /// changes per row.
    private static func rank(_ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ result: OpaquePointer?) {
        guard let api, let fts, let result, let user = api.pointee.xUserData(fts) else { return }
        guard let auxiliary = api.pointee.xGetAuxdata(fts, 0) ?? QueryStatistics.create(api, fts) else {
            sqlite3_result_error(result, "sanad_rank: cannot count matches", -1)
            return
        }
        let score = Unmanaged<SearchRanking>.fromOpaque(user)._withUnsafeGuaranteedRef { ranking in
            Unmanaged<QueryStatistics>.fromOpaque(auxiliary)._withUnsafeGuaranteedRef { statistics in
                ranking.score(api, fts, idf: statistics.idf)
            }
        }
        sqlite3_result_double(result, -score)
    }

    /// BM25 of the current row over the query's phrases.
    @inline(__always)
    private func score(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, idf: [Double]) -> Double {
        let rowid = Int(api.pointee.xRowid(fts))
        let length = rowid > 0 && rowid < lengths.count ? lengths[rowid] : averageLength
        let norm = Self.k1 * (1 - Self.b + Self.b * length / averageLength)
        let firstColumn = api.pointee.xPhraseFirstColumn!
        let nextColumn = api.pointee.xPhraseNextColumn!
        return weights.withUnsafeBufferPointer { weights in
            idf.withUnsafeBufferPointer { idf in
                var score = 0.0
                var iterator = Fts5PhraseIter()
                var column: Int32 = -1
                for phrase in 0..<idf.count {
                    var frequency = 0.0
                    let code = firstColumn(fts, Int32(phrase), &iterator, &column)
                    while code == SQLITE_OK, column >= 0 {
                        if Int(column) < weights.count { frequency += weights[Int(column)] }
                        nextColumn(fts, &iterator, &column)
                    }
                    if frequency > 0 {
                        score += idf[phrase] * frequency * (Self.k1 + 1) / (frequency + norm)
                    }
                }
                return score
            }
        }
    }

    /// What one query needs once: the inverse document frequency of each phrase, computed as
    /// FTS5's `bm25()` does, and kept with the query through FTS5's auxiliary data.
    final class QueryStatistics {
        let idf: [Double]

        init(idf: [Double]) { self.idf = idf }

        /// Counts the matches of each phrase and keeps the statistics with the query; returns
        /// the pointer FTS5 keeps, or nil when counting failed.
        static func create(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer) -> UnsafeMutableRawPointer? {
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
            let pointer = Unmanaged.passRetained(QueryStatistics(idf: phrases == 1 ? [1] : idf)).toOpaque()
            let code = api.pointee.xSetAuxdata(fts, pointer) { pointer in
                if let pointer { Unmanaged<QueryStatistics>.fromOpaque(pointer).release() }
            }
            // On failure SQLite has already called the destructor, and the pointer is gone.
            return code == SQLITE_OK ? pointer : nil
        }
    }
}
