import SchemaModel

/// Links the Avro files of one subject set (a schema and the files it refers to, like Confluent
/// schema references or Java's `Schema.Parser` over several files).
public enum AvroSchemaSet {
  /// Checks that every external reference of every Avro document is defined in another document
  /// of the set (`AVRO_UNKNOWN_TYPE` at the first use otherwise) and that no full name has two
  /// different definitions (`AVRO_DUPLICATE_TYPE` in the later document; equal definitions are
  /// the same type, as for Java 1.12). Documents of other formats come back unchanged.
  ///
  /// A bare name used inside namespace `ns` was recorded as `ns.Name`; when only `Name` (null
  /// namespace) exists in the set, the reference is renamed to it, the fallback Java applies.
  /// The parser does not keep whether a dotted name was written in full, so a name written as
  /// `ns.Name` gets the same fallback.
  ///
  /// Call it once per set, on documents fresh from `AvroParser.parse`: it adds diagnostics.
  public static func link(_ documents: [SchemaDocument]) -> [SchemaDocument] {
    var result = documents
    var definer: [String: (document: Int, node: TypeNode)] = [:]
    for (index, document) in documents.enumerated() where document.format == .avro {
      for node in document.namedTypes {
        guard let name = node.qualifiedName?.fullName else { continue }
        guard let first = definer[name] else {
          definer[name] = (index, node)
          continue
        }
        // An equal definition in another file is the same type, as Java 1.12 parses it.
        guard first.document != index,
          AvroSchemaWriter.signature(of: first.node) != AvroSchemaWriter.signature(of: node)
        else { continue }
        let issue = AvroIssue.definedInTwoFiles(
          fullName: name, otherFile: documents[first.document].path)
        result[index].diagnostics.append(
          issue.diagnostic(
            at: node.location,
            notes: [Diagnostic.Note(message: "first defined here", location: first.node.location)]
          ))
      }
    }
    let everyType = definer.mapValues(\.node)
    for index in result.indices where result[index].format == .avro {
      result[index] = resolvingExternalReferences(in: result[index], types: everyType)
    }
    for index in result.indices where result[index].format == .avro {
      result[index].diagnostics += crossFileDefaultProblems(in: result[index], types: everyType)
      result[index].diagnostics.sort(by: Diagnostic.reportOrder)
    }
    return result
  }

  /// The full names under which another file may define an external reference, in the order
  /// Java looks: the name as recorded (`ns.Name`), then `Name` in the null namespace.
  public static func candidates(for reference: QualifiedName) -> [QualifiedName] {
    reference.namespace.isEmpty ? [reference] : [reference, QualifiedName(name: reference.name)]
  }

  /// Checks each external reference against the set, renaming `ns.Name` to a null-namespace
  /// `Name` where only that exists, and reports the names nobody defines.
  private static func resolvingExternalReferences(
    in document: SchemaDocument, types: [String: TypeNode]
  ) -> SchemaDocument {
    let isDefined = { (name: String) in types[name] != nil }
    var result = document
    var renames: [QualifiedName: QualifiedName] = [:]
    var externals: [QualifiedName] = []
    for reference in document.externalReferences {
      if let found = candidates(for: reference).first(where: { isDefined($0.fullName) }) {
        if found != reference { renames[reference] = found }
        if !externals.contains(found) { externals.append(found) }
      } else {
        externals.append(reference)
        let use = firstUse(of: reference, in: document)
        let notes = suggestion(for: reference, among: types).map { name in
          [Diagnostic.Note(message: "did you mean '\(name)'?", location: types[name]?.location)]
        }
        result.diagnostics.append(
          AvroIssue.unknownExternalType(fullName: reference.fullName).diagnostic(
            at: use.location ?? SourceLocation(file: document.path, line: 1, column: 1),
            path: use.path, notes: notes ?? []))
      }
    }
    result.externalReferences = externals
    guard !renames.isEmpty else { return result }
    return AvroTypeTree.renamingReferences(in: result) { name, _ in renames[name] }
  }

  /// Field defaults that only fail once types from other files are known (the parser could not
  /// look inside those); a default that already failed in its own file is not reported again.
  private static func crossFileDefaultProblems(
    in document: SchemaDocument, types: [String: TypeNode]
  ) -> [Diagnostic] {
    guard !document.externalReferences.isEmpty else { return [] }
    var ownTypes: [String: TypeNode] = [:]
    for node in document.namedTypes {
      if let name = node.qualifiedName?.fullName { ownTypes[name] = node }
    }
    let withinFile = AvroDefaultValidator(namedTypes: ownTypes)
    let acrossFiles = AvroDefaultValidator(namedTypes: types.merging(ownTypes) { $1 })
    var problems: [Diagnostic] = []
    for node in document.namedTypes {
      guard case .record(let record) = node.kind else { continue }
      for field in record.fields {
        guard let value = field.defaultValue,
          let mismatch = acrossFiles.mismatch(of: value, against: field.type),
          withinFile.mismatch(of: value, against: field.type) == nil
        else { continue }
        let issue = AvroIssue.invalidDefault(
          field: "\(record.name.name).\(field.name)", expected: mismatch.expected,
          found: mismatch.found, path: mismatch.path)
        problems.append(
          issue.diagnostic(at: SourceLocation(file: document.path, position: mismatch.position)))
      }
    }
    return problems
  }

  /// A defined full name the user probably meant: the same simple name in another namespace
  /// (the usual slip), else a simple name at most two edits away.
  static func suggestion(for name: QualifiedName, among types: [String: TypeNode]) -> String? {
    let names = types.keys.sorted()
    if let sameName = names.first(where: { QualifiedName(fullName: $0).name == name.name }) {
      return sameName
    }
    let target = Array(name.name.unicodeScalars)
    let near = names.map {
      ($0, editDistance(Array(QualifiedName(fullName: $0).name.unicodeScalars), target))
    }
    .filter { $0.1 <= min(2, target.count / 2) }
    .min { $0.1 < $1.1 }?.0
    return near ?? primitiveSuggestion(for: name.name)
  }

  /// A primitive type written in another case or under another language's name (`Long`,
  /// `integer`, `bool`).
  private static func primitiveSuggestion(for name: String) -> String? {
    let lowered = name.lowercased()
    if AvroNames.primitives[lowered] != nil { return lowered }
    let otherNames = [
      "integer": "int", "int32": "int", "int64": "long", "bool": "boolean", "str": "string",
      "text": "string", "binary": "bytes", "byte": "bytes", "number": "double",
    ]
    return otherNames[lowered]
  }

  /// Levenshtein distance, for short names only.
  private static func editDistance(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Int {
    guard left.count < 256, right.count < 256 else { return Int.max }
    var previous = Array(0...right.count)
    for (i, leftScalar) in left.enumerated() {
      var current = [i + 1]
      for (j, rightScalar) in right.enumerated() {
        current.append(
          min(
            previous[j + 1] + 1, current[j] + 1, previous[j] + (leftScalar == rightScalar ? 0 : 1)))
      }
      previous = current
    }
    return previous[right.count]
  }

  /// Where the document first refers to `name`: its location and schema path.
  private static func firstUse(of name: QualifiedName, in document: SchemaDocument)
    -> (location: SourceLocation?, path: String?)
  {
    guard let root = document.root else { return (nil, nil) }
    var found: (location: SourceLocation?, path: String?) = (nil, nil)
    AvroTypeTree.forEachReference(in: root) { reference, node, path in
      if found.path == nil, reference == name { found = (node.location, path) }
    }
    return found
  }
}
