import Compat
import FuzzSupport
import Parsers
import SchemaModel

/// The compatibility checker under FULL on two Avro schemas: the input is the old schema, a
/// NUL byte (never valid inside JSON), then the new schema.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAvroCompatibility(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes = FuzzInput.bytes(start, count)
  guard let separator = bytes.firstIndex(of: 0) else { return 0 }
  let old = AvroParser.parse(Array(bytes[..<separator]), path: "old.avsc")
  let new = AvroParser.parse(Array(bytes[(separator + 1)...]), path: "new.avsc")
  guard !old.hasErrors, !new.hasErrors else { return 0 }
  _ = CompatibilityChecker.check(
    new: SchemaVersion(label: "new", document: new),
    previous: [SchemaVersion(label: "old", document: old)], mode: .full)
  return 0
}
