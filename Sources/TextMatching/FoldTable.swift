/// How every scalar below ``limit`` folds, worked out once with ``TextNormaliser/foldSlowly(_:)``
/// and then looked up: the Latin, Greek, Cyrillic, Hebrew and Arabic blocks, where nearly all
/// directory text lives, fold without Foundation's decomposition, a string per scalar or a
/// lookup of Unicode properties.
///
/// Looking up scalar by scalar gives what folding the whole text gives, because every step of
/// the fold works on one scalar: compatibility decomposition maps each scalar on its own (its
/// canonical reordering only moves combining marks, and those are all removed), and Swift's
/// `lowercased()` has no context-dependent mappings (Σ always becomes σ). A test checks the
/// table against the slow path for every entry.
struct FoldTable: Sendable {
    /// Scalars from here up fold through the slow path, in runs.
    static let limit: UInt32 = 0x800

    /// The one table, built on first use (about a millisecond).
    static let shared = FoldTable()

    /// What the fold of one scalar holds, so the common cases need no look at its scalars.
    enum Shape: UInt8 {
        /// Nothing: a mark or tatweel, removed.
        case removed
        /// Only word scalars (letters, digits): its UTF-8 bytes extend the current word.
        case word
        /// Only separators: it ends the current word.
        case separator
        /// Both (such as ½, which folds to 1⁄2): its scalars are classified one by one.
        case mixed
    }

    /// The fold of scalar `v` is `scalars[start[v]..<start[v + 1]]`, and in UTF-8
    /// `bytes[byteStart[v]..<byteStart[v + 1]]`.
    private let start: [Int32]
    private let scalars: [Unicode.Scalar]
    private let byteStart: [Int32]
    private let bytes: [UInt8]
    private let shapes: [Shape]
    /// Whether each scalar below ``limit`` is part of a word (see ``TextNormaliser/isTokenScalar(_:)``).
    private let wordScalar: [Bool]

    private init() {
        var start: [Int32] = [0], byteStart: [Int32] = [0]
        var scalars: [Unicode.Scalar] = [], bytes: [UInt8] = []
        var shapes: [Shape] = [], wordScalar: [Bool] = []
        for value in 0..<Self.limit {
            // Every value below U+0800 is a valid scalar (surrogates start at U+D800).
            let scalar = Unicode.Scalar(value)!
            wordScalar.append(TextNormaliser.isTokenScalar(scalar))
        }
        for value in 0..<Self.limit {
            let folded = TextNormaliser.foldSlowly(String(Character(Unicode.Scalar(value)!)))
            scalars += folded.unicodeScalars
            bytes += folded.utf8
            start.append(Int32(scalars.count))
            byteStart.append(Int32(bytes.count))
            let words = folded.unicodeScalars.map { $0.value < Self.limit ? wordScalar[Int($0.value)] : TextNormaliser.isTokenScalar($0) }
            shapes.append(words.isEmpty ? .removed : words.allSatisfy { $0 } ? .word : words.contains(true) ? .mixed : .separator)
        }
        (self.start, self.scalars, self.byteStart, self.bytes) = (start, scalars, byteStart, bytes)
        (self.shapes, self.wordScalar) = (shapes, wordScalar)
    }

    /// The shape of the fold of `scalar`, which must be below ``limit``.
    @inline(__always)
    func shape(_ scalar: Unicode.Scalar) -> Shape { shapes[Int(scalar.value)] }

    /// Appends the fold of `scalar` (below ``limit``) as UTF-8.
    @inline(__always)
    func appendBytes(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        let value = Int(scalar.value)
        output.append(contentsOf: bytes[Int(byteStart[value])..<Int(byteStart[value + 1])])
    }

    /// The fold of `scalar` (below ``limit``) as scalars.
    @inline(__always)
    func folded(_ scalar: Unicode.Scalar) -> ArraySlice<Unicode.Scalar> {
        let value = Int(scalar.value)
        return scalars[Int(start[value])..<Int(start[value + 1])]
    }

    /// Whether `scalar` is part of a word.
    @inline(__always)
    func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < Self.limit ? wordScalar[Int(scalar.value)] : TextNormaliser.isTokenScalar(scalar)
    }
}
