/// The best `capacity` of a stream of (score, rowid) pairs, lower score first and ties by lower
/// rowid: the order ``SearchIndex`` returns. Most rows of a common word's thousands are refused
/// by one comparison with the worst kept, so keeping the top few costs next to nothing per row
/// (SQLite's `ORDER BY … LIMIT` would insert each into a temporary b-tree).
struct TopHits {
    let capacity: Int
    /// Kept best first.
    private(set) var entries: [(score: Double, rowid: Int)] = []

    init(capacity: Int) {
        self.capacity = capacity
        entries.reserveCapacity(capacity + 1)
    }

    /// Whether `a` comes before `b`.
    @inline(__always)
    static func precedes(_ a: (score: Double, rowid: Int), _ b: (score: Double, rowid: Int)) -> Bool {
        a.score != b.score ? a.score < b.score : a.rowid < b.rowid
    }

    mutating func offer(score: Double, rowid: Int) {
        let entry = (score: score, rowid: rowid)
        if entries.count == capacity {
            guard let worst = entries.last, Self.precedes(entry, worst) else { return }
            entries.removeLast()
        }
        // Binary search for the first kept entry that the new one precedes.
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(entries[middle], entry) { low = middle + 1 } else { high = middle }
        }
        entries.insert(entry, at: low)
    }
}
