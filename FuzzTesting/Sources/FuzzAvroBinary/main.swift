import FuzzSupport
import Parsers
import SchemaModel
import Validation

/// The fixed schema FuzzTesting/Schemas/order.avsc: every Avro type, logical types and a
/// recursive record.
let decoder: AvroBinaryDecoder.Prepared? = {
  let document = AvroParser.parse(FuzzInput.schema("order.avsc"), path: "order.avsc")
  guard !document.hasErrors, let root = document.root,
    let graph = try? AvroSchemaGraph(root: root, types: TypeTable(documents: [document]))
  else { return nil }
  return AvroBinaryDecoder.Prepared(graph: graph)
}()

/// Avro binary decoding of one datum against the fixed schema.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAvroBinary(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let decoder else { preconditionFailure("bug: the fixed schema does not prepare") }
  let bytes = FuzzInput.bytes(start, count)
  _ = decoder.decode(bytes[...])
  return 0
}
