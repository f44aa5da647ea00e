import MemberwiseExpansion
import SwiftSyntax
import SwiftSyntaxMacros

/// The type `#externalMacro(module: "MemberwiseMacros", type: "MemberwiseInitMacro")` names: the
/// compiler finds a macro by its module and type name, so it is declared here, in the plugin, and
/// hands the work to ``MemberwiseInitExpansion``.
public struct MemberwiseInitMacro: MemberMacro {
    public static func expansion(
        of node: AttributeSyntax,
        providingMembersOf declaration: some DeclGroupSyntax,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        try MemberwiseInitExpansion.expansion(of: node, providingMembersOf: declaration, conformingTo: protocols, in: context)
    }
}
