import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// ``PageFetching`` over swift-server's async-http-client: a maintained client with TLS,
/// connection and read time-outs and a pool. Redirects are not followed here: the checker
/// follows them itself, so each hop is rate-limited, checked against robots.txt and reported.
public final class HTTPPageFetcher: PageFetching {
    let client: HTTPClient

    public init(limits: FetchLimits) {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: Self.amount(limits.connectTimeout), read: Self.amount(limits.readTimeout)),
            decompression: .disabled
        )
        configuration.connectionPool = .init(idleTimeout: .seconds(10))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Closes the client's connections; call once when done.
    public func shutdown() async {
        try? await client.shutdown()
    }

    /// Fetches with the client's time-outs, and a deadline of its own around the whole exchange
    /// so a server that drips its body a byte at a time cannot hold a slot for long.
    public func get(_ address: WebAddress, limits: FetchLimits) async -> FetchResponse {
        await withTaskGroup(of: FetchResponse?.self) { group in
            group.addTask { await self.exchange(address, limits: limits) }
            group.addTask {
                try? await Task.sleep(for: limits.totalTimeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? .failed("timed out")
        }
    }

    func exchange(_ address: WebAddress, limits: FetchLimits) async -> FetchResponse {
        var request = HTTPClientRequest(url: address.description)
        request.method = .GET
        request.headers.add(name: "User-Agent", value: limits.userAgent)
        request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
        do {
            let response = try await client.execute(request, timeout: Self.amount(limits.totalTimeout))
            if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > limits.maximumBytes {
                return .tooLarge(limit: limits.maximumBytes)
            }
            var body: [UInt8] = []
            for try await chunk in response.body {
                guard body.count + chunk.readableBytes <= limits.maximumBytes else { return .tooLarge(limit: limits.maximumBytes) }
                body += chunk.readableBytesView
            }
            return .answered(
                status: Int(response.status.code), location: response.headers.first(name: "Location"),
                contentType: response.headers.first(name: "Content-Type"), body: body
            )
        } catch let error as HTTPClientError {
            return .failed(Self.words(error))
        } catch {
            return .failed(String(describing: error))
        }
    }

    static func words(_ error: HTTPClientError) -> String {
        switch error {
        case .connectTimeout: return "connection timed out"
        case .readTimeout: return "no answer in time"
        case .deadlineExceeded: return "timed out"
        case .remoteConnectionClosed: return "the server closed the connection"
        default: return String(describing: error)
        }
    }

    static func amount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
