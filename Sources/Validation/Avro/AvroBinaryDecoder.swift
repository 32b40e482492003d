import SchemaModel

/// Reads the Avro binary encoding of one datum (spec "Binary Encoding").
public enum AvroBinaryDecoder {
  /// How deeply a datum may nest (records, arrays, maps, unions) before it is refused.
  public static let depthLimit = 512
  /// Nesting the caller's stack always has room for; deeper data is read again on a thread
  /// with a large stack, so test runners' small secondary stacks never overflow.
  static let callerStackDepth = 48

  /// Decodes one datum that must fill `bytes` exactly; truncated data, overlong varints,
  /// negative lengths, bad union indexes, invalid UTF-8 in strings and trailing bytes are
  /// errors with the byte offset. Logical types are checked on the decoded datum.
  public static func decode(_ bytes: ArraySlice<UInt8>, graph: AvroSchemaGraph)
    -> AvroDecodeResult
  {
    Prepared(graph: graph).decode(bytes)
  }

  /// The same, for a datum that starts `offsetBase` bytes into a larger payload (after
  /// Confluent's framing): offsets in errors, and in their messages, count from there.
  public static func decode(
    _ bytes: ArraySlice<UInt8>, graph: AvroSchemaGraph, offsetBase: Int
  ) -> AvroDecodeResult {
    Prepared(graph: graph).decode(bytes, offsetBase: offsetBase)
  }

  /// A decoder prepared once for one schema, for decoding many payloads.
  public struct Prepared: Sendable {
    let graph: AvroSchemaGraph
    let plan: AvroJSONReadPlan
    let checksLogicalTypes: Bool

    /// Prepares `graph`; logical types are checked after each datum is decoded.
    public init(graph: AvroSchemaGraph) {
      self.init(graph: graph, checkLogicalTypes: true)
    }

    init(graph: AvroSchemaGraph, checkLogicalTypes: Bool) {
      self.graph = graph
      plan = AvroJSONReadPlan(graph)
      checksLogicalTypes = checkLogicalTypes
    }

    /// Decodes one datum that must fill `bytes` exactly; offsets in errors are `offsetBase` +
    /// the position in `bytes` (for a datum after Confluent's framing).
    public func decode(_ bytes: ArraySlice<UInt8>, offsetBase: Int = 0) -> AvroDecodeResult {
      switch readOne(bytes, from: 0, offsetBase: offsetBase) {
      case .failure(let error):
        return AvroDecodeResult(datum: nil, errors: [error])
      case .datum(let datum, let end, let problems):
        if end < bytes.count {
          let trailing = AvroBinaryFailure(
            .trailingBytes(count: bytes.count - end), offset: offsetBase + end,
            end: offsetBase + bytes.count)
          return AvroDecodeResult(
            datum: nil, errors: [trailing.payloadError(rootElement: rootElement)])
        }
        return AvroDecodeResult(datum: problems.hasErrors ? nil : datum, errors: problems)
      }
    }

    /// The schema element named when no record field encloses a problem.
    var rootElement: String { AvroBinaryDecoder.rootElement(graph) }

    /// Reads one datum starting at `position` (an index from 0 into `bytes`); byte offsets in
    /// errors are `offsetBase` + the position.
    func readOne(_ bytes: ArraySlice<UInt8>, from position: Int, offsetBase: Int) -> Outcome {
      let shallow = read(
        bytes, from: position, offsetBase: offsetBase, depthLimit: callerStackDepth)
      guard case .needsLargerStack = shallow else { return shallow.outcome }
      return LargeStackThread.run {
        read(bytes, from: position, offsetBase: offsetBase, depthLimit: depthLimit).outcome
      }
    }

    private func read(
      _ bytes: ArraySlice<UInt8>, from position: Int, offsetBase: Int, depthLimit: Int
    ) -> Attempt {
      guard !graph.nodes.isEmpty else { return .done(.datum(.null, end: position, problems: [])) }
      return bytes.withUnsafeBufferPointer { buffer in
        var reader = AvroBinaryReader(
          cursor: AvroBinaryCursor(buffer, position: position, offsetBase: offsetBase),
          plan: plan, depthLimit: depthLimit)
        do throws(AvroBinaryFailure) {
          let datum = try reader.value(graph.root)
          // Walked here, on the same stack that had room for the datum's depth.
          let problems =
            checksLogicalTypes && reader.sawLogicalType
            ? AvroLogicalTypeWalk.check(datum, graph: graph) : []
          return .done(.datum(datum, end: reader.cursor.position, problems: problems))
        } catch {
          if case .tooDeep = error.reason, depthLimit < AvroBinaryDecoder.depthLimit {
            return .needsLargerStack
          }
          return .done(.failure(error.payloadError(rootElement: rootElement)))
        }
      }
    }
  }

  /// What reading one datum from a position gives.
  enum Outcome: Sendable {
    /// The datum, the position just after it, and its logical-type problems.
    case datum(AvroDatum, end: Int, problems: [PayloadError])
    case failure(PayloadError)
  }

  private enum Attempt {
    case done(Outcome)
    case needsLargerStack

    var outcome: Outcome {
      switch self {
      case .done(let outcome): outcome
      case .needsLargerStack: preconditionFailure("bug: a deep datum was not read again")
      }
    }
  }

  /// The schema element named when no record field encloses a problem.
  static func rootElement(_ graph: AvroSchemaGraph) -> String {
    graph.nodes.isEmpty ? "" : graph[graph.root].branchName
  }
}
