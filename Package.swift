// swift-tools-version: 6.1
import CompilerPluginSupport
import PackageDescription

/// Sanad: a directory and referral service for human rights defenders at risk.
///
/// Targets depend downwards only: Memberwise (a macro any module may use) → model, text matching → files/index/referral → catalogue → fronts
/// → TLS → server → CLI. Every module a file imports is declared here (script/check-imports checks it in CI),
/// except the two documented exceptions. ARCHITECTURE.md is the map.
let package = Package(
    name: "Sanad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sanad", targets: ["sanad"]),
        .executable(name: "sanad-bench", targets: ["sanad-bench"]),
        .executable(name: "sanad-load", targets: ["sanad-load"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        // Pinned to the minor version: SanadTLS/SessionTickets.swift reaches into this package
        // (the one documented exception there); a new minor release is reviewed before use.
        .package(url: "https://github.com/apple/swift-nio-ssl.git", .upToNextMinor(from: "2.37.6")),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.4"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        // For @MemberwiseInit alone: Swift writes no public memberwise initialiser, and the 54
        // written by hand had to be kept in step with their property lists by hand.
        .package(url: "https://github.com/swiftlang/swift-syntax.git", from: "603.0.1"),
    ],
    targets: [
        // @MemberwiseInit: the memberwise initialiser Swift writes, at the type's own access level
        // (public on a public type). The declaration; the compiler plugin below implements it.
        .target(name: "Memberwise", dependencies: ["MemberwiseMacros"]),
        .macro(
            name: "MemberwiseMacros",
            dependencies: [
                "MemberwiseExpansion",
                .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
                .product(name: "SwiftCompilerPlugin", package: "swift-syntax"),
            ]
        ),
        // The expansion itself, a plain library so that its tests do not depend on a macro
        // target (SwiftPM would then build every test target, and all they import, for the host).
        .target(
            name: "MemberwiseExpansion",
            dependencies: [
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
            ]
        ),
        // Value types, vocabularies and validation rules. No I/O.
        .target(name: "DirectoryModel", dependencies: ["Memberwise"]),
        // Reads directory/ and lints it: every problem as file:line:column. (Its YAMLReader also
        // imports Yams' CYaml, the one documented exception besides SessionTickets; see
        // script/check-imports.)
        .target(
            name: "DirectoryFiles",
            dependencies: ["Memberwise", "DirectoryModel", .product(name: "Yams", package: "Yams")]
        ),
        // The one text normaliser: what search indexes and what users type fold the same way.
        .target(name: "TextMatching"),
        // The one owner of the SQLite index (FTS5).
        .target(
            name: "DirectoryIndex",
            dependencies: [
                "Memberwise", "DirectoryModel", "TextMatching",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Pure, deterministic ranking of services for a defender's profile; the one parser of typed answers.
        .target(name: "Referral", dependencies: ["Memberwise", "DirectoryModel", "TextMatching"]),
        // Every word a user reads: the pages, the interview, the emergency rule, in every UI language.
        .target(name: "Catalogue", dependencies: ["Memberwise", "DirectoryModel", "Referral"]),
        // RFC 1436 wire format and request decoding.
        .target(
            name: "Gopher",
            dependencies: ["Memberwise", "Catalogue", "DirectoryModel", .product(name: "NIOCore", package: "swift-nio")]
        ),
        // Telnet-style line interface: input handling, sessions, text layout.
        .target(
            name: "LineInterface",
            dependencies: ["Memberwise", "Catalogue", "DirectoryModel", .product(name: "NIOCore", package: "swift-nio")]
        ),
        // Gemini (v0.24) requests, status lines and text/gemini rendering.
        .target(
            name: "Gemini",
            dependencies: ["Memberwise", "Catalogue", "DirectoryModel", .product(name: "NIOCore", package: "swift-nio")]
        ),
        // TLS as a wrapper around any front: credentials, generated certificates, reload,
        // fingerprints, first-byte detection, the session-ticket policy.
        // The web's wire format: requests and responses as values, the responders' protocol
        // (HTML pages, the JSON API and the HSDS API are responders), the one writer of HTML.
        .target(
            name: "Web",
            dependencies: ["Memberwise", "Catalogue", "DirectoryModel", "Referral", .product(name: "Crypto", package: "swift-crypto")]
        ),

        .target(
            name: "SanadTLS",
            dependencies: [
                "Memberwise",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The generic front (binding, admission, limits, deadlines, draining), the fronts'
        // conformances, reload and lifecycle.
        .target(
            name: "SanadServer",
            dependencies: [
                "Memberwise", "DirectoryModel", "DirectoryFiles", "DirectoryIndex", "Catalogue", "Gopher", "LineInterface", "Gemini", "SanadTLS", "Web", "WebAPI", "HSDSAPI", "Trust",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        // Trust between maintainers and mirrors (issue 25): OpenSSH signatures (SSHSIG, Ed25519),
        // allowed signers, release tags, the review of changes between revisions, the two-person rule.
        .target(
            name: "Trust",
            dependencies: ["Memberwise", "DirectoryModel", "DirectoryFiles", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // `sanad sources check`: fetches cited pages politely, finds contact values in them,
        // records check dates; `lint --stale` reads those dates.
        .target(
            name: "SourceCheck",
            dependencies: [
                "Memberwise", "DirectoryModel",
                .product(name: "Yams", package: "Yams"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // Open Referral HSDS 3.0: export, tabular package and import to draft files.
        .target(
            name: "Exchange",
            dependencies: ["DirectoryModel", "Catalogue", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources/datapackage.json")]
        ),
        // The JSON API under /api/v1/ (issue 23): referrals, search, organisations, problem+json
        // errors, and the one OpenAPI document (docs/api/openapi.json links to its resource).
        .target(
            name: "WebAPI",
            dependencies: ["Web", "Catalogue", "DirectoryModel", "Referral", "Exchange"],
            resources: [.copy("Resources/openapi.json")]
        ),
        // The HSDS 3.0 API under /hsds/ (issue 24): the export, cached per catalogue generation and
        // language, served with the API reference's parameters and page envelope.
        .target(
            name: "HSDSAPI",
            dependencies: ["Web", "WebAPI", "Catalogue", "DirectoryModel", "Exchange"],
            // The Sanad profile (docs/hsds-profile is a link to it): published from its one copy.
            resources: [.copy("Resources/profile")]
        ),
        // The command line: one file per subcommand; configuration files and the environment are
        // parsed here (the edge), and `sanad check`'s client lives here.
        .executableTarget(
            name: "sanad",
            dependencies: [
                "DirectoryModel", "DirectoryFiles", "DirectoryIndex", "Referral", "Catalogue", "SanadServer", "SanadTLS", "Trust", "SourceCheck", "Exchange",
                "WebAPI", "HSDSAPI", "Web",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "sanad-bench",
            dependencies: [
                "DirectoryModel", "DirectoryFiles", "DirectoryIndex", "Referral", "Catalogue", "Exchange", "HSDSAPI", "Web",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // The scenario file and the synthetic words are YAML, decoded as Codable values.
                .product(name: "Yams", package: "Yams"),
            ],
            // Data, not code: the minimal regions (copied into a directory as they are) and the
            // words of the synthetic directory.
            resources: [.copy("Resources/minimal-regions.yaml"), .copy("Resources/synthetic-words.yaml")]
        ),
        .executableTarget(
            name: "sanad-load",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MemberwiseMacrosTests",
            dependencies: [
                "MemberwiseExpansion", "Memberwise",
                .product(name: "SwiftSyntaxMacroExpansion", package: "swift-syntax"),
                .product(name: "SwiftSyntaxMacrosGenericTestSupport", package: "swift-syntax"),
            ]
        ),
        .testTarget(name: "DirectoryModelTests", dependencies: ["DirectoryModel"]),
        .testTarget(
            name: "DirectoryFilesTests",
            dependencies: ["DirectoryFiles", "DirectoryModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "TextMatchingTests", dependencies: ["TextMatching"]),
        .testTarget(
            name: "DirectoryIndexTests",
            dependencies: ["DirectoryIndex", "DirectoryFiles", "DirectoryModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "ReferralTests", dependencies: ["Referral", "Catalogue", "DirectoryFiles", "DirectoryModel"]),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "DirectoryModel", "Referral", "SanadTestSupport"]),
        .testTarget(
            name: "SourceCheckTests",
            dependencies: [
                "SourceCheck", "DirectoryModel", "DirectoryFiles",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "ExchangeTests", dependencies: ["Exchange", "DirectoryFiles", "DirectoryModel"]),
        .testTarget(
            name: "TrustTests",
            dependencies: ["Trust", "Catalogue", "DirectoryFiles", "DirectoryModel", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // One small directory built in code, a test server for any front and one client per
        // protocol, shared by the front and server tests.
        .target(
            name: "SanadTestSupport",
            dependencies: [
                "Catalogue", "DirectoryModel", "LineInterface", "SanadServer", "SanadTLS", "Web",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/SanadTestSupport"
        ),
        .testTarget(
            name: "GopherTests",
            dependencies: ["Gopher", "Catalogue", "DirectoryModel", "SanadTestSupport", .product(name: "NIOCore", package: "swift-nio")],
            resources: [.copy("Golden")]
        ),
        .testTarget(name: "LineInterfaceTests", dependencies: ["LineInterface", "Catalogue", "DirectoryModel"]),
        .testTarget(
            name: "GeminiTests", dependencies: ["Gemini", "Catalogue", "DirectoryModel", "SanadTestSupport"], resources: [.copy("Golden")]
        ),
        // One profile, one interview, one emergency line: the same words on every front and the CLI.
        .testTarget(
            name: "OneVoiceTests",
            dependencies: [
                "Catalogue", "DirectoryModel", "Gopher", "Gemini", "LineInterface", "Referral", "DirectoryFiles", "SanadTestSupport",
                "DirectoryIndex", "SanadServer", "Web",
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "SanadServerTests",
            dependencies: [
                "SanadServer", "SanadTLS", "SanadTestSupport", "Catalogue", "DirectoryModel", "Gemini", "Gopher", "LineInterface", "Trust", "Web",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The JSON API and the HSDS API as pure responders.
        .testTarget(name: "WebAPITests", dependencies: ["WebAPI", "Web", "Catalogue", "DirectoryModel", "Referral", "SanadTestSupport"]),
        .testTarget(name: "HSDSAPITests", dependencies: ["HSDSAPI", "Web", "Catalogue", "DirectoryModel", "Exchange", "SanadTestSupport"]),
        // Both APIs over the real web front (TLS, HTTP/1.1, limits), port 0.
        .testTarget(name: "APIEndToEndTests", dependencies: ["WebAPI", "Web", "Catalogue", "SanadServer", "SanadTestSupport"]),
        // The web front: HTML pages, forms, headers, limits, keep-alive, the shared port, privacy.
        .testTarget(
            name: "WebTests",
            dependencies: [
                "Web", "Catalogue", "DirectoryModel", "Referral", "SanadServer", "SanadTLS", "SanadTestSupport",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Golden")]
        ),
        // The `sanad` executable's own code: configuration parsing and `sanad check`.
        .testTarget(
            name: "SanadCommandTests",
            dependencies: [
                "sanad", "SanadServer", "SanadTLS", "SanadTestSupport", "WebAPI", "Web", "Catalogue", "DirectoryFiles", "DirectoryIndex", "DirectoryModel",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
