import Foundation
import GRDBSQLite

/// One query token's FTS5 run and its scores: how many word phrases it has, what the ranking
/// function recorded for each matching row, and which rows use the vocabulary codes the token
/// names (as a bit set by rowid), which score as a match in the `terms` column.
///
/// Handed to the ranking function as an SQL pointer argument for the length of one statement
/// run, on the searching thread only.
final class QueryPlan {
    /// How many word phrases the token's expression holds.
    let forms: Int
    /// Rowids run from 1 to this.
    let rowCount: Int
    /// Whether scores are weighed by idf: with one token of one form it would scale every score
    /// alike and cannot change the order, so it is left at 1.
    let weighsByRarity: Bool
    /// Rows using one of the token's codes, by rowid; nil when it names no code.
    let codeRows: [UInt64]?
    /// The inverse document frequency of a code match: from how many rows use the codes.
    let codeIDF: Double
    /// Each matching row's BM25 term for each word phrase, before idf: `(rowid × forms) + phrase`.
    /// Filled by the ranking function, row by row, during the run.
    let partials: UnsafeMutableBufferPointer<Double>
    /// How many rows each word phrase matched, counted during the run: its document frequency.
    let counts: UnsafeMutableBufferPointer<Int>

    /// The pointer type name SQLite checks when the plan is passed as an argument. SQLite keeps
    /// the name's address, not a copy, so it must be static: a string literal's bytes, which
    /// the compiler ends with a NUL.
    private static let pointerTypeLiteral: StaticString = "sanad_query_plan"
    static var pointerType: UnsafePointer<CChar> {
        UnsafeRawPointer(pointerTypeLiteral.utf8Start).assumingMemoryBound(to: CChar.self)
    }

    init(_ group: MatchExpression.Group, weighsByRarity: Bool, postings: [[Int32]], rowCount: Int) {
        forms = group.forms
        self.weighsByRarity = weighsByRarity
        self.rowCount = rowCount
        partials = .allocate(capacity: (rowCount + 1) * group.forms)
        partials.initialize(repeating: 0)
        counts = .allocate(capacity: group.forms)
        counts.initialize(repeating: 0)
        guard !group.codes.isEmpty else {
            codeRows = nil
            codeIDF = 1
            return
        }
        var bits = [UInt64](repeating: 0, count: rowCount / 64 + 1)
        for code in group.codes where code < postings.count {
            for row in postings[code] where row >= 0 && Int(row) <= rowCount { bits[Int(row) >> 6] |= 1 << UInt64(row & 63) }
        }
        codeRows = bits
        let m = Double(bits.reduce(0) { $0 + $1.nonzeroBitCount }), n = Double(rowCount)
        codeIDF = weighsByRarity ? Self.idf(rows: n, matches: m) : 1
    }

    /// FTS5's `bm25()` idf, with its floor: a word in more than half the rows still counts a little.
    static func idf(rows n: Double, matches m: Double) -> Double {
        max(1e-6, log((n - m + 0.5) / (m + 0.5)))
    }

    /// Whether `rowid` uses one of the token's codes.
    @inline(__always)
    func usesCode(_ rowid: Int) -> Bool {
        guard let bits = codeRows, rowid >= 0, rowid >> 6 < bits.count else { return false }
        return bits[rowid >> 6] & (1 << UInt64(rowid & 63)) != 0
    }

    /// The rows using one of the codes, ascending.
    func codeRowids() -> [Int] {
        guard let bits = codeRows else { return [] }
        var rows: [Int] = []
        for (index, word) in bits.enumerated() where word != 0 {
            var remaining = word
            while remaining != 0 {
                rows.append(index << 6 + remaining.trailingZeroBitCount)
                remaining &= remaining - 1
            }
        }
        return rows
    }

    deinit {
        partials.deallocate()
        counts.deallocate()
    }

    /// The score of `rowid` once the run is over, lower is better: each word phrase's partial
    /// weighed by how rare the phrase was (when ``weighsByRarity``), plus the code match.
    func score(_ rowid: Int, ranking: SearchRanking) -> Double {
        var score = 0.0
        if rowid > 0, rowid <= rowCount {
            for phrase in 0..<forms where partials[rowid * forms + phrase] > 0 {
                let idf = weighsByRarity ? Self.idf(rows: Double(rowCount), matches: Double(counts[phrase])) : 1
                score += idf * partials[rowid * forms + phrase]
            }
        }
        if usesCode(rowid) { score += ranking.codeScore(rowid, plan: self) }
        return -score
    }
}
