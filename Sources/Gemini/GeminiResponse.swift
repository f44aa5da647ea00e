import NIOCore

/// One Gemini response: `<STATUS><SPACE><META>\r\n`, then the body for a success.
///
/// The one writer of the Gemini wire format: every response leaves the server through
/// ``bytes`` or ``buffer(allocator:)``, in one write, and the connection is closed after it.
public struct GeminiResponse: Sendable, Hashable {
    public var status: GeminiStatus
    /// The MIME type for a success, the prompt for input, the URL for a redirect, a short sentence
    /// (or a number of seconds for 44) otherwise.
    public var meta: String
    /// The body; only a success has one.
    public var body: String?

    /// The most bytes a META may have (specification v0.24).
    public static let maximumMetaBytes = 1024

    public init(status: GeminiStatus, meta: String, body: String? = nil) {
        self.status = status
        // A CR or LF would end the header early and let text pose as a body.
        var clean = meta.map { $0 == "\r" || $0 == "\n" || $0 == "\r\n" ? " " : String($0) }.joined()
        if clean.utf8.count > Self.maximumMetaBytes { clean = Self.truncated(clean, toBytes: Self.maximumMetaBytes) }
        self.meta = clean
        self.body = status == .success ? body : nil
    }

    /// A text/gemini page in `language` (`lang` parameter per the specification).
    public static func page(_ body: String, language: String) -> GeminiResponse {
        GeminiResponse(status: .success, meta: "text/gemini; charset=utf-8; lang=\(language)", body: body)
    }

    /// A prompt for input (status 10).
    public static func input(_ prompt: String) -> GeminiResponse {
        GeminiResponse(status: .input, meta: prompt)
    }

    /// A temporary redirect (status 30) to `url`.
    public static func redirect(_ url: String) -> GeminiResponse {
        GeminiResponse(status: .redirectTemporary, meta: url)
    }

    /// Slow down (status 44): wait `seconds` (at least 1) before the next request.
    public static func slowDown(seconds: Int) -> GeminiResponse {
        GeminiResponse(status: .slowDown, meta: String(max(1, seconds)))
    }

    /// The header line, CR LF included.
    public var header: String { status.code + " " + meta + "\r\n" }

    /// The whole response as bytes.
    public var bytes: [UInt8] { Array(header.utf8) + Array((body ?? "").utf8) }

    /// The whole response in one buffer, ready for a single write.
    public func buffer(allocator: ByteBufferAllocator = ByteBufferAllocator()) -> ByteBuffer {
        var buffer = allocator.buffer(capacity: header.utf8.count + (body?.utf8.count ?? 0))
        buffer.writeString(header)
        if let body { buffer.writeString(body) }
        return buffer
    }

    /// `text` cut to at most `limit` UTF-8 bytes on a character boundary.
    static func truncated(_ text: String, toBytes limit: Int) -> String {
        var out = ""
        var count = 0
        for character in text {
            let size = character.utf8.count
            if count + size > limit { break }
            out.append(character)
            count += size
        }
        return out
    }
}
