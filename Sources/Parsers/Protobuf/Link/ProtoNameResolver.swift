/// Protoc's name lookup (`DescriptorBuilder::LookupSymbolNoPlaceholder`) for one file: C++-like
/// scoping from the innermost scope outward, seeing only the file itself, its imports and what
/// they `import public`.
struct ProtoNameResolver {
  /// What a lookup found.
  enum Outcome: Hashable {
    case found(ProtoSymbol)
    /// The first component matched in an inner scope, and the rest did not: protoc does not
    /// look further out (`resolvedTo` is the name it tried).
    case shadowed(resolvedTo: String)
    /// Only a file the current one does not import defines the name.
    case notImported(fullName: String, file: String)
    case notFound
  }

  let table: ProtoSymbolTable
  /// The import paths this file sees: itself, its imports, and public imports of those.
  let visibleFiles: Set<String>
  /// The packages of the visible files.
  let visiblePackages: [String]

  /// Looks `name` up from the scope of `relativeTo` (the full name of the element that
  /// refers to it: a field's, a method's), as protoc does. `typesOnly` skips non-type
  /// symbols when the whole name matched (field types, rpc types, extendees).
  func lookup(_ name: String, relativeTo: String, typesOnly: Bool) -> Outcome {
    var undeclared: (fullName: String, file: String)?
    func find(_ fullName: String) -> ProtoSymbol? {
      guard let symbol = table[fullName] else { return nil }
      if visibleFiles.contains(symbol.file) { return symbol }
      // A package is visible when any visible file is in it, whichever file came first.
      if symbol.kind == .package,
        visiblePackages.contains(where: { $0 == fullName || $0.hasPrefix(fullName + ".") })
      {
        return symbol
      }
      if undeclared == nil { undeclared = (fullName, symbol.file) }
      return nil
    }
    func notFound() -> Outcome {
      if let undeclared {
        return .notImported(fullName: undeclared.fullName, file: undeclared.file)
      }
      return .notFound
    }

    if name.hasPrefix(".") {
      return find(String(name.dropFirst())).map(Outcome.found) ?? notFound()
    }
    let firstPart = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
    let isCompound = firstPart.count < name.count
    var scope = relativeTo
    while true {
      guard let dot = scope.lastIndex(of: ".") else {
        return find(name).map(Outcome.found) ?? notFound()
      }
      scope = String(scope[..<dot])
      guard let first = find("\(scope).\(firstPart)") else { continue }
      if isCompound {
        // Protoc: once the first component resolves to something that can hold names, the
        // rest must resolve inside it; outer scopes are not searched.
        guard first.kind.isAggregate else { continue }
        let whole = "\(scope).\(name)"
        if let symbol = find(whole) { return .found(symbol) }
        if undeclared != nil { return notFound() }
        return .shadowed(resolvedTo: whole)
      }
      if typesOnly, !first.kind.isType { continue }
      return .found(first)
    }
  }
}
