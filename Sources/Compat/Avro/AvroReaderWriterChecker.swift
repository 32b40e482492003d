import Parsers
import SchemaModel

/// Decides whether a reader schema can read every datum of a writer schema, exactly as Apache
/// Avro's Java `SchemaCompatibility.checkReaderWriterCompatibility` (1.9.1+, locations as 1.12).
///
/// Java memoizes by schema object identity. Our model writes a named type once and uses
/// `.reference` elsewhere, so named types are memoized by (reader full name, writer full name);
/// anonymous nodes are never met twice as the same pair in Java, so they need no memo.
public struct AvroReaderWriterChecker: Sendable {
  let readerTypes: TypeTable
  let writerTypes: TypeTable
  var memo: [NamedPair: MemoEntry] = [:]
  /// Java's location stack; the first token is the root's empty token.
  var location: [String] = [""]

  struct NamedPair: Hashable, Sendable {
    var reader: String
    var writer: String
  }

  enum MemoEntry: Sendable {
    case inProgress
    case done([AvroIncompatibility])
  }

  /// Thrown where Java throws: a reader field whose name and aliases match several writer fields.
  struct AmbiguousFieldAlias: Error {
    var incompatibility: AvroIncompatibility
  }

  init(readerTypes: TypeTable, writerTypes: TypeTable) {
    self.readerTypes = readerTypes
    self.writerTypes = writerTypes
  }

  /// Checks `reader` against `writer`; references are resolved through each side's table.
  public static func check(
    reader: TypeNode, readerTypes: TypeTable, writer: TypeNode, writerTypes: TypeTable
  ) -> AvroCompatibilityResult {
    var checker = AvroReaderWriterChecker(readerTypes: readerTypes, writerTypes: writerTypes)
    do {
      let found = try checker.compatibility(
        token: nil, reader: reader, writer: writer, element: rootElementName(reader))
      return AvroCompatibilityResult(incompatibilities: found)
    } catch {
      // Java aborts the whole check; Confluent reports the exception as the only error.
      return AvroCompatibilityResult(incompatibilities: [error.incompatibility])
    }
  }

  /// Checks two versions' root types (reader = `reader.document.root`).
  public static func check(reader: SchemaVersion, writer: SchemaVersion) -> AvroCompatibilityResult
  {
    guard let readerRoot = reader.document.root, let writerRoot = writer.document.root else {
      return AvroCompatibilityResult(incompatibilities: [])
    }
    return check(
      reader: readerRoot, readerTypes: reader.types, writer: writerRoot, writerTypes: writer.types)
  }

  static func rootElementName(_ node: TypeNode) -> String {
    node.qualifiedName?.name ?? node.displayName
  }

  /// The current location as Java prints it: `/` then the tokens after the root, JSON-Pointer
  /// escaped.
  var locationString: String {
    "/" + location.dropFirst().map(JSONPointer.escape).joined(separator: "/")
  }

  func resolveReader(_ node: TypeNode) -> TypeNode { readerTypes.resolve(node) ?? node }
  func resolveWriter(_ node: TypeNode) -> TypeNode { writerTypes.resolve(node) ?? node }

  /// Java's `getCompatibility(token, reader, writer, location)`; a nil token is Java's two-argument
  /// overload, which starts a fresh location stack (its locations are only seen through the memo).
  mutating func compatibility(
    token: String?, reader rawReader: TypeNode, writer rawWriter: TypeNode, element: String
  ) throws(AmbiguousFieldAlias) -> [AvroIncompatibility] {
    let savedLocation = location
    if let token {
      location.append(token)
    } else {
      location = [""]
    }
    defer { location = savedLocation }
    let reader = resolveReader(rawReader)
    let writer = resolveWriter(rawWriter)
    let uses = (
      reader: Self.atUseSite(reader, rawReader), writer: Self.atUseSite(writer, rawWriter)
    )
    guard let pair = Self.namedPair(reader: reader, writer: writer) else {
      return try calculate(reader: reader, writer: writer, uses: uses, element: element)
    }
    switch memo[pair] {
    case .inProgress:
      // Java: "schemas are compatible unless proven incompatible".
      return []
    case .done(let found):
      return found
    case nil:
      memo[pair] = .inProgress
      let found = try calculate(reader: reader, writer: writer, uses: uses, element: element)
      memo[pair] = .done(found)
      return found
    }
  }

  /// A resolved named type located where the reference was written, so a finding about the
  /// type as a whole (TYPE_MISMATCH, MISSING_UNION_BRANCH) points at the use, not the definition.
  static func atUseSite(_ resolved: TypeNode, _ raw: TypeNode) -> TypeNode {
    guard case .reference = raw.kind, let location = raw.location else { return resolved }
    var located = resolved
    located.location = location
    return located
  }

  static func namedPair(reader: TypeNode, writer: TypeNode) -> NamedPair? {
    guard isNamedDefinition(reader), isNamedDefinition(writer),
      let readerName = reader.qualifiedName, let writerName = writer.qualifiedName
    else { return nil }
    return NamedPair(reader: readerName.fullName, writer: writerName.fullName)
  }

  static func isNamedDefinition(_ node: TypeNode) -> Bool {
    switch node.kind {
    case .record, .enumeration, .fixed: true
    default: false
    }
  }

  /// Java's `calculateCompatibility`. `uses` are the same nodes located at their use sites.
  mutating func calculate(
    reader definition: TypeNode, writer writerDefinition: TypeNode,
    uses: (reader: TypeNode, writer: TypeNode), element: String
  ) throws(AmbiguousFieldAlias) -> [AvroIncompatibility] {
    let readerType = AvroSchemaType(definition)
    let writerType = AvroSchemaType(writerDefinition)
    if readerType == writerType {
      return try calculateSameType(reader: definition, writer: writerDefinition, element: element)
    }
    let (reader, writer) = uses
    if case .union(let writerBranches) = writer.kind {
      return try writerUnionAgainstReader(
        reader: reader, branches: writerBranches, element: element)
    }
    if case .union(let readerBranches) = reader.kind {
      return try readerUnionAgainstWriter(
        reader: reader, branches: readerBranches, writer: writer, element: element)
    }
    if AvroPromotion.readerAccepts(reader: readerType, writer: writerType) { return [] }
    return [typeMismatch(reader: reader, writer: writer, element: element)]
  }

  mutating func calculateSameType(reader: TypeNode, writer: TypeNode, element: String)
    throws(AmbiguousFieldAlias) -> [AvroIncompatibility]
  {
    switch (reader.kind, writer.kind) {
    case (.array(let readerItems), .array(let writerItems)):
      return try compatibility(
        token: "items", reader: readerItems, writer: writerItems, element: element + "[]")
    case (.map(let readerValues), .map(let writerValues)):
      return try compatibility(
        token: "values", reader: readerValues, writer: writerValues, element: element + "{}")
    case (.fixed(let readerFixed), .fixed(let writerFixed)):
      return checkNames(reader: reader, writer: writer, element: element)
        + checkFixedSize(
          reader: readerFixed, writer: writerFixed, nodes: (reader, writer), element: element)
    case (.enumeration(let readerEnum), .enumeration(let writerEnum)):
      return checkNames(reader: reader, writer: writer, element: element)
        + checkEnumSymbols(
          reader: readerEnum, writer: writerEnum, nodes: (reader, writer), element: element)
    case (.record(let readerRecord), .record(let writerRecord)):
      let names = checkNames(reader: reader, writer: writer, element: element)
      return try names
        + checkRecordFields(
          reader: readerRecord, writer: writerRecord, nodes: (reader, writer), element: element)
    case (.union, .union(let writerBranches)):
      return try unionAgainstUnion(reader: reader, writerBranches: writerBranches, element: element)
    case (.reference(let readerName), .reference(let writerName)):
      // Both unresolved (the parser reported them): compare what we know, the names.
      if readerName.name == writerName.name { return [] }
      return [typeMismatch(reader: reader, writer: writer, element: element)]
    default:
      // Same primitive type (and `any`, which Avro never produces).
      return []
    }
  }

  func typeMismatch(reader: TypeNode, writer: TypeNode, element: String) -> AvroIncompatibility {
    let readerType = AvroSchemaType(reader).rawValue
    let writerType = AvroSchemaType(writer).rawValue
    return incompatibility(
      .typeMismatch,
      message: "reader type: \(readerType) not compatible with writer type: \(writerType)",
      element: element, reader: reader, writer: writer)
  }

  func incompatibility(
    _ kind: AvroIncompatibilityKind, message: String, element: String,
    reader: TypeNode, writer: TypeNode
  ) -> AvroIncompatibility {
    AvroIncompatibility(
      kind: kind, location: locationString, message: message, element: element,
      readerFragment: reader.displayName, writerFragment: writer.displayName,
      readerLocation: reader.location, writerLocation: writer.location)
  }
}
