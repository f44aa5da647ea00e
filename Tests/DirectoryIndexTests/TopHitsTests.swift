import Testing
@testable import DirectoryIndex

/// ``TopHits`` keeps what sorting everything and cutting would keep.
@Suite struct TopHitsTests {
    @Test("The best few of a long stream, ties by rowid, whatever the capacity", arguments: [1, 3, 20, 1_000])
    func keepsTheBest(capacity: Int) {
        var generator = SystemRandomNumberGenerator()
        // Few distinct scores, so ties are common and their order matters.
        let stream = (1...2_000).map { rowid in (score: -Double(Int.random(in: 0..<40, using: &generator)) / 4, rowid: rowid) }
        var top = TopHits(capacity: capacity)
        for entry in stream { top.offer(score: entry.score, rowid: entry.rowid) }
        let expected = stream.sorted { TopHits.precedes($0, $1) }.prefix(capacity)
        #expect(top.entries.map(\.rowid) == expected.map(\.rowid))
        #expect(top.entries.map(\.score) == expected.map(\.score))
    }

    @Test("Fewer rows than the capacity are all kept, best first")
    func fewerThanCapacity() {
        var top = TopHits(capacity: 10)
        for (rowid, score) in [(5, -1.0), (2, -3.0), (9, -1.0), (1, -0.5)] { top.offer(score: score, rowid: rowid) }
        #expect(top.entries.map(\.rowid) == [2, 5, 9, 1])
    }
}
