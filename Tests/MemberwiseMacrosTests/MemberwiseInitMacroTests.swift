import MemberwiseExpansion
import SwiftSyntaxMacroExpansion
import SwiftSyntaxMacrosGenericTestSupport
import Testing

/// `@MemberwiseInit` expands to the initialiser Swift's own memberwise rules give, at the type's
/// access level, and refuses what it cannot read.
@Suite struct MemberwiseInitMacroTests {
    private let macros: [String: MacroSpec] = ["MemberwiseInit": MacroSpec(type: MemberwiseInitExpansion.self)]

    /// Runs the expansion and records any difference as a failure of the calling test.
    private func expect(
        _ source: String, expands expected: String, diagnostics: [DiagnosticSpec] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        assertMacroExpansion(source, expandedSource: expected, diagnostics: diagnostics, macroSpecs: macros) { failure in
            Issue.record(Comment(rawValue: failure.message), sourceLocation: sourceLocation)
        }
    }

    @Test func publicStructGetsAPublicInitWithSwiftsDefaults() {
        expect(
            """
            @MemberwiseInit
            public struct Funding: Sendable {
                /// ISO 4217 currency code.
                public var currency: String
                public var maximum: Int
                public var note: String?
                public var tags: [String] = []
                public let kind = "grant"
                public let fixed: Int?
            }
            """,
            expands: """
                public struct Funding: Sendable {
                    /// ISO 4217 currency code.
                    public var currency: String
                    public var maximum: Int
                    public var note: String?
                    public var tags: [String] = []
                    public let kind = "grant"
                    public let fixed: Int?

                    public init(currency: String, maximum: Int, note: String? = nil, tags: [String] = [], fixed: Int?) {
                        self.currency = currency
                        self.maximum = maximum
                        self.note = note
                        self.tags = tags
                        self.fixed = fixed
                    }
                }
                """)
    }

    @Test func computedStaticAndLazyPropertiesAreNotParameters() {
        expect(
            """
            @MemberwiseInit
            struct Limits {
                static let defaultBurst = 30
                var burst: Int = Limits.defaultBurst
                var doubled: Int { burst * 2 }
                var observed: Int { didSet { print(observed) } }
                lazy var cached: Int = 0
                var checked: Int {
                    get { burst }
                    set { burst = newValue }
                }
            }
            """,
            expands: """
                struct Limits {
                    static let defaultBurst = 30
                    var burst: Int = Limits.defaultBurst
                    var doubled: Int { burst * 2 }
                    var observed: Int { didSet { print(observed) } }
                    lazy var cached: Int = 0
                    var checked: Int {
                        get { burst }
                        set { burst = newValue }
                    }

                    init(burst: Int = Limits.defaultBurst, observed: Int) {
                        self.burst = burst
                        self.observed = observed
                    }
                }
                """)
    }

    @Test func closuresEscapeAndListsShareTheirType() {
        expect(
            """
            @MemberwiseInit
            public final class Reporter {
                let a, b: Int
                let report: @Sendable (String) -> Void
                let optionalReport: ((String) -> Void)?
            }
            """,
            expands: """
                public final class Reporter {
                    let a, b: Int
                    let report: @Sendable (String) -> Void
                    let optionalReport: ((String) -> Void)?

                    public init(a: Int, b: Int, report: @escaping @Sendable (String) -> Void, optionalReport: ((String) -> Void)?) {
                        self.a = a
                        self.b = b
                        self.report = report
                        self.optionalReport = optionalReport
                    }
                }
                """)
    }

    /// The initialiser's access is the type's: `open` becomes `public` (an initialiser cannot be
    /// open), a private type's is `fileprivate` (so the rest of the file can call it), an
    /// internal type's says nothing.
    @Test(arguments: [
        ("open class", "public "), ("public struct", "public "), ("package struct", "package "),
        ("private struct", "fileprivate "), ("fileprivate struct", "fileprivate "), ("struct", ""),
    ])
    func accessFollowsTheType(declaration: String, access: String) {
        expect(
            """
            @MemberwiseInit
            \(declaration) Row {
                var id: String
            }
            """,
            expands: """
                \(declaration) Row {
                    var id: String

                    \(access)init(id: String) {
                        self.id = id
                    }
                }
                """)
    }

    @Test func refusesWhatItCannotRead() {
        expect(
            """
            @MemberwiseInit
            public struct Guess {
                public var count = 0
            }
            """,
            expands: """
                public struct Guess {
                    public var count = 0
                }
                """,
            diagnostics: [DiagnosticSpec(message: "@MemberwiseInit needs a written type for 'count'.", line: 1, column: 1)])
        expect(
            """
            @MemberwiseInit
            enum Kind {
                case a
            }
            """,
            expands: """
                enum Kind {
                    case a
                }
                """,
            diagnostics: [DiagnosticSpec(message: "@MemberwiseInit applies to a struct, a class or an actor.", line: 1, column: 1)])
        expect(
            """
            @MemberwiseInit
            struct Pair {
                var (a, b): (Int, Int)
            }
            """,
            expands: """
                struct Pair {
                    var (a, b): (Int, Int)
                }
                """,
            diagnostics: [
                DiagnosticSpec(message: "@MemberwiseInit cannot take '(a, b)' apart; declare one property per name.", line: 1, column: 1)
            ])
    }
}
