import Memberwise

/// Runs a ``CheckPlan``: fetches every page once, politely (robots.txt, a per-host interval,
/// a concurrency limit, redirects followed hop by hop), reads its text and looks for each
/// contact value in it.
@MemberwiseInit
public struct SourceChecker: Sendable {
    public var fetcher: any PageFetching
    public var limits: FetchLimits

    /// The outcome of reading one page.
    public struct PageOutcome: Sendable {
        public var address: WebAddress
        public var verdict: FetchVerdict
        /// The address the text came from (after redirects).
        public var finalAddress: WebAddress?
        /// Every hop after the first, in order.
        public var redirects: [String]
        var page: SearchablePage?
    }

    /// Checks every contact of the plan; not-checkable contacts get their verdict without a fetch.
    public func run(_ plan: CheckPlan) async -> CheckReport {
        let robots = RobotsCache(fetcher: fetcher, limits: limits)
        let rate = HostRateLimiter(interval: limits.perHostInterval)
        var outcomes = [PageOutcome?](repeating: nil, count: plan.pages.count)
        await withTaskGroup(of: (Int, PageOutcome).self) { group in
            var next = 0
            func startNext() {
                guard next < plan.pages.count else { return }
                let i = next, address = plan.pages[i].address
                next += 1
                group.addTask { (i, await read(address, robots: robots, rate: rate)) }
            }
            for _ in 0..<max(1, limits.concurrency) { startNext() }
            while let (i, outcome) = await group.next() {
                outcomes[i] = outcome
                startNext()
            }
        }
        var verdicts: [ContactVerdict] = []
        for (page, outcome) in zip(plan.pages, outcomes.map { $0! }) {
            for contact in page.contacts {
                var verdict = ContactVerdict(contact: contact, fetch: outcome.verdict)
                if let text = outcome.page, let final = outcome.finalAddress {
                    verdict.value = text.contains(type: contact.type, value: contact.value, printed: contact.printed) ? .found : .missing
                    verdict.authority = PageAuthority(page: final, websites: contact.websites)
                }
                verdicts.append(verdict)
            }
        }
        verdicts += plan.notCheckable.map { ContactVerdict(contact: $0.contact, fetch: .notCheckable($0.reason)) }
        return CheckReport(verdicts: verdicts, pages: outcomes.map { $0! })
    }

    /// Reads one page, following redirects; each hop asks robots.txt and waits its turn.
    func read(_ start: WebAddress, robots: RobotsCache, rate: HostRateLimiter) async -> PageOutcome {
        var outcome = PageOutcome(address: start, verdict: .ok, finalAddress: nil, redirects: [])
        var address = start
        for _ in 0...limits.maximumRedirects {
            switch await robots.permission(for: address, rate: rate) {
            case .refused:
                outcome.verdict = .refusedByRobots
                return outcome
            case .unreachable(let why):
                outcome.verdict = .unreachable(why)
                return outcome
            case .allowed:
                break
            }
            await rate.wait(for: address.host)
            switch await fetcher.get(address, limits: limits) {
            case .failed(let why):
                outcome.verdict = .unreachable(why)
                return outcome
            case .tooLarge(let limit):
                outcome.verdict = .unreachable("larger than the \(limit / 1024) KiB limit")
                return outcome
            case let .answered(status, location, contentType, body):
                if (300...399).contains(status), let location {
                    guard let target = address.resolving(location) else {
                        outcome.verdict = .unreachable("HTTP \(status) to an address that is not http or https: \(location)")
                        return outcome
                    }
                    outcome.redirects.append(target.description)
                    address = target
                    continue
                }
                guard (200...299).contains(status) else {
                    outcome.verdict = .unreachable("HTTP \(status)")
                    return outcome
                }
                guard let text = PageDecoding.text(body: body, contentType: contentType) else {
                    outcome.verdict = .notCheckable(.document)
                    return outcome
                }
                outcome.finalAddress = address
                outcome.page = SearchablePage(text)
                outcome.verdict = outcome.redirects.isEmpty ? .ok : .redirected(to: address.description)
                return outcome
            }
        }
        outcome.verdict = .unreachable("more than \(limits.maximumRedirects) redirects")
        return outcome
    }
}
