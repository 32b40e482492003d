import FuzzSupport
import Parsers
import Validation

/// The fixed descriptor FuzzTesting/Schemas/legacy.proto: a proto2 message with groups,
/// `required`, a closed enum, a map, a oneof, a well-known type and extensions.
let validator: ProtoBinaryValidator? = {
  let parsed = ProtoParser.parse(FuzzInput.schema("legacy.proto"), path: "acme/legacy.proto")
  let image = ProtoLinker.link(targets: [parsed.file], loader: InMemoryProtoImportLoader([:]))
  guard !(parsed.diagnostics + image.diagnostics).contains(where: { $0.severity == .error })
  else { return nil }
  return try? ProtoBinaryValidator(
    index: ProtoDescriptorIndex(image: image), messageName: "acme.fuzz.Legacy")
}()

/// Protobuf binary validation of one message against the fixed descriptor.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProtoBinary(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let validator else { preconditionFailure("bug: the fixed descriptor does not link") }
  let bytes = FuzzInput.bytes(start, count)
  _ = validator.validate(bytes[...])
  return 0
}
