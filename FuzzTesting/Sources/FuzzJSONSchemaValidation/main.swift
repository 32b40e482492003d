import FuzzSupport
import Parsers
import SchemaModel
import Validation

/// The fixed 2020-12 schema FuzzTesting/Schemas/order.schema.json: most keyword families,
/// formats, patterns and `$ref` recursion.
let validator: JSONSchemaValidator? = {
  guard let schema = try? JSONReader.parse(FuzzInput.schema("order.schema.json")) else {
    return nil
  }
  return try? JSONSchemaValidator(
    schema: schema, baseURI: "file:///schemas/order.json",
    loader: InMemoryJSONSchemaResourceLoader())
}()

/// JSON Schema validation of a fixed schema over any JSON instance.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONSchemaValidation(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  guard let validator else { preconditionFailure("bug: the fixed schema does not compile") }
  guard
    let instance = try? JSONReader.parse(
      UnsafeRawBufferPointer(start: start, count: count),
      options: JSONReader.Options(allowDuplicateKeys: true))
  else { return 0 }
  let errors = validator.validate(instance)
  if errors.isEmpty != validator.isValid(instance) {
    preconditionFailure("bug: validate and isValid disagree")
  }
  return 0
}
