/// robots.txt, fetched once per origin and shared by every page on it (RFC 9309): a 4xx answer
/// allows everything, a 5xx answer refuses everything, a network failure means the host is
/// unreachable; redirects are followed up to five hops.
actor RobotsCache {
    /// Whether a page may be fetched.
    enum Permission: Sendable, Hashable {
        case allowed
        case refused
        case unreachable(String)
    }

    /// What robots.txt said for an origin.
    enum Rules: Sendable {
        case rules(RobotsRules)
        case unreachable(String)
    }

    let fetcher: any PageFetching
    let limits: FetchLimits
    var cache: [String: Task<Rules, Never>] = [:]

    init(fetcher: any PageFetching, limits: FetchLimits) {
        self.fetcher = fetcher
        self.limits = limits
    }

    func permission(for address: WebAddress, rate: HostRateLimiter) async -> Permission {
        let task: Task<Rules, Never>
        if let cached = cache[address.origin] {
            task = cached
        } else {
            let fetcher = fetcher, limits = limits
            task = Task { await Self.load(origin: address, fetcher: fetcher, limits: limits, rate: rate) }
            cache[address.origin] = task
        }
        switch await task.value {
        case .unreachable(let why): return .unreachable(why)
        case .rules(let rules): return rules.allows(address.pathAndQuery) ? .allowed : .refused
        }
    }

    static func load(origin page: WebAddress, fetcher: any PageFetching, limits: FetchLimits, rate: HostRateLimiter) async -> Rules {
        guard var address = WebAddress(page.origin + "/robots.txt") else { return .rules(.allowAll) }
        for _ in 0..<5 {
            await rate.wait(for: address.host)
            var small = limits
            small.maximumBytes = min(limits.maximumBytes, 500 * 1024)  // RFC 9309 §2.5: at least 500 KiB
            switch await fetcher.get(address, limits: small) {
            case .failed(let why):
                return .unreachable(why)
            case .tooLarge:
                return .rules(.allowAll)
            case let .answered(status, location, _, body):
                if (300...399).contains(status), let location, let next = address.resolving(location) {
                    address = next
                    continue
                }
                if (200...299).contains(status) {
                    return .rules(RobotsRules(parsing: String(decoding: body, as: UTF8.self), agent: limits.robotsAgent))
                }
                if (400...499).contains(status) { return .rules(.allowAll) }
                return .rules(.disallowAll)
            }
        }
        return .rules(.allowAll)
    }
}
