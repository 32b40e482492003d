import FuzzSupport
import Parsers

/// The Avro schema parser; a schema that parses is also written in Parsing Canonical Form and
/// linked as a one-file schema set.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAvroParser(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes = FuzzInput.bytes(start, count)
  let document = AvroParser.parse(bytes, path: "fuzz.avsc")
  guard !document.hasErrors else { return 0 }
  if let canonical = AvroCanonicalForm.text(of: document) {
    _ = AvroCanonicalForm.fingerprint64(canonical.utf8)
  }
  _ = AvroSchemaSet.link([document])
  return 0
}
