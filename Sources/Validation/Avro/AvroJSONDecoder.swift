import SchemaModel

/// Reads JSON payloads as Avro datums of one schema, in plain JSON or the Avro JSON encoding,
/// and reports every way a payload does not fit (up to a limit per payload).
public struct AvroJSONDecoder: Sendable {
  /// How a default value is read: the spec writes defaults as plain JSON (a union's default
  /// without its branch), with bytes as ISO-8859-1 strings only.
  enum Mode: Sendable {
    case plain
    case json
    case defaultValue
  }

  /// Nesting read on the caller's stack; deeper payloads move to a thread with a large stack.
  static let callerStackDepth = 64
  /// Two reads per JSON level (a union, then its branch) over the JSON reader's 512 levels.
  static let hardDepthLimit = 1_100

  let graph: AvroSchemaGraph
  let plan: AvroJSONReadPlan
  let encoding: AvroJSONEncoding
  let options: PayloadOptions
  let mode: Mode
  /// The datum of each field default, by node index then field index (empty for other nodes);
  /// nil inside when the field has no default or while the table is being built.
  var defaults: [[AvroDatum?]] = []

  public init(
    graph: AvroSchemaGraph, encoding: AvroJSONEncoding, options: PayloadOptions = PayloadOptions()
  ) {
    self.init(graph: graph, encoding: encoding, options: options, isolated: false)
  }

  private init(
    graph: AvroSchemaGraph, encoding: AvroJSONEncoding, options: PayloadOptions, isolated: Bool
  ) {
    self.graph = graph
    self.plan = AvroJSONReadPlan(graph, isolated: isolated)
    self.encoding = encoding
    self.options = options
    self.mode = encoding == .json ? .json : .plain
    defaults = Self.defaultTable(graph)
  }

  /// The same decoder sharing no reference-counted schema tables with this one, for another
  /// thread of a parallel batch (threads retaining the same objects slow each other down).
  public func forWorkerThread() -> AvroJSONDecoder {
    AvroJSONDecoder(graph: graph, encoding: encoding, options: options, isolated: true)
  }

  private init(graph: AvroSchemaGraph, mode: Mode) {
    self.graph = graph
    self.plan = AvroJSONReadPlan(graph)
    self.encoding = .plain
    self.options = PayloadOptions(allowUnknownFields: true)
    self.mode = mode
  }

  /// Reads one payload: the datum (nil when there is an error) and every error and warning.
  public func decode(_ value: JSONValue) -> AvroDecodeResult {
    var state = AvroJSONReadState(root: graph.root, depthLimit: Self.callerStackDepth)
    var datum = read(value, graph.root, &state)
    if state.needsLargerStack {
      let decoder = self
      (datum, state) = LargeStackThread.run {
        var deep = AvroJSONReadState(root: decoder.graph.root, depthLimit: Self.hardDepthLimit)
        let datum = decoder.read(value, decoder.graph.root, &deep)
        return (datum, deep)
      }
    }
    return AvroDecodeResult(datum: state.errorCount == 0 ? datum : nil, errors: state.errors)
  }

  /// Reads `value` as the node at `index`: nil after reporting at least one error.
  func read(_ value: JSONValue, _ index: Int, _ state: inout AvroJSONReadState) -> AvroDatum? {
    state.depth += 1
    defer { state.depth -= 1 }
    guard state.depth <= state.depthLimit else {
      if state.depthLimit < Self.hardDepthLimit {
        state.needsLargerStack = true
      } else {
        // Reported even inside a union try: reading stops here for the whole payload.
        report(
          "PAYLOAD_TOO_DEEP", "the payload nests more than \(Self.hardDepthLimit) levels", &state,
          evenWhileTrying: true)
        state.stopped = true
      }
      return nil
    }
    let step = plan.steps[index]
    if step.hasLogicalType, mode == .plain,
      let handled = readLogicalInput(value, graph[index], &state)
    {
      return handled
    }
    let datum: AvroDatum?
    switch step.shape {
    case .null:
      guard case .null = value.kind else { return mismatch(value, index, &state) }
      datum = .null
    case .boolean:
      guard case .bool(let bool) = value.kind else { return mismatch(value, index, &state) }
      datum = .boolean(bool)
    case .int: datum = readInteger(value, index, wide: false, &state)
    case .long: datum = readInteger(value, index, wide: true, &state)
    case .float: datum = readFloatingPoint(value, index, single: true, &state)
    case .double: datum = readFloatingPoint(value, index, single: false, &state)
    case .string:
      guard case .string(let string) = value.kind else { return mismatch(value, index, &state) }
      datum = .string(string)
    case .bytes:
      guard case .string(let string) = value.kind else { return mismatch(value, index, &state) }
      datum = latin1Bytes(string, &state).map { .bytes($0) }
    case .fixed(let size): datum = readFixed(value, index, size: size, &state)
    case .enumeration(let layout): datum = readEnum(value, index, layout, &state)
    case .record(let layout): return readRecord(value, index, layout, &state)
    case .array(let items): return readArray(value, index, items: items, &state)
    case .map(let values): return readMap(value, index, values: values, &state)
    case .union(let branches):
      return mode == .json
        ? readTaggedUnion(value, index, branches, &state)
        : readInferredUnion(value, index, branches, &state)
    }
    guard let datum else { return nil }
    if step.hasLogicalType, let logicalType = graph[index].logicalType,
      let problem = AvroLogicalValueCheck.problem(datum, logicalType)
    {
      report(problem.rule, problem.message, &state)
      return nil
    }
    return datum
  }

  /// Records an error or warning at the current position. While a union branch is tried, an
  /// error only fails the try (no message is built); warnings are kept for the branch chosen.
  func report(
    _ rule: RuleID, severity: Severity = .error, _ message: @autoclosure () -> String,
    _ state: inout AvroJSONReadState, token: AvroJSONReadState.PathToken? = nil,
    step: AvroJSONReadState.SchemaStep? = nil, evenWhileTrying: Bool = false
  ) {
    if severity == .error {
      if state.probing > 0, !evenWhileTrying {
        state.probeFailed = true
        return
      }
      state.errorCount += 1
      if state.errorCount >= AvroJSONReadState.errorLimit { state.stopped = true }
    } else if state.errors.count >= AvroJSONReadState.errorLimit {
      return
    }
    state.errors.append(
      PayloadError(
        ruleID: rule, severity: severity,
        instanceLocation: state.instanceLocation(appending: token),
        schemaLocation: state.schemaLocation(in: graph, appending: step), message: message()))
  }

  /// Reports that the value is not of the node's type; always nil.
  func mismatch(_ value: JSONValue, _ index: Int, _ state: inout AvroJSONReadState) -> AvroDatum? {
    report(
      "PAYLOAD_TYPE_MISMATCH",
      "expected \(typeDescription(index)), found \(AvroJSONText.describe(value))", &state)
    return nil
  }

  /// `long`, `record com.acme.Money`, `union [null, long]` for messages.
  func typeDescription(_ index: Int) -> String {
    let node = graph[index]
    switch node.kind {
    case .record: return "record \(node.branchName)"
    case .enumeration: return "enum \(node.branchName)"
    case .fixed(let fixed): return "fixed \(node.branchName) (\(fixed.size) bytes)"
    case .union(let branches):
      return "union [\(branches.map { graph[$0].branchName }.joined(separator: ", "))]"
    default:
      guard let logicalType = node.logicalType else { return node.branchName }
      return "\(node.branchName) (\(logicalType))"
    }
  }

  /// The datums of every field default, read once per schema.
  private static func defaultTable(_ graph: AvroSchemaGraph) -> [[AvroDatum?]] {
    let reader = AvroJSONDecoder(graph: graph, mode: .defaultValue)
    var table: [[AvroDatum?]] = Array(repeating: [], count: graph.nodes.count)
    for (index, node) in graph.nodes.enumerated() {
      guard case .record(let record) = node.kind else { continue }
      table[index] = record.fields.map { field in
        field.defaultValue.flatMap { reader.defaultDatum($0, type: field.type) }
      }
    }
    return table
  }

  /// A default value as a datum of the field's type; nil when the default does not fit. Read
  /// by a reader in `.defaultValue` mode.
  func defaultDatum(_ value: JSONValue, type: Int) -> AvroDatum? {
    let reader = mode == .defaultValue ? self : AvroJSONDecoder(graph: graph, mode: .defaultValue)
    var state = AvroJSONReadState(root: type, depthLimit: Self.callerStackDepth)
    state.probing = 1
    var datum = reader.read(value, type, &state)
    if state.needsLargerStack {
      (datum, state) = LargeStackThread.run {
        var deep = AvroJSONReadState(root: type, depthLimit: Self.hardDepthLimit)
        deep.probing = 1
        let datum = reader.read(value, type, &deep)
        return (datum, deep)
      }
    }
    return state.probeFailed || state.stopped ? nil : datum
  }
}
