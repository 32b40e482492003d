import Parsers

/// The strict JSON reader on arbitrary bytes, with both duplicate-key settings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes = UnsafeRawBufferPointer(start: start, count: count)
  _ = try? JSONReader.parse(bytes)
  _ = try? JSONReader.parse(bytes, options: JSONReader.Options(allowDuplicateKeys: true))
  return 0
}
