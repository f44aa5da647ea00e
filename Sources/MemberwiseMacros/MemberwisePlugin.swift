import SwiftCompilerPlugin
import SwiftSyntaxMacros

/// The compiler plugin that hands `@MemberwiseInit` (declared in the Memberwise module) to its
/// implementation. The compiler runs it at build time; nothing of it ships in `sanad`.
@main
struct MemberwisePlugin: CompilerPlugin {
    let providingMacros: [any Macro.Type] = [MemberwiseInitMacro.self]
}
