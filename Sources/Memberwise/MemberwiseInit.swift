/// Writes the initialiser Swift itself writes for a struct, the memberwise one, but at the type's
/// own access level: `public` on a public type.
///
/// Swift synthesises a memberwise initialiser only as `internal`, so every public value type that
/// another module builds (a `Service` that DirectoryFiles reads, the limits a server is given) had
/// its initialiser written out by hand: one parameter and one assignment per stored property,
/// 54 times, each kept in step with its property list by hand. This macro writes it from
/// the property list instead, with Swift's own rules:
/// - one parameter per stored property, in declaration order, named as the property;
/// - a `var` with an initial value is a parameter defaulting to that value; an optional `var`
///   without one defaults to `nil`; a `let` with an initial value is not a parameter;
/// - one difference: a `private`, `fileprivate` or `private(set)` `var` with an initial value is
///   the type's own state and not a parameter (Swift would make the whole initialiser private);
/// - computed properties, `static` ones and `lazy` ones are left out;
/// - a parameter of function type is `@escaping`.
///
/// A type whose initialiser does more than assign (clamps a limit, derives a field) keeps writing
/// its own. Every stored property needs a written type: the macro reads the syntax, not the types.
@attached(member, names: named(init))
public macro MemberwiseInit() = #externalMacro(module: "MemberwiseMacros", type: "MemberwiseInitMacro")
