import DirectoryModel
import NIOConcurrencyHelpers
import NIOCore
import Testing
@testable import SourceCheck

/// The whole check against a local HTTP server: pages that contain, lack, move or time out,
/// an Arabic page, robots.txt and the size limit. No internet.
@Suite struct SourceCheckerTests {
    static let limits = FetchLimits(
        concurrency: 3, perHostInterval: .milliseconds(50), connectTimeout: .seconds(2), readTimeout: .milliseconds(400),
        totalTimeout: .seconds(2), maximumBytes: 64 * 1024, maximumRedirects: 3
    )

    static let routes: [String: TestHTTPServer.Route] = [
        "/robots.txt": .init(headers: [("Content-Type", "text/plain")], body: "User-agent: *\nDisallow: /private/\n"),
        "/contact": .html("""
            <html><body><h1>Contact</h1><p>Emergency line: +353 (0)1 210.04.89</p>
            <p>Write to help [at] example [dot] org or
            <a href="/cdn-cgi/l/email-protection" data-cfemail="\(CloudflareEmail.encode("urgent@example.org", key: 0x21))">[email&#160;protected]</a></p>
            <p>Office: 01 212 37 50</p></body></html>
            """),
        "/old-contact": .redirect(to: "/contact"),
        "/loop": .redirect(302, to: "/loop"),
        "/ar": .html("""
            <html dir="rtl" lang="ar"><body><p>للطوارئ اتصلوا على الرقم \u{200E}+٩٦١ ٨١ ٦٣٣ ١٣٣\u{200E}</p>
            <p>البريد: helpdesk(at)example.org</p></body></html>
            """),
        "/slow": .init(body: "<p>+353 1 21 00 489</p>", delay: .seconds(3)),
        "/gone": .init(status: 404, body: "not here"),
        "/private/staff": .html("<p>+353 1 21 00 489</p>"),
        "/big": .html("<p>+353 1 21 00 489</p>" + String(repeating: "x", count: 100 * 1024)),
        "/drip": .init(drip: (interval: .milliseconds(200), count: 50)),
        "/report": .init(headers: [("Content-Type", "application/pdf")], body: "%PDF-1.4"),
    ]

    static func contact(_ type: String, _ value: String, _ source: String, website: String, historical: Bool = false, line: Int = 1) -> LocatedContact {
        LocatedContact(organisation: "test-org", service: nil, file: "test.yaml", line: line, column: 5, type: type, value: value,
                       source: source, printed: nil, operatorID: nil, historical: historical, unconfirmed: false, checked: nil,
                       keyLines: [:], websites: [website])
    }

    /// Runs a check with a real HTTP client, shut down afterwards as the client requires.
    static func check(_ contacts: [LocatedContact], limits: FetchLimits = limits) async -> CheckReport {
        let fetcher = HTTPPageFetcher(limits: limits)
        let report = await SourceChecker(fetcher: fetcher, limits: limits).run(CheckPlan(contacts: contacts))
        await fetcher.shutdown()
        return report
    }

    @Test func verdictsAgainstTheLocalServer() async throws {
        let server = try await TestHTTPServer.start(Self.routes)
        let o = server.origin
        let contacts = [
            Self.contact("phone", "+353 1 21 00 489", "\(o)/contact", website: o, line: 1),
            Self.contact("email", "help@example.org", "\(o)/contact", website: o, line: 2),
            Self.contact("email", "urgent@example.org", "\(o)/contact", website: o, line: 3),
            Self.contact("phone", "+353 1 212 3750", "\(o)/contact", website: o, line: 4),
            Self.contact("email", "missing@example.org", "\(o)/contact", website: o, line: 5),
            Self.contact("phone", "+353 1 21 00 489", "\(o)/old-contact", website: o, line: 6),
            Self.contact("phone", "+961 81 633 133", "\(o)/ar", website: "https://elsewhere.example", line: 7),
            Self.contact("email", "helpdesk@example.org", "\(o)/ar", website: "https://elsewhere.example", line: 8),
            Self.contact("phone", "+353 1 21 00 489", "\(o)/slow", website: o, line: 9),
            Self.contact("phone", "+353 1 21 00 489", "\(o)/gone", website: o, line: 10),
            Self.contact("phone", "+353 1 21 00 489", "\(o)/private/staff", website: o, line: 11),
            Self.contact("phone", "+353 1 21 00 489", "\(o)/big", website: o, line: 12),
            Self.contact("phone", "+353 1 21 00 489", "\(o)/loop", website: o, line: 13),
            Self.contact("phone", "+353 1 21 00 489", "\(o)/report", website: o, line: 14),
            Self.contact("phone", "+353 1 21 00 489", "https://docslib.org/doc/1/x", website: o, line: 15),
            Self.contact("phone", "+353 1 212 3750", "\(o)/contact", website: o, historical: true, line: 16),
            Self.contact("phone", "+353 1 21 00 489", "\(o)/drip", website: o, line: 17),
        ]
        let report = await Self.check(contacts)
        try await server.stop()
        let byLine = Dictionary(uniqueKeysWithValues: report.verdicts.map { ($0.contact.line, $0) })

        for line in 1...4 {
            #expect(byLine[line]?.fetch == .ok, "line \(line)")
            #expect(byLine[line]?.value == .found, "line \(line)")
            #expect(byLine[line]?.authority == .own)
            #expect(byLine[line]?.isRecordable == true)
        }
        #expect(byLine[5]?.value == .missing)
        #expect(byLine[5]?.isRecordable == false)
        #expect(byLine[6]?.fetch == .redirected(to: "\(o)/contact"))
        #expect(byLine[6]?.value == .found)
        #expect(byLine[7]?.value == .found)  // Arabic-Indic digits
        #expect(byLine[8]?.value == .found)  // (at)
        #expect(byLine[7]?.authority == .thirdParty)
        #expect(byLine[7]?.isRecordable == false)
        guard case .unreachable = byLine[9]?.fetch else { Issue.record("slow page: \(String(describing: byLine[9]?.fetch))"); return }
        #expect(byLine[9]?.value == nil)
        #expect(byLine[10]?.fetch == .unreachable("HTTP 404"))
        #expect(byLine[11]?.fetch == .refusedByRobots)
        #expect(byLine[12]?.fetch == .unreachable("larger than the 64 KiB limit"))
        #expect(byLine[13]?.fetch == .unreachable("more than 3 redirects"))
        #expect(byLine[14]?.fetch == .notCheckable(.document))
        #expect(byLine[15]?.fetch == .notCheckable(.archiveCopy))
        #expect(byLine[16]?.value == .found)
        #expect(byLine[16]?.isRecordable == false)  // historical: never dated
        // A body dripped a byte every 200 ms never trips the 400 ms read time-out; the 2 s
        // deadline on the whole exchange ends it.
        guard case .unreachable = byLine[17]?.fetch else { Issue.record("dripping page: \(String(describing: byLine[17]?.fetch))"); return }

        // One fetch per page, robots.txt once per origin, nothing for the refused or not checkable.
        let paths = server.paths
        #expect(paths.filter { $0 == "/robots.txt" }.count == 1)
        #expect(paths.filter { $0 == "/contact" }.count == 2)  // cited, and the redirect's target
        #expect(!paths.contains("/private/staff"))
        #expect(paths.first == "/robots.txt")
        #expect(server.requests.withLockedValue { $0.allSatisfy { $0.userAgent == FetchLimits.defaultUserAgent } })

        #expect(report.exitStatus == 1)
        #expect(report.text.contains("test.yaml:5:5: missing: email \"missing@example.org\""))
        #expect(report.text.contains("refused by robots.txt"))
        #expect(report.json.contains("\"fetch\" : \"redirected\""))
        #expect(report.json.contains("\"exit_status\" : 1"))
    }

    /// A fetcher that notes when each request is sent, then sends it: what the rate limit governs
    /// (the server's clock would add connection set-up times to the spacing).
    struct TimedFetcher: PageFetching {
        let inner: HTTPPageFetcher
        let sent: NIOLockedValueBox<[ContinuousClock.Instant]>
        func get(_ address: WebAddress, limits: FetchLimits) async -> FetchResponse {
            sent.withLockedValue { $0.append(.now) }
            return await inner.get(address, limits: limits)
        }
    }

    @Test func requestsToOneHostAreSpacedAndExitStatusesFollowTheIssue() async throws {
        let server = try await TestHTTPServer.start(Self.routes)
        let o = server.origin
        var limits = Self.limits
        limits.perHostInterval = .milliseconds(200)
        let found = [Self.contact("phone", "+353 1 21 00 489", "\(o)/contact", website: o),
                     Self.contact("phone", "+961 81 633 133", "\(o)/ar", website: o)]
        let fetcher = TimedFetcher(inner: HTTPPageFetcher(limits: limits), sent: NIOLockedValueBox([]))
        let report = await SourceChecker(fetcher: fetcher, limits: limits).run(CheckPlan(contacts: found))
        await fetcher.inner.shutdown()
        try await server.stop()
        let times = fetcher.sent.withLockedValue { $0 }
        #expect(times.count == 3)  // robots.txt and two pages
        #expect(server.paths.count == 3)
        // The limiter's own guarantee is exact (HostRateLimiterTests); between the fetcher's
        // calls, scheduling on two busy cores may take a few milliseconds off.
        for (a, b) in zip(times, times.dropFirst()) {
            #expect(b - a >= .milliseconds(150), "requests \(b - a) apart")
        }
        #expect(report.exitStatus == 0)

        // Nothing reachable: exit 2.
        let closed = [Self.contact("phone", "+353 1 21 00 489", "\(o)/contact", website: o)]
        let unreachable = await Self.check(closed, limits: limits)
        guard case .unreachable = unreachable.verdicts.first?.fetch else { Issue.record("expected unreachable"); return }
        #expect(unreachable.exitStatus == 2)
    }
}
