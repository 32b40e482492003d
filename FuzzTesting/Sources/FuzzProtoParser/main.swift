import FuzzSupport
import Parsers

/// Files the fuzzed `.proto` may import besides the built-in well-known types.
let imports = [
  "acme/common.proto": """
  syntax = "proto3";
  package acme.common;
  message Money { string currency = 1; int64 units = 2; int32 nanos = 3; }
  enum Status { STATUS_UNSPECIFIED = 0; STATUS_OK = 1; }
  """,
  "acme/legacy.proto": """
  syntax = "proto2";
  package acme.legacy;
  message Old { optional int32 id = 1; extensions 100 to 200; }
  """,
]

/// The Protobuf parser, then the linker with an in-memory loader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProtoParser(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes = FuzzInput.bytes(start, count)
  let parsed = ProtoParser.parse(bytes, path: "fuzz.proto")
  _ = ProtoLinker.link(targets: [parsed.file], loader: InMemoryProtoImportLoader(imports))
  return 0
}
