import SchemaModel

extension AvroDiffer {
  /// Name, namespace, aliases and doc of two named types of the same kind. The break flags come
  /// from the checker run on copies stripped to their names.
  mutating func compareNames(old: TypeNode, new: TypeNode, at position: Position) {
    guard let oldName = old.qualifiedName, let newName = new.qualifiedName else { return }
    let what = Self.kindWord(new)
    let nameBreaks = breaks(old: Self.nameOnly(old), new: Self.nameOnly(new))
    if oldName.name != newName.name {
      record(
        .nameChanged, path: position.newPath,
        "\(what) '\(oldName.fullName)' renamed to '\(newName.fullName)'",
        old: old.location, new: new.location, breaks: nameBreaks)
    }
    if oldName.namespace != newName.namespace {
      record(
        .namespaceChanged, path: position.newPath,
        "\(what) '\(newName.name)' moved from namespace '\(oldName.namespace)' to "
          + "'\(newName.namespace)'",
        old: old.location, new: new.location,
        breaks: oldName.name == newName.name ? nameBreaks : (false, false))
    }
    let oldAliases = AvroReaderWriterChecker.aliases(of: old).map(\.fullName)
    let newAliases = AvroReaderWriterChecker.aliases(of: new).map(\.fullName)
    if oldAliases != newAliases {
      record(
        .aliasesChanged, path: position.newPath,
        "aliases of \(what) '\(newName.fullName)' changed from \(oldAliases) to \(newAliases)",
        old: old.location, new: new.location)
    }
    if Self.doc(of: old) != Self.doc(of: new) {
      record(
        .docChanged, path: position.newPath,
        "documentation of \(what) '\(newName.fullName)' changed", old: old.location,
        new: new.location)
    }
  }

  static func kindWord(_ node: TypeNode) -> String {
    switch node.kind {
    case .enumeration: "enum"
    case .fixed: "fixed"
    default: "record"
    }
  }

  static func doc(of node: TypeNode) -> String? {
    switch node.kind {
    case .record(let record): record.doc
    case .enumeration(let enumeration): enumeration.doc
    case .fixed(let fixed): fixed.doc
    default: nil
    }
  }

  /// The same named type with nothing but its name and aliases, so the checker judges names.
  static func nameOnly(_ node: TypeNode) -> TypeNode {
    switch node.kind {
    case .record(var record):
      record.fields = []
      return TypeNode(.record(record))
    case .enumeration(var enumeration):
      enumeration.symbols = []
      enumeration.defaultSymbol = nil
      return TypeNode(.enumeration(enumeration))
    case .fixed(var fixed):
      fixed.size = 0
      return TypeNode(.fixed(fixed))
    default:
      return node
    }
  }

  mutating func compareEnums(
    old: EnumType, new: EnumType, nodes: (old: TypeNode, new: TypeNode), at position: Position
  ) {
    let oldSymbols = old.symbols.map(\.name)
    let newSymbols = new.symbols.map(\.name)
    let subject = "enum '\(new.name.fullName)'"
    for symbol in new.symbols where !oldSymbols.contains(symbol.name) {
      // Only the new schema writes the symbol: can the old reader read it?
      var written = old
      written.symbols = [symbol]
      written.defaultSymbol = nil
      let forward = breaks(old: nodes.old, new: TypeNode(.enumeration(written))).forward
      record(
        .enumSymbolAdded, path: position.newPath + "/symbols",
        "\(subject) gained symbol '\(symbol.name)'", old: nodes.old.location,
        new: symbol.location ?? nodes.new.location, breaks: (false, forward))
    }
    for symbol in old.symbols where !newSymbols.contains(symbol.name) {
      // Only the old schema writes the symbol: can the new reader read it?
      var written = new
      written.symbols = [symbol]
      written.defaultSymbol = nil
      let backward = breaks(old: TypeNode(.enumeration(written)), new: nodes.new).backward
      record(
        .enumSymbolRemoved, path: position.newPath + "/symbols",
        "\(subject) lost symbol '\(symbol.name)'", old: symbol.location ?? nodes.old.location,
        new: nodes.new.location, breaks: (backward, false))
    }
    if old.defaultSymbol != new.defaultSymbol {
      // The enum default only decides how the symbol changes above are judged; on its own it
      // breaks nothing (the checker gives the same verdict for equal symbol lists).
      record(
        .enumDefaultChanged, path: position.newPath + "/default",
        "\(subject) default changed from \(old.defaultSymbol ?? "none") to "
          + "\(new.defaultSymbol ?? "none")", old: nodes.old.location, new: nodes.new.location)
    }
  }

  mutating func compareFixedSizes(
    old: FixedType, new: FixedType, nodes: (old: TypeNode, new: TypeNode), at position: Position
  ) {
    guard old.size != new.size else { return }
    var sameNameOld = old
    sameNameOld.name = new.name
    sameNameOld.aliases = []
    record(
      .fixedSizeChanged, path: position.newPath + "/size",
      "fixed '\(new.name.fullName)' size changed from \(old.size) to \(new.size)",
      old: nodes.old.location, new: nodes.new.location,
      breaks: breaks(old: TypeNode(.fixed(sameNameOld)), new: TypeNode(.fixed(new))))
  }

  /// Named types defined in one version and never met by the walk from the root.
  mutating func listNamedTypesAddedOrRemoved(old: [TypeNode], new: [TypeNode]) {
    for node in new {
      guard let name = node.qualifiedName?.fullName, !visitedNew.contains(name) else { continue }
      let kind: AvroChangeKind =
        switch node.kind {
        case .enumeration: .enumAdded
        case .fixed: .fixedAdded
        default: .recordAdded
        }
      record(
        kind, path: name, "\(Self.kindWord(node)) '\(name)' added", old: nil, new: node.location)
    }
    for node in old {
      guard let name = node.qualifiedName?.fullName, !visitedOld.contains(name) else { continue }
      let kind: AvroChangeKind =
        switch node.kind {
        case .enumeration: .enumRemoved
        case .fixed: .fixedRemoved
        default: .recordRemoved
        }
      record(
        kind, path: name, "\(Self.kindWord(node)) '\(name)' removed", old: node.location, new: nil)
    }
  }
}
