import SchemaModel

/// The last steps once the whole file is read: late references, defaults, the document.
extension AvroSchemaBuilder {
  /// Builds the document for a parsed JSON tree.
  mutating func document(for json: JSONValue) -> SchemaDocument {
    let root = schema(json, namespace: "", depth: 0)
    var document = SchemaDocument(format: .avro, path: path)
    document.root = root
    if case .record(let record) = root.kind, !record.name.namespace.isEmpty {
      document.namespace = record.name.namespace
    } else if case .enumeration(let enumeration) = root.kind,
      !enumeration.name.namespace.isEmpty
    {
      document.namespace = enumeration.name.namespace
    } else if case .fixed(let fixed) = root.kind, !fixed.name.namespace.isEmpty {
      document.namespace = fixed.name.namespace
    }
    document.namedTypes = definitionSlots.compactMap { $0 }
    document = resolvingLateReferences(in: document)
    checkDefaults(namedTypes: document.namedTypes)
    document.diagnostics = diagnostics.sorted(by: Diagnostic.reportOrder)
    return document
  }

  /// Names used before their definition resolve now (Java 1.12 accepts such forward uses);
  /// the rest are external references, named by their first candidate (the enclosing
  /// namespace), which `AvroSchemaSet` checks against the other files.
  private func resolvingLateReferences(in document: SchemaDocument) -> SchemaDocument {
    var renames: [TextPosition: QualifiedName] = [:]
    var external: [QualifiedName] = []
    var seenExternal: Set<QualifiedName> = []
    for reference in pendingReferences {
      if let defined = reference.candidates.first(where: { slotByFullName[$0.fullName] != nil }) {
        if defined != reference.candidates[0] { renames[reference.position] = defined }
      } else if seenExternal.insert(reference.candidates[0]).inserted {
        external.append(reference.candidates[0])
      }
    }
    var result = document
    result.externalReferences = external
    guard !renames.isEmpty else { return result }
    return AvroTypeTree.renamingReferences(in: result) { _, node in
      node.location.flatMap { renames[TextPosition(line: $0.line, column: $0.column)] }
    }
  }

  private mutating func checkDefaults(namedTypes: [TypeNode]) {
    var table: [String: TypeNode] = [:]
    for node in namedTypes {
      if let name = node.qualifiedName?.fullName { table[name] = node }
    }
    let validator = AvroDefaultValidator(namedTypes: table)
    for pending in pendingDefaults {
      guard let mismatch = validator.mismatch(of: pending.value, against: pending.type) else {
        continue
      }
      report(
        .invalidDefault(
          field: pending.fieldPath, expected: mismatch.expected, found: mismatch.found,
          path: mismatch.path),
        at: mismatch.position, schemaPath: pending.schemaPath + mismatch.path)
    }
  }
}
