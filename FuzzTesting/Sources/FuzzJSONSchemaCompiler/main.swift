import Parsers
import SchemaModel
import Validation

/// Instances every compiled schema is applied to.
let instances: [JSONValue] = [
  #"null"#, #"{}"#, #"[1, "a", {"b": [true, 2.5e3]}]"#, #""2024-01-31T12:00:00Z""#,
  #"{"id": "x", "items": [{"n": -1}], "nested": {"nested": {}}}"#, #"123456789012345678901234"#,
].compactMap { try? JSONReader.parse($0) }

/// Another document a fuzzed `$ref` may reach.
let loader = InMemoryJSONSchemaResourceLoader(documents: [
  "file:///schemas/common.json":
    (try? JSONReader.parse(
      #"{"$defs": {"id": {"type": "string", "minLength": 1}}, "type": "object"}"#))
    ?? JSONValue(.null)
])

/// The JSON Schema compiler (every draft, picked by `$schema`), then validation of a few
/// fixed instances with the compiled schema and of the schema itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONSchemaCompiler(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let schema = try? JSONReader.parse(UnsafeRawBufferPointer(start: start, count: count))
  else { return 0 }
  guard
    let validator = try? JSONSchemaValidator(
      schema: schema, baseURI: "file:///schemas/fuzz.json", loader: loader)
  else { return 0 }
  for instance in instances + [schema] {
    _ = validator.validate(instance)
  }
  return 0
}
