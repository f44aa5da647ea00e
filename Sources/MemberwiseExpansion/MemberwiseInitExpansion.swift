import SwiftDiagnostics
import SwiftSyntax
import SwiftSyntaxMacros

/// The expansion of `@MemberwiseInit` (see its declaration in the Memberwise module): reads the
/// stored properties of the type it is attached to and writes the initialiser that assigns each,
/// at the type's access level. A type that conforms gets the whole expansion: the plugin's
/// `MemberwiseInitMacro` (the type `#externalMacro` names) and ``MemberwiseInitExpansion``.
///
/// It lives in a plain library, not in the plugin, because SwiftPM builds every test target for
/// the host once one depends on a macro target: that doubled the build and left the `sanad`
/// executable unimportable by its tests. The tests use ``MemberwiseInitExpansion``.
public protocol MemberwiseInitExpanding: MemberMacro {}

/// The expansion as a type of this library, for the tests.
public struct MemberwiseInitExpansion: MemberwiseInitExpanding {}

extension MemberwiseInitExpanding {
    public static func expansion(
        of node: AttributeSyntax,
        providingMembersOf declaration: some DeclGroupSyntax,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        guard declaration.is(StructDeclSyntax.self) || declaration.is(ClassDeclSyntax.self) || declaration.is(ActorDeclSyntax.self)
        else {
            context.diagnose(Diagnostic(node: node, message: MemberwiseInitError.notAStructOrClass))
            return []
        }
        let properties: [StoredProperty]
        switch StoredProperty.parameters(of: declaration.memberBlock.members) {
        case .success(let found): properties = found
        case .failure(let error):
            context.diagnose(Diagnostic(node: node, message: error))
            return []
        }
        let access = accessModifier(of: declaration.modifiers)
        let signature = properties.map(\.parameter).joined(separator: ", ")
        let body = properties.map { "    self.\($0.name) = \($0.name)" }.joined(separator: "\n")
        return ["\(raw: access)init(\(raw: signature)) {\n\(raw: body)\n}"]
    }

    /// The initialiser's access level: the type's, except that `open` becomes `public` (an
    /// initialiser cannot be open) and a private type's initialiser is `fileprivate` (`private`
    /// would hide it from the rest of the file that can see the type).
    static func accessModifier(of modifiers: DeclModifierListSyntax) -> String {
        for modifier in modifiers {
            switch modifier.name.tokenKind {
            case .keyword(.public), .keyword(.open): return "public "
            case .keyword(.package): return "package "
            case .keyword(.fileprivate), .keyword(.private): return "fileprivate "
            default: continue
            }
        }
        return ""
    }
}
