import MemberwiseExpansion

/// The type `#externalMacro(module: "MemberwiseMacros", type: "MemberwiseInitMacro")` names: the
/// compiler finds a macro by its module and type name, so it is declared here, in the plugin; the
/// expansion is ``MemberwiseInitExpanding``'s.
public struct MemberwiseInitMacro: MemberwiseInitExpanding {}
