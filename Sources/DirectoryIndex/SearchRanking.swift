import Foundation
import GRDB
import GRDBSQLite

/// The FTS5 ranking function `sanad_rank(search, plan)`: Okapi BM25 with column weights, like
/// FTS5's own `bm25()`, but cheaper per row, because a common word can match most of the
/// directory and every matching row must be scored before the best can be kept.
///
/// Differences from `bm25()`: a column counts once however often a word appears in it (a name
/// that repeats a word does not outrank one that says it once); document lengths come from
/// memory (``lengths``) instead of one SQL lookup per row; and a word that names a vocabulary
/// code an organisation uses counts as that word in its `terms` column (see ``QueryPlan``),
/// read from a bit set rather than from one more phrase per code. Per row the function only
/// records each phrase's term in the plan; ``QueryPlan/score(_:ranking:)`` weighs them by idf
/// once the run has counted every phrase. Like `bm25()`, lower is better.
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
    /// The weight of the `terms` column, given to a word whose codes an organisation uses.
    let termsWeight: Double

    init(lengths: [Double], weights: [Double]) {
        self.lengths = lengths
        let real = lengths.dropFirst()
        self.averageLength = real.isEmpty ? 1 : max(1, real.reduce(0, +) / Double(real.count))
        self.weights = weights
        self.termsWeight = SearchSchema.columns.first { $0.name == "terms" }?.weight ?? 1
    }

    /// Registers the function on `db`'s connection, with the document lengths by rowid
    /// (index 0 unused). The connection keeps its own reference to the ranking until it closes.
    @discardableResult
    static func register(in db: Database, lengths: [Double]) throws -> SearchRanking {
        let ranking = SearchRanking(lengths: lengths, weights: SearchSchema.columns.map(\.weight))
        let api = UnsafeMutablePointer(mutating: FTS5.api(db))
        let context = Unmanaged.passRetained(ranking).toOpaque()
        let code = api.pointee.xCreateFunction(
            api, functionName, context,
            { api, fts, result, count, arguments in SearchRanking.rank(api, fts, result, count, arguments) },
            { context in if let context { Unmanaged<SearchRanking>.fromOpaque(context).release() } }
        )
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot register \(functionName)")
        }
        return ranking
    }

    /// The score of the current row, called by SQLite for every matching row, with the
    /// query's ``QueryPlan`` as its one argument.
    ///
    /// The hottest code of a search: references to the ranking and the plan are borrowed, not
    /// retained, and arrays read through buffer pointers, so no reference count changes per row.
    private static func rank(
        _ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ result: OpaquePointer?,
        _ count: Int32, _ arguments: UnsafeMutablePointer<OpaquePointer?>?
    ) {
        guard let api, let fts, let result, let user = api.pointee.xUserData(fts) else { return }
        guard count == 1, let argument = arguments?[0],
              let plan = sqlite3_value_pointer(argument, QueryPlan.pointerType) else {
            sqlite3_result_error(result, "sanad_rank: no query plan", -1)
            return
        }
        let score = Unmanaged<SearchRanking>.fromOpaque(user)._withUnsafeGuaranteedRef { ranking in
            Unmanaged<QueryPlan>.fromOpaque(plan)._withUnsafeGuaranteedRef { plan in
                ranking.record(api, fts, plan: plan)
            }
        }
        sqlite3_result_double(result, -score)
    }

    /// Records in `plan` the current row's BM25 term of each word phrase, before idf (which
    /// needs each phrase's count, known only at the end of the run; counting first would be a
    /// second pass over every match), and counts the phrases it matched. Returns their sum.
    @inline(__always)
    private func record(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, plan: QueryPlan) -> Double {
        let rowid = Int(api.pointee.xRowid(fts))
        guard rowid > 0, rowid <= plan.rowCount else { return 0 }
        let norm = self.norm(rowid)
        let firstColumn = api.pointee.xPhraseFirstColumn!
        let nextColumn = api.pointee.xPhraseNextColumn!
        return weights.withUnsafeBufferPointer { weights in
            var total = 0.0
            var iterator = Fts5PhraseIter()
            var column: Int32 = -1
            for phrase in 0..<plan.forms {
                var frequency = 0.0
                let code = firstColumn(fts, Int32(phrase), &iterator, &column)
                while code == SQLITE_OK, column >= 0 {
                    if Int(column) < weights.count { frequency += weights[Int(column)] }
                    nextColumn(fts, &iterator, &column)
                }
                guard frequency > 0 else { continue }
                let partial = Self.bm25(idf: 1, frequency: frequency, norm: norm)
                plan.partials[rowid * plan.forms + phrase] = partial
                plan.counts[phrase] += 1
                total += partial
            }
            return total
        }
    }

    /// What a row gains from using one of the token's codes: a match in the `terms` column.
    func codeScore(_ rowid: Int, plan: QueryPlan) -> Double {
        Self.bm25(idf: plan.codeIDF, frequency: termsWeight, norm: norm(rowid))
    }

    /// BM25's length normalisation for `rowid`.
    @inline(__always)
    private func norm(_ rowid: Int) -> Double {
        let length = rowid > 0 && rowid < lengths.count ? lengths[rowid] : averageLength
        return Self.k1 * (1 - Self.b + Self.b * length / averageLength)
    }

    @inline(__always)
    private static func bm25(idf: Double, frequency: Double, norm: Double) -> Double {
        idf * frequency * (k1 + 1) / (frequency + norm)
    }
}
