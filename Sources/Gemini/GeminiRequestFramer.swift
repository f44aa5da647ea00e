/// Finds the one request line of a Gemini connection in the bytes received so far, with the
/// length limit applied before anything else. Pure, so it is tested without a channel.
public enum GeminiRequestFramer {
    /// What the bytes received so far amount to.
    public enum Outcome: Sendable, Hashable {
        /// No line ending yet, and still within the limit.
        case needMoreData
        /// The request, or why it is refused. Nothing after it is read.
        case complete(Result<GeminiRequest, GeminiRequestError>)
    }

    /// Looks at the bytes received so far. Only the first ``GeminiRequest/maximumURLBytes`` + 2
    /// bytes are ever examined: a longer line is refused as soon as it is known to be too long.
    public static func frame(_ bytes: some BidirectionalCollection<UInt8>) -> Outcome {
        let limit = GeminiRequest.maximumURLBytes
        let window = bytes.prefix(limit + 2)
        guard let newline = window.firstIndex(of: UInt8(ascii: "\n")) else {
            return bytes.count > limit + 1 ? .complete(.failure(.tooLong)) : .needMoreData
        }
        let line = window[..<newline]
        guard let last = line.last, last == UInt8(ascii: "\r") else {
            return .complete(.failure(.missingCRLF))
        }
        do {
            return .complete(.success(try GeminiRequest.parse(line.dropLast())))
        } catch {
            return .complete(.failure(error))
        }
    }

    /// The bytes that were left when the client stopped sending (end of stream): anything but a
    /// complete line is refused; nothing at all gets no answer (nil).
    public static func frameAtEnd(_ bytes: some BidirectionalCollection<UInt8>) -> Result<GeminiRequest, GeminiRequestError>? {
        if case .complete(let result) = frame(bytes) { return result }
        return bytes.isEmpty ? nil : .failure(.missingCRLF)
    }
}
