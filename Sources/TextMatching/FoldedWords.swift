/// Cuts text into its folded words in one pass over its scalars, handing each word over as
/// UTF-8 bytes: the hot loop of index building, which folds every text of every organisation.
///
/// ASCII letters and digits are handled inline, other scalars below ``FoldTable/limit`` through
/// ``FoldTable``, and runs of scalars beyond it through ``TextNormaliser/foldSlowly(_:)``. What
/// comes out is what ``TextNormaliser/foldSlowly(_:)`` of the whole text, split at
/// non-word scalars, would give.
struct FoldedWords {
    private let table = FoldTable.shared
    /// The word being read, in UTF-8.
    private var word: [UInt8] = []
    /// Scalars at or beyond ``FoldTable/limit`` not yet folded.
    private var run = String.UnicodeScalarView()

    /// Calls `body` with each folded word of `text`, in order.
    static func forEach(in text: String, _ body: ([UInt8]) -> Void) {
        var scanner = FoldedWords()
        scanner.word.reserveCapacity(64)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= FoldTable.limit {
                scanner.run.append(scalar)
                continue
            }
            if !scanner.run.isEmpty { scanner.foldRun(body) }
            switch value {
            case 0x61...0x7A, 0x30...0x39:
                scanner.word.append(UInt8(truncatingIfNeeded: value))
            case 0x41...0x5A:
                scanner.word.append(UInt8(truncatingIfNeeded: value) | 0x20)
            case 0..<0x80:
                scanner.endWord(body)
            default:
                switch scanner.table.shape(scalar) {
                case .removed: break
                case .word: scanner.table.appendBytes(scalar, to: &scanner.word)
                case .separator: scanner.endWord(body)
                case .mixed: for folded in scanner.table.folded(scalar) { scanner.add(folded, body) }
                }
            }
        }
        if !scanner.run.isEmpty { scanner.foldRun(body) }
        scanner.endWord(body)
    }

    /// Adds one already folded scalar: to the word, or as the end of it.
    private mutating func add(_ scalar: Unicode.Scalar, _ body: ([UInt8]) -> Void) {
        if table.isWord(scalar) {
            word.append(contentsOf: scalar.utf8)
        } else {
            endWord(body)
        }
    }

    private mutating func foldRun(_ body: ([UInt8]) -> Void) {
        for folded in TextNormaliser.foldSlowly(String(run)).unicodeScalars { add(folded, body) }
        run = String.UnicodeScalarView()
    }

    private mutating func endWord(_ body: ([UInt8]) -> Void) {
        guard !word.isEmpty else { return }
        body(word)
        word.removeAll(keepingCapacity: true)
    }
}
