import Foundation

/// Reads the SSH wire encoding (RFC 4251 §5): big-endian `uint32` lengths before byte strings.
/// Every read is bounds-checked; a short or malformed blob is an error, never a crash.
struct SSHWireReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether every byte has been read.
    var isAtEnd: Bool { offset == bytes.count }

    /// `count` raw bytes.
    mutating func read(count: Int) throws(TrustError) -> [UInt8] {
        guard count >= 0, bytes.count - offset >= count else { throw .malformedSignature("the signature ends early") }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func readUInt32() throws(TrustError) -> UInt32 {
        let b = try read(count: 4)
        return b.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// A length-prefixed byte string.
    mutating func readString() throws(TrustError) -> [UInt8] {
        let length = try readUInt32()
        // A length past the end is refused before any allocation.
        guard length <= UInt32(bytes.count - offset) else { throw .malformedSignature("a field is longer than the signature") }
        return try read(count: Int(length))
    }

    /// A length-prefixed string that must be UTF-8 text.
    mutating func readText() throws(TrustError) -> String {
        let raw = try readString()
        guard let text = String(validating: raw, as: UTF8.self) else { throw .malformedSignature("a name is not UTF-8 text") }
        return text
    }
}

/// Writes the SSH wire encoding: what is signed, and signatures made in tests.
struct SSHWireWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append(raw: [UInt8]) { bytes += raw }

    mutating func append(uint32 value: UInt32) {
        bytes += [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    mutating func append(string: [UInt8]) {
        append(uint32: UInt32(string.count))
        bytes += string
    }

    mutating func append(text: String) { append(string: Array(text.utf8)) }
}
