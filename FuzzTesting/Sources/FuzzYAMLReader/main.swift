import Parsers

/// The YAML loader (Yams plus schemacheck's core-schema, alias and limit checks) on any text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAMLReader(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
  _ = try? YAMLReader.parse(text)
  return 0
}
