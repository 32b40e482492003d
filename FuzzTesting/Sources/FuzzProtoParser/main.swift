import FuzzSupport
import Parsers

/// Files the fuzzed `.proto` may import besides the built-in well-known types:
/// FuzzTesting/Schemas/imports/.
let imports = Dictionary(
  uniqueKeysWithValues: ["acme/common.proto", "acme/legacy.proto"].map {
    ($0, String(decoding: FuzzInput.schema("imports/" + $0), as: UTF8.self))
  })

/// The Protobuf parser, then the linker with an in-memory loader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProtoParser(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes = FuzzInput.bytes(start, count)
  let parsed = ProtoParser.parse(bytes, path: "fuzz.proto")
  _ = ProtoLinker.link(targets: [parsed.file], loader: InMemoryProtoImportLoader(imports))
  return 0
}
