import SchemaModel

/// Reads JSON payloads as Avro datums of one schema, in plain JSON or the Avro JSON encoding,
/// and reports every way a payload does not fit (up to a limit per payload).
///
/// Plain JSON follows fastavro's `validation.validate` on `json.loads` output (union branch:
/// null, then the first branch that reads the value; ints as integer literals; floats take any
/// number), except where the issue asks for more, on purpose: a record fitting two record or
/// map branches is ambiguous (fastavro takes the first); a missing field without a default is
/// an error even when its type takes null (fastavro reads it as null); unknown fields are
/// errors or warnings (fastavro ignores them); bytes and fixed are ISO-8859-1 strings and a
/// decimal may also be a JSON number or numeric string (fastavro refuses every JSON string and
/// number there); uuid form and time-of-day ranges are checked (fastavro does not).
/// The Avro JSON encoding follows the spec and fastavro's `json_reader` (defaults fill missing
/// fields, unions are `{"branch": value}` with full names), and checks types and ranges that
/// fastavro's reader passes through unchecked.
public struct AvroJSONDecoder: Sendable {
  /// Nesting read on the caller's stack; deeper payloads move to a thread with a large stack.
  static let callerStackDepth = 64
  /// Two reads per JSON level (a union, then its branch) over the JSON reader's 512 levels.
  static let hardDepthLimit = 1_100

  let graph: AvroSchemaGraph
  let plan: AvroJSONReadPlan
  let encoding: AvroJSONEncoding
  let options: PayloadOptions
  /// False while only validating: values are checked but no datum is built (the result of a
  /// successful read is then `.null`), except where a logical type needs the value.
  var keepsDatums = true
  /// The datum of each field default, by node index then field index (empty for other nodes);
  /// nil inside when the field has no default or the default does not fit.
  let defaults: [[AvroDatum?]]

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
    defaults = Self.defaultTable(graph)
  }

  /// The same decoder sharing no reference-counted schema tables with this one, for another
  /// thread of a parallel batch (threads retaining the same objects slow each other down).
  public func forWorkerThread() -> AvroJSONDecoder {
    AvroJSONDecoder(graph: graph, encoding: encoding, options: options, isolated: true)
  }

  /// Reads one payload: the datum (nil when there is an error) and every error and warning.
  public func decode(_ value: JSONValue) -> AvroDecodeResult {
    let (datum, state) = run(value)
    return AvroDecodeResult(datum: state.errorCount == 0 ? datum : nil, errors: state.errors)
  }

  /// Checks one payload without building its datum: every error and warning, as `decode`
  /// reports them, in less time.
  public func validate(_ value: JSONValue) -> [PayloadError] {
    var checker = self
    checker.keepsDatums = false
    return checker.run(value).state.errors
  }

  private func run(_ value: JSONValue) -> (datum: AvroDatum?, state: AvroJSONReadState) {
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
    return (datum, state)
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
    if step.hasLogicalType, encoding == .plain,
      let handled = readLogicalInput(value, graph[index], &state)
    {
      return handled
    }
    let build = keepsDatums || step.hasLogicalType
    let datum: AvroDatum?
    switch step.shape {
    case .null:
      guard case .null = value.kind else { return mismatch(value, index, &state) }
      datum = .null
    case .boolean:
      guard case .bool(let bool) = value.kind else { return mismatch(value, index, &state) }
      datum = build ? .boolean(bool) : .null
    case .int: datum = readInteger(value, index, wide: false, build: build, &state)
    case .long: datum = readInteger(value, index, wide: true, build: build, &state)
    case .float: datum = readFloatingPoint(value, index, single: true, build: build, &state)
    case .double: datum = readFloatingPoint(value, index, single: false, build: build, &state)
    case .string:
      guard case .string(let string) = value.kind else { return mismatch(value, index, &state) }
      datum = build ? .string(string) : .null
    case .bytes:
      guard case .string(let string) = value.kind else { return mismatch(value, index, &state) }
      guard let bytes = latin1Bytes(string, build: build, &state) else { return nil }
      datum = build ? .bytes(bytes.bytes) : .null
    case .fixed(let size): datum = readFixed(value, index, size: size, build: build, &state)
    case .enumeration(let layout): datum = readEnum(value, index, layout, build: build, &state)
    case .record(let layout): return readRecord(value, index, layout, &state)
    case .array(let items): return readArray(value, index, items: items, &state)
    case .map(let values): return readMap(value, index, values: values, &state)
    case .union(let branches):
      return encoding == .json
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

  /// The datums of every field default, read once per schema as the binary reader reads them
  /// (spec "Records": plain JSON, a union's default in the first branch that takes it).
  private static func defaultTable(_ graph: AvroSchemaGraph) -> [[AvroDatum?]] {
    var table: [[AvroDatum?]] = Array(repeating: [], count: graph.nodes.count)
    for (index, node) in graph.nodes.enumerated() {
      guard case .record(let record) = node.kind else { continue }
      table[index] = record.fields.map { field in
        field.defaultValue.flatMap { AvroDefaultDatum.datum($0, node: field.type, in: graph) }
      }
    }
    return table
  }
}
