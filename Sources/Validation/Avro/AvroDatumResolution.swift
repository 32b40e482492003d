import SchemaModel

/// The walk of one resolution: the writer's datum and both schemas, the path so far, and the
/// problems found. Problems in one field do not stop the others.
struct AvroDatumResolution {
  let writer: AvroSchemaGraph
  let reader: AvroSchemaGraph
  let depthLimit: Int
  var depth = 0
  var exceededDepth = false
  /// Root first; rendered only for a problem.
  var path: [AvroPathToken] = []
  /// The reader's innermost record and field, rendered (`com.acme.Order.items`) only for a
  /// problem.
  var field: (record: QualifiedName, name: String)?
  var errors: [PayloadError] = []

  init(writer: AvroSchemaGraph, reader: AvroSchemaGraph, depthLimit: Int) {
    self.writer = writer
    self.reader = reader
    self.depthLimit = depthLimit
  }

  var schemaLocation: String {
    field.map { $0.record.fullName + "." + $0.name } ?? reader[reader.root].branchName
  }

  mutating func report(_ ruleID: RuleID, _ message: String) {
    errors.append(
      PayloadError(
        ruleID: ruleID, instanceLocation: AvroPathToken.pointer(rootFirst: path),
        schemaLocation: schemaLocation, message: message))
  }

  /// The datum as the reader sees it, or nil after reporting why it cannot be read.
  mutating func resolve(_ datum: AvroDatum, writer w: Int, reader r: Int) -> AvroDatum? {
    guard !exceededDepth else { return nil }
    // Records, arrays and maps count, as nesting levels of the datum; unions pass through.
    let nests: Bool =
      switch datum {
      case .record, .array, .map: true
      default: false
      }
    if nests { depth += 1 }
    defer { if nests { depth -= 1 } }
    guard depth <= depthLimit else {
      exceededDepth = true
      return nil
    }
    if case .union(let writerBranches) = writer.nodes[w].kind {
      guard case .union(let branch, let value) = datum, branch >= 0,
        branch < writerBranches.count
      else { return notWriterShaped(datum, writer: w) }
      return resolve(value, writer: writerBranches[branch], reader: r)
    }
    if case .union(let readerBranches) = reader.nodes[r].kind {
      return resolveIntoUnion(datum, writer: w, branches: readerBranches, reader: r)
    }
    switch (writer.nodes[w].kind, reader.nodes[r].kind, datum) {
    case (.null, .null, .null), (.boolean, .boolean, .boolean), (.int, .int, .int),
      (.long, .long, .long), (.float, .float, .float), (.double, .double, .double),
      (.bytes, .bytes, .bytes), (.string, .string, .string):
      return datum
    case (.int, .long, .int(let value)): return .long(Int64(value))
    case (.int, .float, .int(let value)): return .float(Float(value))
    case (.int, .double, .int(let value)): return .double(Double(value))
    case (.long, .float, .long(let value)): return .float(Float(value))
    case (.long, .double, .long(let value)): return .double(Double(value))
    case (.float, .double, .float(let value)): return .double(Double(value))
    case (.string, .bytes, .string(let value)): return .bytes(Array(value.utf8))
    case (.bytes, .string, .bytes(let value)):
      guard let text = String(validating: value, as: UTF8.self) else {
        report(
          "PAYLOAD_INVALID_UTF8",
          "the writer's bytes are not valid UTF-8, so the reader's string cannot read them")
        return nil
      }
      return .string(text)
    case (.record(let writerRecord), .record(let readerRecord), .record(_, let values)):
      return resolveRecord(values, writer: writerRecord, reader: readerRecord, nodes: (w, r))
    case (.enumeration(let writerEnum), .enumeration(let readerEnum), .enumSymbol(_, let symbol)):
      return resolveSymbol(symbol, writer: writerEnum, reader: readerEnum)
    case (.fixed(let writerFixed), .fixed(let readerFixed), .fixed):
      guard
        namesMatch(
          reader: readerFixed.name, aliases: readerFixed.aliases, writer: writerFixed.name)
      else { return nameMismatch(writer: w, reader: r) }
      guard readerFixed.size == writerFixed.size else {
        report(
          "PAYLOAD_FIXED_SIZE",
          "reader \(describe(reader, r)) has size \(readerFixed.size) but the writer's fixed "
            + "has size \(writerFixed.size) (FIXED_SIZE_MISMATCH)")
        return nil
      }
      return datum
    case (.array(let writerItems), .array(let readerItems), .array(let values)):
      var items: [AvroDatum] = []
      items.reserveCapacity(values.count)
      var failed = false
      for (index, value) in values.enumerated() {
        path.append(.index(index))
        if let item = resolve(value, writer: writerItems, reader: readerItems) {
          items.append(item)
        } else {
          failed = true
        }
        path.removeLast()
      }
      return failed ? nil : .array(items)
    case (.map(let writerValues), .map(let readerValues), .map(let entries)):
      var resolved: [(key: String, value: AvroDatum)] = []
      resolved.reserveCapacity(entries.count)
      var failed = false
      for entry in entries {
        path.append(.key(entry.key))
        if let value = resolve(entry.value, writer: writerValues, reader: readerValues) {
          resolved.append((entry.key, value))
        } else {
          failed = true
        }
        path.removeLast()
      }
      return failed ? nil : .map(resolved)
    default:
      // Kinds that differ, with a datum of the writer's kind: the reader cannot read it. The
      // same kinds reaching here, or a datum of another kind, mean a wrong writer schema.
      guard !Self.sameKind(writer.nodes[w].kind, reader.nodes[r].kind), fits(datum, writer: w)
      else {
        return notWriterShaped(datum, writer: w)
      }
      report(
        "PAYLOAD_TYPE_MISMATCH",
        "reader type \(describe(reader, r)) is not compatible with writer type "
          + "\(describe(writer, w)) (TYPE_MISMATCH)")
      return nil
    }
  }

  /// A datum that does not have the writer's shape: the caller passed the wrong schema.
  mutating func notWriterShaped(_ datum: AvroDatum, writer w: Int) -> AvroDatum? {
    report(
      "PAYLOAD_TYPE_MISMATCH",
      "the datum is not a value of the writer's \(describe(writer, w)); it was not decoded "
        + "with this writer schema")
    return nil
  }

  /// True when the datum's case is what the writer node produces.
  func fits(_ datum: AvroDatum, writer w: Int) -> Bool {
    switch (writer.nodes[w].kind, datum) {
    case (.null, .null), (.boolean, .boolean), (.int, .int), (.long, .long), (.float, .float),
      (.double, .double), (.bytes, .bytes), (.string, .string), (.record, .record),
      (.enumeration, .enumSymbol), (.array, .array), (.map, .map), (.union, .union),
      (.fixed, .fixed):
      true
    default: false
    }
  }

  static func sameKind(_ a: AvroSchemaGraph.Kind, _ b: AvroSchemaGraph.Kind) -> Bool {
    switch (a, b) {
    case (.null, .null), (.boolean, .boolean), (.int, .int), (.long, .long), (.float, .float),
      (.double, .double), (.bytes, .bytes), (.string, .string), (.record, .record),
      (.enumeration, .enumeration), (.array, .array), (.map, .map), (.union, .union),
      (.fixed, .fixed):
      true
    default: false
    }
  }

  /// `long`, `record com.acme.Money`, `enum com.acme.Status`, `array`, ...
  func describe(_ graph: AvroSchemaGraph, _ index: Int) -> String {
    switch graph[index].kind {
    case .record(let record): "record \(record.name.fullName)"
    case .enumeration(let enumeration): "enum \(enumeration.name.fullName)"
    case .fixed(let fixed): "fixed \(fixed.name.fullName)"
    default: graph[index].branchName
    }
  }

  /// Java's `schemaNameEquals`: equal unqualified names, or a reader alias naming the writer's
  /// full name.
  func namesMatch(reader: QualifiedName, aliases: [QualifiedName], writer: QualifiedName) -> Bool {
    reader.name == writer.name || aliases.contains { $0.fullName == writer.fullName }
  }

  mutating func nameMismatch(writer w: Int, reader r: Int) -> AvroDatum? {
    report(
      "PAYLOAD_NAME_MISMATCH",
      "reader \(describe(reader, r)) cannot read the writer's \(describe(writer, w)): the names "
        + "differ and no reader alias names it (NAME_MISMATCH)")
    return nil
  }
}
