// swift-tools-version: 6.1
import PackageDescription

/// Sanad: a directory and referral service for human rights defenders at risk.
///
/// Targets depend downwards only: model → files/index/referral → catalogue → fronts → server → CLI.
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
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    ],
    targets: [
        // Value types, vocabularies and validation rules. No I/O.
        .target(name: "DirectoryModel"),
        // Reads directory/ and lints it: every problem as file:line:column.
        .target(
            name: "DirectoryFiles",
            dependencies: ["DirectoryModel", .product(name: "Yams", package: "Yams")]
        ),
        // The one owner of the SQLite index (FTS5) and its text normaliser.
        .target(
            name: "DirectoryIndex",
            dependencies: ["DirectoryModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Pure, deterministic ranking of services for a defender's profile.
        .target(name: "Referral", dependencies: ["DirectoryModel"]),
        // The pages every front shows, in every UI language, as abstract blocks.
        .target(name: "Catalogue", dependencies: ["DirectoryModel", "DirectoryIndex", "Referral"]),
        // RFC 1436 wire format and request decoding.
        .target(
            name: "Gopher",
            dependencies: ["Catalogue", .product(name: "NIOCore", package: "swift-nio")]
        ),
        // Telnet-style line interface: input handling, sessions, text layout.
        .target(
            name: "LineInterface",
            dependencies: ["Catalogue", .product(name: "NIOCore", package: "swift-nio")]
        ),
        // Gemini (v0.24) requests, status lines and text/gemini rendering.
        .target(
            name: "Gemini",
            dependencies: ["Catalogue", .product(name: "NIOCore", package: "swift-nio")]
        ),
        // Listeners, TLS, limits, lifecycle and reload.
        .target(
            name: "SanadServer",
            dependencies: [
                "DirectoryModel", "DirectoryFiles", "DirectoryIndex", "Catalogue", "Gopher", "LineInterface", "Gemini",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Open Referral HSDS 3.0: export, tabular package and import to draft files.
        .target(
            name: "Exchange",
            dependencies: ["DirectoryModel", "Catalogue", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources/datapackage.json")]
        ),
        .executableTarget(
            name: "sanad",
            dependencies: [
                "DirectoryModel", "DirectoryFiles", "DirectoryIndex", "Referral", "Catalogue", "SanadServer", "Exchange",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "sanad-bench",
            dependencies: [
                "DirectoryModel", "DirectoryFiles", "DirectoryIndex", "Referral", "Catalogue", "Exchange",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "sanad-load",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DirectoryModelTests", dependencies: ["DirectoryModel"]),
        .testTarget(
            name: "DirectoryFilesTests",
            dependencies: ["DirectoryFiles"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "DirectoryIndexTests", dependencies: ["DirectoryIndex", "DirectoryFiles"]),
        .testTarget(name: "ReferralTests", dependencies: ["Referral", "DirectoryFiles"]),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue", "DirectoryFiles"]),
        // The small directory built in code that the Gopher and server tests share.
        .target(name: "SanadTestSupport", dependencies: ["Catalogue", "DirectoryModel"], path: "Tests/SanadTestSupport"),
        .testTarget(name: "GopherTests", dependencies: ["Gopher", "SanadTestSupport"], resources: [.copy("Golden")]),
        .testTarget(name: "ExchangeTests", dependencies: ["Exchange", "DirectoryFiles"]),
        .testTarget(name: "LineInterfaceTests", dependencies: ["LineInterface"]),
        .testTarget(name: "GeminiTests", dependencies: ["Gemini"]),
        .testTarget(
            name: "SanadServerTests",
            dependencies: [
                "SanadServer", "SanadTestSupport",
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
