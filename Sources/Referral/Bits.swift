/// A set of up to 256 small integers held inline (four words, no allocation): codes of a
/// vocabulary or countries of regions.yaml, numbered by ``ReferralIndex``. Numbers past 255 are
/// not stored; ISO 3166-1 (249 countries) and ISO 639-1 (184 languages) fit.
struct Bits: Sendable, Hashable {
    static let capacity = 256
    private var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

    init() {}

    init<S: Sequence>(_ members: S) where S.Element == Int {
        for member in members { insert(member) }
    }

    mutating func insert(_ n: Int) {
        guard n >= 0, n < Self.capacity else { return }
        let bit = UInt64(1) << UInt64(n & 63)
        switch n >> 6 {
        case 0: w0 |= bit
        case 1: w1 |= bit
        case 2: w2 |= bit
        default: w3 |= bit
        }
    }

    func contains(_ n: Int) -> Bool {
        guard n >= 0, n < Self.capacity else { return false }
        let bit = UInt64(1) << UInt64(n & 63)
        switch n >> 6 {
        case 0: return w0 & bit != 0
        case 1: return w1 & bit != 0
        case 2: return w2 & bit != 0
        default: return w3 & bit != 0
        }
    }

    var isEmpty: Bool { w0 | w1 | w2 | w3 == 0 }
    var count: Int { w0.nonzeroBitCount + w1.nonzeroBitCount + w2.nonzeroBitCount + w3.nonzeroBitCount }

    func intersects(_ other: Bits) -> Bool {
        w0 & other.w0 != 0 || w1 & other.w1 != 0 || w2 & other.w2 != 0 || w3 & other.w3 != 0
    }

    func intersection(_ other: Bits) -> Bits {
        var out = Bits()
        out.w0 = w0 & other.w0; out.w1 = w1 & other.w1; out.w2 = w2 & other.w2; out.w3 = w3 & other.w3
        return out
    }

    func union(_ other: Bits) -> Bits {
        var out = Bits()
        out.w0 = w0 | other.w0; out.w1 = w1 | other.w1; out.w2 = w2 | other.w2; out.w3 = w3 | other.w3
        return out
    }

    func subtracting(_ other: Bits) -> Bits {
        var out = Bits()
        out.w0 = w0 & ~other.w0; out.w1 = w1 & ~other.w1; out.w2 = w2 & ~other.w2; out.w3 = w3 & ~other.w3
        return out
    }
}

/// Numbers the codes of one vocabulary (or the countries) in file order, for ``Bits``.
struct CodeTable: Sendable {
    private let numbers: [String: Int]

    init(_ codes: [String]) {
        var numbers: [String: Int] = [:]
        for code in codes where numbers[code] == nil { numbers[code] = numbers.count }
        self.numbers = numbers
    }

    func number(_ code: String) -> Int? { numbers[code] }

    /// The set of the known codes among `codes` (unknown ones have no number and are left out).
    func bits<S: Sequence>(_ codes: S) -> Bits where S.Element == String {
        Bits(codes.compactMap { numbers[$0] })
    }
}
