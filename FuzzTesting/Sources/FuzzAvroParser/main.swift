import FuzzSupport
import Parsers

/// The Avro schema parser; a schema that parses is also written in Parsing Canonical Form and
/// linked as a one-file schema set. The canonical form must parse again, to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAvroParser(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes = FuzzInput.bytes(start, count)
  let document = AvroParser.parse(bytes, path: "fuzz.avsc")
  _ = AvroSchemaSet.link([document])
  guard !document.hasErrors, let canonical = AvroCanonicalForm.text(of: document) else {
    return 0
  }
  _ = AvroCanonicalForm.fingerprint64(canonical.utf8)
  let reparsed = AvroParser.parse(Array(canonical.utf8), path: "canonical.avsc")
  guard !reparsed.hasErrors, AvroCanonicalForm.text(of: reparsed) == canonical else {
    preconditionFailure("bug: the canonical form \(canonical) does not parse back to itself")
  }
  return 0
}
