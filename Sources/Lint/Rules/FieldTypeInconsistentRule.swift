import SchemaModel

/// One field name with different types across the repository's files (`order_id` a string in
/// one subject, a long in another): joins and shared consumers then need a conversion per
/// source. Avro and JSON Schema models are compared by a normalised type (`string`,
/// `long(timestamp-millis)`, `com.acme.Money`, `array<string>`); a nullable union
/// `["null", X]` counts as X. Each file whose type differs from the one most files use gets a
/// finding at the field.
public struct FieldTypeInconsistentRule: LintRule {
  public static let description = RuleDescription.own(
    "LINT_FIELD_TYPE_INCONSISTENT", nil,
    "a field name has different types in different files of the repository",
    "consumers that join or share code across subjects expect one field name to mean one type; "
      + "a string order_id in one contract and a long in another needs conversions everywhere",
    severity: .warning)

  public init() {}

  /// Where one file uses one field name with one type.
  struct Use {
    var file: String
    var location: SourceLocation?
  }

  /// A field name with a normalised type.
  struct FieldUse: Hashable {
    var name: String
    var type: String
  }

  /// How many files list in a message before "and N more".
  static let listedFiles = 3

  public func check(repository inputs: [LintInput], context: LintContext) -> [Diagnostic] {
    // field name -> normalised type -> the first use in each file, in input order.
    var uses: [String: [String: [Use]]] = [:]
    for input in inputs where input.document.format != .protobuf {
      let document = input.document
      // A file counts once per field name and type, at its first use.
      var seen: Set<FieldUse> = []
      for defined in document.records {
        for field in defined.record.fields {
          guard let type = FieldTypeDescription.of(field.type, in: document) else { continue }
          guard seen.insert(FieldUse(name: field.name, type: type)).inserted else { continue }
          uses[field.name, default: [:]][type, default: []].append(
            Use(file: document.path, location: field.location))
        }
      }
    }
    var findings: [Diagnostic] = []
    for (name, byType) in uses where byType.count > 1 {
      let ranked = byType.sorted { lhs, rhs in
        lhs.value.count != rhs.value.count
          ? lhs.value.count > rhs.value.count : lhs.key < rhs.key
      }
      let (majorityType, majorityUses) = (ranked[0].key, ranked[0].value)
      for (type, typeUses) in ranked.dropFirst() {
        for use in typeUses {
          findings.append(
            finding(
              "field '\(name)' is \(type) here but \(majorityType) in "
                + Self.fileList(majorityUses.map(\.file)),
              at: use.location, path: use.file))
        }
      }
    }
    return findings
  }

  static func fileList(_ files: [String]) -> String {
    let shown = files.prefix(listedFiles).joined(separator: ", ")
    let more = files.count - listedFiles
    return more > 0 ? "\(shown) and \(more) more" : shown
  }
}

/// The normalised type of a field for comparisons across files and formats.
enum FieldTypeDescription {
  /// Nil when the type says nothing comparable (`any`, or a JSON Schema object whose name the
  /// projection synthesized).
  static func of(_ node: TypeNode, in document: SchemaDocument, depth: Int = 0) -> String? {
    guard depth < 32 else { return nil }
    let logical = node.logicalType.map { "(\($0))" } ?? ""
    switch node.kind {
    case .primitive(let primitive):
      return primitive.rawValue + logical
    case .record, .enumeration, .fixed, .reference:
      // JSON Schema names are synthesized or changed by the projection: not comparable.
      guard document.format == .avro, let name = node.qualifiedName else { return nil }
      return name.fullName + logical
    case .array(let items):
      return of(items, in: document, depth: depth + 1).map { "array<\($0)>" }
    case .map(let values):
      return of(values, in: document, depth: depth + 1).map { "map<\($0)>" }
    case .union(let branches):
      let nonNull = branches.filter {
        if case .primitive(.null) = $0.kind { return false }
        return true
      }
      if nonNull.count == 1 { return of(nonNull[0], in: document, depth: depth + 1) }
      guard !nonNull.isEmpty else { return nil }
      var described: [String] = []
      for branch in nonNull {
        guard let text = of(branch, in: document, depth: depth + 1) else { return nil }
        described.append(text)
      }
      return "union<" + described.sorted().joined(separator: "|") + ">"
    case .any:
      return nil
    }
  }
}
