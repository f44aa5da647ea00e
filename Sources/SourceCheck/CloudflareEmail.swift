/// Cloudflare's e-mail address obfuscation: the page carries `data-cfemail="HEX"` (or a link to
/// `/cdn-cgi/l/email-protection#HEX`) where the first byte is a key and every following byte is
/// one byte of the UTF-8 address XORed with it; a script rewrites it in the reader's browser.
public enum CloudflareEmail {
    /// The address hidden in `hex`; nil for malformed input.
    public static func decode(_ hex: String) -> String? {
        let digits = Array(hex.utf8)
        guard digits.count >= 4, digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var i = 0
        while i < digits.count {
            guard let high = nibble(digits[i]), let low = nibble(digits[i + 1]) else { return nil }
            bytes.append(high << 4 | low)
            i += 2
        }
        let key = bytes[0]
        let decoded = bytes.dropFirst().map { $0 ^ key }
        guard let text = String(validating: decoded, as: UTF8.self), text.contains("@") else { return nil }
        return text
    }

    /// Encodes an address the way Cloudflare does, with `key`; for tests and fixtures.
    public static func encode(_ address: String, key: UInt8) -> String {
        ([key] + address.utf8.map { $0 ^ key }).map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }

    /// The value of a hexadecimal digit (the standard library's; a byte above 0x7F is never one).
    private static func nibble(_ c: UInt8) -> UInt8? {
        Character(Unicode.Scalar(c)).hexDigitValue.map(UInt8.init)
    }
}
