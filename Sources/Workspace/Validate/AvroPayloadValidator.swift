import SchemaModel
import Validation

/// An Avro schema's payload validator: plain JSON or the Avro JSON encoding for text payloads,
/// the binary encoding (Confluent's framing detected) for binary ones, object container files,
/// and schema resolution of a datum for reading examples across versions.
struct AvroPayloadValidator: PayloadValidating {
  var graph: AvroSchemaGraph
  var decoder: AvroJSONDecoder
  /// Prepared once: binary payloads reuse its read plan.
  var binaryDecoder: AvroBinaryDecoder.Prepared

  var framing: BinaryFraming

  init(
    graph: AvroSchemaGraph, encoding: AvroPayloadEncoding?, options: PayloadOptions,
    framing: BinaryFraming = .auto
  ) {
    self.graph = graph
    self.framing = framing
    decoder = AvroJSONDecoder(
      graph: graph, encoding: encoding == .json ? .json : .plain, options: options)
    binaryDecoder = AvroBinaryDecoder.Prepared(graph: graph)
  }

  var format: SchemaFormat { .avro }

  /// The decoder's check without building the datum: the same errors, faster.
  func validate(_ instance: JSONValue) -> [PayloadError] { decoder.validate(instance) }

  func validate(binary bytes: ArraySlice<UInt8>) -> [PayloadError] { decode(bytes).errors }

  /// A datum in Confluent's framing (magic byte 0, schema id) or bare. A bare datum can start
  /// with a zero byte too, so the framing is taken when the rest decodes whole, or, when
  /// neither reading does, when it gets further into the bytes before its first error.
  private func decode(_ bytes: ArraySlice<UInt8>) -> AvroDecodeResult {
    if framing == .confluent {
      guard let framed = AvroWireFormat.unframe(bytes) else {
        return AvroDecodeResult(
          datum: nil,
          errors: [
            PayloadError(
              ruleID: "PAYLOAD_INVALID_FRAMING", instanceLocation: "", schemaLocation: "",
              byteOffset: 0,
              message: "the payload does not start with Confluent's framing: magic byte 0 and "
                + "a 4-byte schema id")
          ])
      }
      return binaryDecoder.decode(
        framed.datum, offsetBase: framed.datum.startIndex - bytes.startIndex)
    }
    let bare = binaryDecoder.decode(bytes)
    guard framing == .auto, !bare.isValid, let framed = AvroWireFormat.unframe(bytes) else {
      return bare
    }
    let unframed = binaryDecoder.decode(
      framed.datum, offsetBase: framed.datum.startIndex - bytes.startIndex)
    if unframed.isValid { return unframed }
    let reached = { (result: AvroDecodeResult) in result.errors.first?.byteOffset ?? 0 }
    return reached(unframed) > reached(bare) ? unframed : bare
  }

  func forWorkerThread() -> any PayloadValidating {
    var copy = self
    copy.decoder = decoder.forWorkerThread()
    return copy
  }

  /// Every record, read with the file's own writer schema and resolved against this one, as a
  /// consumer with this schema reads the file.
  /// The file is read one block at a time (at most 64 MiB as stored and inflated).
  func validate(container source: ContainerSource, record: ([PayloadError]) -> Void)
    -> ContainerValidation?
  {
    do throws(AvroContainerError) {
      var stream = try AvroContainerStream(source: source.read)
      try stream.validate(against: graph) { record($0.result.errors) }
      return .complete
    } catch {
      return .unreadable(message: error.message, byteOffset: error.offset)
    }
  }

  func resolve(_ payload: PayloadInput, readBy reader: any PayloadValidating) -> [PayloadError]? {
    guard let reader = reader as? AvroPayloadValidator else { return nil }
    let written: AvroDecodeResult
    switch payload {
    case .json(let value): written = decoder.decode(value)
    case .binary(let bytes): written = decode(bytes)
    }
    guard let datum = written.datum else { return written.errors }
    return AvroDatumResolver.resolve(datum, writer: graph, reader: reader.graph).errors
  }
}
