import SwiftSyntax

/// One stored property of a type, as the memberwise initialiser sees it: a parameter named as the
/// property, of its written type, with the default Swift's own memberwise initialiser would give.
struct StoredProperty: Equatable {
    /// The property's name as written (backticks kept, so `default` stays a valid label).
    var name: String
    /// The written type, without surrounding trivia.
    var type: String
    /// The parameter's default (`nil` for an optional `var`, or the `var`'s initial value).
    var defaultValue: String?
    /// A function type: its parameter must be `@escaping`.
    var isFunction: Bool

    /// The parameter as it stands in the initialiser's signature.
    var parameter: String {
        var text = "\(name): \(isFunction ? "@escaping " : "")\(type)"
        if let defaultValue { text += " = \(defaultValue)" }
        return text
    }
}

extension StoredProperty {
    /// The stored properties a memberwise initialiser takes, in declaration order, or the first
    /// problem that keeps the macro from writing one.
    static func parameters(of members: MemberBlockItemListSyntax) -> Result<[StoredProperty], MemberwiseInitError> {
        var properties: [StoredProperty] = []
        for member in members {
            guard let variable = member.decl.as(VariableDeclSyntax.self), !variable.isStatic, !variable.isLazy else { continue }
            let isLet = variable.bindingSpecifier.tokenKind == .keyword(.let)
            let bindings = Array(variable.bindings)
            for (position, binding) in bindings.enumerated() {
                guard binding.isStored else { continue }
                guard let pattern = binding.pattern.as(IdentifierPatternSyntax.self) else {
                    return .failure(.unsupportedPattern(binding.pattern.trimmedDescription))
                }
                // A `let` with a value is fixed: Swift's own memberwise initialiser skips it too. A
                // private `var` with a value is the type's own state (a parser's position, a count),
                // which Swift would keep by making its whole initialiser private.
                if binding.initializer != nil && (isLet || variable.isPrivate) { continue }
                // `var a, b: Int` writes the type once, on the last name of the list.
                guard let type = bindings[position...].lazy.compactMap(\.typeAnnotation).first?.type else {
                    return .failure(.missingType(pattern.identifier.text))
                }
                var defaultValue = binding.initializer?.value.trimmedDescription
                if defaultValue == nil && !isLet && type.isOptional { defaultValue = "nil" }
                properties.append(
                    StoredProperty(
                        name: pattern.identifier.text, type: type.trimmedDescription, defaultValue: defaultValue,
                        isFunction: type.isFunction))
            }
        }
        return .success(properties)
    }
}

extension VariableDeclSyntax {
    fileprivate var isStatic: Bool {
        modifiers.contains { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) }
    }

    fileprivate var isLazy: Bool { modifiers.contains { $0.name.tokenKind == .keyword(.lazy) } }

    /// `private`, `fileprivate` or `private(set)`: not for the caller to set.
    fileprivate var isPrivate: Bool {
        modifiers.contains { $0.name.tokenKind == .keyword(.private) || $0.name.tokenKind == .keyword(.fileprivate) }
    }
}

extension PatternBindingSyntax {
    /// No accessors, or only observers (`willSet`, `didSet`): the value is stored.
    fileprivate var isStored: Bool {
        guard let accessorBlock else { return true }
        switch accessorBlock.accessors {
        case .getter: return false
        case .accessors(let accessors):
            return accessors.allSatisfy {
                $0.accessorSpecifier.tokenKind == .keyword(.willSet) || $0.accessorSpecifier.tokenKind == .keyword(.didSet)
            }
        }
    }
}

extension TypeSyntax {
    /// `T?`, `T!` or `Optional<T>`: Swift's memberwise initialiser defaults such a `var` to nil.
    fileprivate var isOptional: Bool {
        if self.is(OptionalTypeSyntax.self) || self.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) { return true }
        if let named = self.as(IdentifierTypeSyntax.self) { return named.name.text == "Optional" && named.genericArgumentClause != nil }
        return false
    }

    /// A closure type (`() -> Void`, `@Sendable (Int) -> Bool`), which a stored parameter must
    /// take as `@escaping`. An optional closure escapes already and needs nothing.
    fileprivate var isFunction: Bool {
        if self.is(FunctionTypeSyntax.self) { return true }
        if let attributed = self.as(AttributedTypeSyntax.self) { return attributed.baseType.isFunction }
        if let tuple = self.as(TupleTypeSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first {
            return only.type.isFunction
        }
        return false
    }
}
