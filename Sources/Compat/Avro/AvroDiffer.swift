import SchemaModel

/// Lists every change between two Avro schemas. Fields are matched as Avro resolution matches
/// them (by name, then by the new field's aliases); whether a change breaks reading is never
/// decided here but by running `AvroReaderWriterChecker` on the part of the schema the change
/// touches, so the differ and the checker cannot disagree.
public struct AvroDiffer {
  let oldTypes: TypeTable
  let newTypes: TypeTable
  /// For each named pair met (old full name, new full name): the union of the masks it was
  /// met under. A pair is compared once, under the union found by the previous pass.
  var visitMasks: [[String]: ReadMask] = [:]
  let previousPassMasks: [[String]: ReadMask]
  /// For each named pair: the mask it was compared under in this pass.
  var comparedMasks: [[String]: ReadMask] = [:]
  var visitedOld: Set<String> = []
  var visitedNew: Set<String> = []
  var changes: [Change] = []
  /// The directions in which the current part is read at all: below a field that the checker
  /// does not pair in one direction (renamed without an alias there), no change breaks it.
  var mask = ReadMask(backward: true, forward: true)

  /// Which reading directions reach a part of the schema.
  struct ReadMask: Hashable, Sendable {
    var backward: Bool
    var forward: Bool

    static let none = ReadMask(backward: false, forward: false)

    func union(_ other: ReadMask) -> ReadMask {
      ReadMask(backward: backward || other.backward, forward: forward || other.forward)
    }
  }

  /// Where a node sits in each schema: Java-style pointers, and the element a person names.
  struct Position {
    var oldPath: String
    var newPath: String
    var element: String
    /// True when the node is a field's type (so a type change is a FIELD_TYPE_CHANGED).
    var isFieldType: Bool

    func appending(old oldToken: String, new newToken: String, element: String? = nil)
      -> Position
    {
      Position(
        oldPath: oldPath + "/" + oldToken, newPath: newPath + "/" + newToken,
        element: element ?? self.element, isFieldType: false)
    }
  }

  init(oldTypes: TypeTable, newTypes: TypeTable, previousPassMasks: [[String]: ReadMask] = [:]) {
    self.oldTypes = oldTypes
    self.newTypes = newTypes
    self.previousPassMasks = previousPassMasks
  }

  /// Every change from `old` to `new`, in schema order (named types added or removed last).
  public static func diff(old: SchemaVersion, new: SchemaVersion) -> [Change] {
    // A named type used in several places is compared once, but a change inside it breaks a
    // direction when any of its uses is read in that direction; passes repeat until the masks
    // of all named pairs are stable (they only grow, two bits per pair). When every pair was
    // compared under the union of its uses already, another pass would repeat this one step
    // for step (each mask follows from its parents'), so this one is final.
    var masks: [[String]: ReadMask] = [:]
    var pass = 0
    while true {
      var differ = AvroDiffer(
        oldTypes: old.types, newTypes: new.types, previousPassMasks: masks)
      differ.walk(old: old, new: new)
      pass += 1
      if differ.comparedMasks == differ.visitMasks || pass > 2 * masks.count + 2 {
        return differ.changes
      }
      masks = differ.visitMasks
    }
  }

  mutating func walk(old: SchemaVersion, new: SchemaVersion) {
    if let oldRoot = old.document.root, let newRoot = new.document.root {
      let element = AvroReaderWriterChecker.rootElementName(newRoot)
      compare(
        old: oldRoot, new: newRoot,
        at: Position(oldPath: "", newPath: "", element: element, isFieldType: false))
    }
    listNamedTypesAddedOrRemoved(old: old.document.namedTypes, new: new.document.namedTypes)
  }

  func resolveOld(_ node: TypeNode) -> TypeNode { oldTypes.resolve(node) ?? node }
  func resolveNew(_ node: TypeNode) -> TypeNode { newTypes.resolve(node) ?? node }

  /// Runs the checker with the new part as reader and the old part as writer (backward) and the
  /// other way round (forward); a nil part is absent from that schema, which breaks nothing.
  func breaks(old oldPart: TypeNode?, new newPart: TypeNode?) -> (backward: Bool, forward: Bool) {
    guard let oldPart, let newPart else { return (false, false) }
    let backward = AvroReaderWriterChecker.check(
      reader: newPart, readerTypes: newTypes, writer: oldPart, writerTypes: oldTypes)
    let forward = AvroReaderWriterChecker.check(
      reader: oldPart, readerTypes: oldTypes, writer: newPart, writerTypes: newTypes)
    return (!backward.isCompatible, !forward.isCompatible)
  }

  mutating func record(
    _ kind: AvroChangeKind, path: String, _ message: String, old: SourceLocation?,
    new: SourceLocation?, breaks: (backward: Bool, forward: Bool) = (false, false)
  ) {
    changes.append(
      Change(
        kind: kind.ruleID, path: path.isEmpty ? "/" : path, message: message, oldLocation: old,
        newLocation: new, breaksBackward: breaks.backward && mask.backward,
        breaksForward: breaks.forward && mask.forward))
  }

  mutating func compare(old rawOld: TypeNode, new rawNew: TypeNode, at position: Position) {
    let old = resolveOld(rawOld)
    let new = resolveNew(rawNew)
    let outerMask = mask
    defer { mask = outerMask }
    if let oldName = old.qualifiedName, let newName = new.qualifiedName,
      AvroReaderWriterChecker.isNamedDefinition(old), AvroReaderWriterChecker.isNamedDefinition(new)
    {
      // Each pair of named types is compared once: recursion and repeated uses stop here.
      let key = [oldName.fullName, newName.fullName]
      let seen = visitMasks[key]
      visitMasks[key] = (seen ?? .none).union(mask)
      guard seen == nil else { return }
      visitedOld.insert(oldName.fullName)
      visitedNew.insert(newName.fullName)
      mask = mask.union(previousPassMasks[key] ?? .none)
      comparedMasks[key] = mask
    }
    compareLogicalTypes(old: old, new: new, at: position)
    switch (old.kind, new.kind) {
    case (.record(let oldRecord), .record(let newRecord)):
      compareNames(old: old, new: new, at: position)
      compareRecordFields(old: oldRecord, new: newRecord, nodes: (old, new), at: position)
    case (.enumeration(let oldEnum), .enumeration(let newEnum)):
      compareNames(old: old, new: new, at: position)
      compareEnums(old: oldEnum, new: newEnum, nodes: (old, new), at: position)
    case (.fixed(let oldFixed), .fixed(let newFixed)):
      compareNames(old: old, new: new, at: position)
      compareFixedSizes(old: oldFixed, new: newFixed, nodes: (old, new), at: position)
    case (.array(let oldItems), .array(let newItems)):
      compare(
        old: oldItems, new: newItems,
        at: position.appending(old: "items", new: "items", element: position.element + "[]"))
    case (.map(let oldValues), .map(let newValues)):
      compare(
        old: oldValues, new: newValues,
        at: position.appending(old: "values", new: "values", element: position.element + "{}"))
    case (.union(let oldBranches), .union(let newBranches)):
      compareUnions(old: oldBranches, new: newBranches, nodes: (old, new), at: position)
    case (.primitive(let oldPrimitive), .primitive(let newPrimitive))
    where oldPrimitive == newPrimitive:
      return
    case (.reference(let oldName), .reference(let newName)) where oldName.name == newName.name:
      return
    default:
      typeChanged(old: old, new: new, at: position)
    }
  }

  /// Different kinds of type: one change, then the old type against the union branch it moved
  /// into (or out of), so changes inside it are listed too.
  mutating func typeChanged(old: TypeNode, new: TypeNode, at position: Position) {
    let kind: AvroChangeKind = position.isFieldType ? .fieldTypeChanged : .typeChanged
    let subject = position.isFieldType ? "field '\(position.element)'" : "'\(position.element)'"
    record(
      kind, path: position.newPath,
      "\(subject) changed type from \(Self.describe(old)) to \(Self.describe(new))",
      old: old.location, new: new.location, breaks: breaks(old: old, new: new))
    if case .union(let newBranches) = new.kind,
      let index = newBranches.firstIndex(where: {
        Self.branchKey(resolveNew($0)) == Self.branchKey(old)
      })
    {
      compare(
        old: old, new: newBranches[index],
        at: Position(
          oldPath: position.oldPath, newPath: position.newPath + "/\(index)",
          element: position.element, isFieldType: false))
    } else if case .union(let oldBranches) = old.kind,
      let index = oldBranches.firstIndex(where: {
        Self.branchKey(resolveOld($0)) == Self.branchKey(new)
      })
    {
      compare(
        old: oldBranches[index], new: new,
        at: Position(
          oldPath: position.oldPath + "/\(index)", newPath: position.newPath,
          element: position.element, isFieldType: false))
    }
  }

  mutating func compareLogicalTypes(old: TypeNode, new: TypeNode, at position: Position) {
    guard old.logicalType != new.logicalType else { return }
    let from = old.logicalType?.description ?? "none"
    let to = new.logicalType?.description ?? "none"
    // Java's checker never reads logical types, so this change alone breaks nothing; a change
    // of the underlying type is listed (and judged) on its own.
    record(
      .logicalTypeChanged, path: position.newPath,
      "'\(position.element)' logical type changed from \(from) to \(to)",
      old: old.location, new: new.location)
  }

  /// The identity of a union branch: Avro allows one branch per primitive, per named type and
  /// one array and one map.
  static func branchKey(_ node: TypeNode) -> String {
    switch node.kind {
    case .primitive(let primitive): primitive.rawValue
    case .record(let record): "named:" + record.name.name
    case .enumeration(let enumeration): "named:" + enumeration.name.name
    case .fixed(let fixed): "named:" + fixed.name.name
    case .reference(let name): "named:" + name.name
    case .array: "array"
    case .map: "map"
    case .union: "union"
    case .any: "any"
    }
  }

  /// A short type description for messages: `long`, `record com.acme.Money`, `union [null, int]`.
  static func describe(_ node: TypeNode) -> String {
    switch node.kind {
    case .union(let branches): "union [\(branches.map(describe).joined(separator: ", "))]"
    case .array(let items): "array<\(describe(items))>"
    case .map(let values): "map<\(describe(values))>"
    default: node.displayName
    }
  }
}
