/// Turns the declarations of `vocabulary.yaml` into a vocabulary: restyles
/// built-in types, adds new ones after them, and checks what needs every
/// type known (`ends-with`).
///
/// A type with errors is still added, so that the articles using it are
/// checked for their own mistakes only, not for an "unknown type" cascade;
/// the errors keep any graph from being written.
enum VocabularyBuilder {
    static func build(_ declarations: [TypeDeclaration], isComplete: Bool = true,
                      diagnostics: inout [Diagnostic]) -> Vocabulary {
        var types = RelationType.builtInTypes
        var declared: [String: TypeDeclaration] = [:]
        var custom: [TypeDeclaration] = []
        for declaration in declarations {
            if let first = declared[declaration.name] {
                if !agree(first, declaration) {
                    diagnostics.append(.error(declaration.nameLocation,
                        "relation type '\(declaration.name)' is declared differently at \(first.nameLocation): declarations of one type must agree"))
                }
                continue
            }
            declared[declaration.name] = declaration
            if let number = types.firstIndex(where: { $0.name == declaration.name }) {
                types[number] = restyle(types[number], declaration, diagnostics: &diagnostics)
            } else {
                custom.append(declaration)
            }
        }
        for (index, declaration) in custom.enumerated() {
            types.append(newType(declaration, order: types.count, paletteIndex: index, diagnostics: &diagnostics))
        }
        let vocabulary = Vocabulary(types: types, isComplete: isComplete)
        for declaration in custom { checkEndsWith(declaration, vocabulary: vocabulary, diagnostics: &diagnostics) }
        diagnostics.sort { ($0.path, $0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.path, $1.location?.line ?? 0, $1.location?.column ?? 0) }
        return vocabulary
    }

    /// A built-in type with the look the declaration gives; any meaning key
    /// that differs from the built-in one is an error.
    private static func restyle(_ type: RelationType, _ declaration: TypeDeclaration,
                                diagnostics: inout [Diagnostic]) -> RelationType {
        func fixed(_ key: String, at location: SourceLocation, differs: Bool, builtIn: String) {
            guard differs else { return }
            diagnostics.append(.error(location,
                "'\(type.name)' is a built-in type whose \(key) is \(builtIn); vocabulary.yaml may restyle it (\(TypeDeclaration.lookKeys.joined(separator: ", "))) but not change its meaning. To add a type of your own, give it another name"))
        }
        if let connector = declaration.connector {
            fixed("connector", at: connector.location, differs: connector.value != type.connector, builtIn: "\"\(type.connector)\"")
        }
        if let relationClass = declaration.relationClass {
            fixed("class", at: relationClass.location, differs: relationClass.value != type.relationClass,
                  builtIn: type.relationClass.rawValue)
        }
        if let polarity = declaration.polarity {
            fixed("polarity", at: polarity.location, differs: polarity.value != type.polarity, builtIn: "\"\(type.polarity.rawValue)\"")
        }
        if let endsWith = declaration.endsWith, let location = declaration.endsWithLocation {
            fixed("ends-with", at: location, differs: Set(endsWith.map(\.value)) != Set(type.endedBy),
                  builtIn: "[\(type.endedBy.joined(separator: ", "))]")
        }
        if let attributes = declaration.attributes {
            fixed("attributes", at: attributes.location, differs: attributes.value != type.accepts,
                  builtIn: "[\(type.accepts.sorted().map(\.rawValue).joined(separator: ", "))]")
        }
        if let arrowhead = declaration.arrowhead, !type.isDirected {
            diagnostics.append(.error(arrowhead.location, "'arrowhead' is for directed types (\"->\"); '\(type.name)' is undirected"))
        }
        return type.restyled(look(declaration, base: type.look)).addingCues((declaration.cues ?? []).map(\.value))
    }

    /// A corpus's own type: `connector` and `class` are required.
    private static func newType(_ declaration: TypeDeclaration, order: Int, paletteIndex: Int,
                                diagnostics: inout [Diagnostic]) -> RelationType {
        let name = declaration.name
        var missing: [String] = []
        if !declaration.keysWritten.contains("connector") { missing.append("'connector' (\"->\" or \"--\")") }
        if !declaration.keysWritten.contains("class") { missing.append("'class' (stance, tie or lineage)") }
        if !missing.isEmpty, !declaration.isBroken {
            diagnostics.append(.error(declaration.nameLocation,
                "relation type '\(name)' needs \(missing.joined(separator: " and ")); it is not a built-in type (\(RelationType.builtInTypes.map(\.name).joined(separator: ", ")))"))
        }
        let isDirected = declaration.connector?.value == "->"
        let relationClass = declaration.relationClass?.value ?? .tie
        if relationClass == .stance, isDirected, let connector = declaration.connector {
            diagnostics.append(.error(connector.location,
                "a stance is one per unordered pair, so its connector is \"--\", not \"->\"; for a directed relation that lasts, use class: tie"))
        }
        if relationClass != .tie, declaration.relationClass != nil, let location = declaration.endsWithLocation {
            diagnostics.append(.error(location,
                "'ends-with' is for ties (class: tie); a \(relationClass.rawValue) \(relationClass == .stance ? "is replaced by the next stance of its pair" : "never ends but by its own 'until'")"))
        }
        if let arrowhead = declaration.arrowhead, !isDirected, declaration.connector != nil {
            diagnostics.append(.error(arrowhead.location, "'arrowhead' is for directed types (\"->\"); '\(name)' is undirected"))
        }
        let base = RelationLook.defaultLook(name: name, isDirected: isDirected, relationClass: relationClass, index: paletteIndex)
        var look = look(declaration, base: base)
        if !isDirected { look.arrowhead = "none" }
        return RelationType(RelationType.Definition(
            name: name, isDirected: isDirected, relationClass: relationClass,
            polarity: declaration.polarity?.value ?? .unknown,
            endedBy: relationClass == .tie ? (declaration.endsWith ?? []).map(\.value) : [],
            accepts: declaration.attributes?.value ?? [], absorbsSource: false, look: look,
            wording: .generic(name: name, isDirected: isDirected, order: order),
            order: order, isBuiltIn: false, note: declaration.note, cues: (declaration.cues ?? []).map(\.value)))
    }

    private static func look(_ declaration: TypeDeclaration, base: RelationLook) -> RelationLook {
        var look = base
        if let color = declaration.color { look.color = color.value }
        if let style = declaration.style { look.style = style.value }
        if let penwidth = declaration.penwidth { look.penwidth = penwidth.value }
        if let arrowhead = declaration.arrowhead { look.arrowhead = arrowhead.value }
        if let legend = declaration.legend { look.legend = legend.value }
        return look
    }

    /// Every name in `ends-with` names a type other than the tie itself.
    private static func checkEndsWith(_ declaration: TypeDeclaration, vocabulary: Vocabulary,
                                      diagnostics: inout [Diagnostic]) {
        for item in declaration.endsWith ?? [] {
            if item.value == declaration.name {
                diagnostics.append(.error(item.location,
                    "'\(declaration.name)' cannot end itself: a later report of a tie is more evidence for it, not its end"))
            } else if vocabulary.type(named: item.value) == nil {
                let closest = vocabulary.namesClosest(to: item.value)
                diagnostics.append(.error(item.location,
                    "'ends-with' names no relation type: '\(item.value)'; the known types, closest first: \(closest.joined(separator: ", "))"))
            }
        }
    }

    /// Two declarations of one name in two vocabulary files agree when they
    /// say the same (their places aside).
    private static func agree(_ a: TypeDeclaration, _ b: TypeDeclaration) -> Bool {
        a.connector?.value == b.connector?.value && a.relationClass?.value == b.relationClass?.value
            && a.polarity?.value == b.polarity?.value && a.endsWith?.map(\.value) == b.endsWith?.map(\.value)
            && a.attributes?.value == b.attributes?.value && a.color?.value == b.color?.value
            && a.style?.value == b.style?.value && a.penwidth?.value == b.penwidth?.value
            && a.arrowhead?.value == b.arrowhead?.value && a.legend?.value == b.legend?.value && a.note == b.note
            && a.cues?.map(\.value.text) == b.cues?.map(\.value.text)
    }
}
