import SwiftDiagnostics

/// Why `@MemberwiseInit` cannot write an initialiser: shown by the compiler at the attribute.
enum MemberwiseInitError: Error, DiagnosticMessage {
    /// Attached to an enum, a protocol or an extension.
    case notAStructOrClass
    /// A stored property without a written type (the macro reads syntax, not inferred types).
    case missingType(String)
    /// A tuple pattern such as `var (a, b) = (1, 2)`.
    case unsupportedPattern(String)

    var message: String {
        switch self {
        case .notAStructOrClass:
            "@MemberwiseInit applies to a struct, a class or an actor."
        case .missingType(let name):
            "@MemberwiseInit needs a written type for '\(name)'."
        case .unsupportedPattern(let pattern):
            "@MemberwiseInit cannot take '\(pattern)' apart; declare one property per name."
        }
    }

    var diagnosticID: MessageID {
        let kind: String
        switch self {
        case .notAStructOrClass: kind = "notAStructOrClass"
        case .missingType: kind = "missingType"
        case .unsupportedPattern: kind = "unsupportedPattern"
        }
        return MessageID(domain: "MemberwiseMacros", id: kind)
    }

    var severity: DiagnosticSeverity { .error }
}
