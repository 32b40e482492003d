import Parsers
import SchemaModel
import Testing
import Validation

/// Compiles a schema given as JSON text, with no other documents available.
private func validator(
  _ schema: String, options: JSONSchemaValidatorOptions = JSONSchemaValidatorOptions(),
  loader: InMemoryJSONSchemaResourceLoader = InMemoryJSONSchemaResourceLoader()
) throws -> JSONSchemaValidator {
  try JSONSchemaValidator(
    schema: try JSONReader.parse(schema), baseURI: "file:///schemas/order.json", options: options,
    loader: loader)
}

/// The compile error for a schema that must not compile.
private func compileError(
  _ schema: String, loader: InMemoryJSONSchemaResourceLoader = InMemoryJSONSchemaResourceLoader()
) throws -> JSONSchemaCompileError {
  let parsed = try JSONReader.parse(schema)
  do {
    _ = try JSONSchemaValidator(
      schema: parsed, baseURI: "file:///schemas/order.json", loader: loader)
  } catch {
    return error
  }
  Issue.record("the schema compiled")
  return JSONSchemaCompileError(
    message: "", position: TextPosition(line: 0, column: 0), displayPath: "")
}

@Test func messageAndLocationsOfANestedMinimum() throws {
  let schema = try validator(
    ##"{"properties": {"items": {"type": "array", "items": {"properties": {"price": {"minimum": 0}}}}}}"##
  )
  let errors = schema.validate(
    try JSONReader.parse(##"{"items": [{"price": 1}, {"price": 2}, {"price": -1}]}"##))
  #expect(
    errors == [
      JSONSchemaValidationError(
        instanceLocation: "/items/2/price",
        keywordLocation: "/properties/items/items/properties/price/minimum",
        absoluteKeywordLocation:
          "file:///schemas/order.json#/properties/items/items/properties/price/minimum",
        message: "-1 is less than the minimum of 0")
    ])
}

@Test func allErrorsAreCollected() throws {
  let schema = try validator(
    ##"{"required": ["id", "total"], "properties": {"note": {"type": "string", "maxLength": 3}}, "additionalProperties": false}"##
  )
  let errors = schema.validate(try JSONReader.parse(##"{"note": 7, "extra": true}"##))
  #expect(
    errors.map { "\($0.instanceLocation) \($0.keywordLocation): \($0.message)" } == [
      " /required: required property 'id' is missing",
      " /required: required property 'total' is missing",
      "/note /properties/note/type: 7 is an integer, expected string",
      "/extra /additionalProperties: property 'extra' is not allowed",
    ])
  #expect(!schema.isValid(try JSONReader.parse(##"{"note": 7}"##)))
}

@Test func errorsThroughReferencesNameTheReference() throws {
  let schema = try validator(
    ##"{"$defs": {"money": {"type": "number"}}, "properties": {"total": {"$ref": "#/$defs/money"}}}"##
  )
  let errors = schema.validate(try JSONReader.parse(##"{"total": "12"}"##))
  #expect(errors.map(\.keywordLocation) == ["/properties/total/$ref/type"])
  #expect(errors.map(\.absoluteKeywordLocation) == ["file:///schemas/order.json#/$defs/money/type"])
}

@Test func referenceCyclesTerminate() throws {
  let schema = try validator(
    ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##)
  let errors = schema.validate(try JSONReader.parse("1"))
  #expect(errors.count == 1)
  #expect(errors.first?.message.contains("refers back to itself") == true)
  #expect(!schema.isValid(try JSONReader.parse("1")))
}

@Test func recursiveSchemaAcceptsDeepInstance() throws {
  let schema = try validator(##"{"type": ["array", "integer"], "items": {"$ref": "#"}}"##)
  let depth = 500
  let deep = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
  #expect(schema.isValid(try JSONReader.parse(deep)))
  let bad = String(repeating: "[", count: depth) + "\"x\"" + String(repeating: "]", count: depth)
  let errors = schema.validate(try JSONReader.parse(bad))
  #expect(errors.count == 1)
  #expect(errors.first?.instanceLocation == String(repeating: "/0", count: depth))
}

@Test func unresolvableReferenceIsACompileErrorWithPosition() throws {
  let error = try compileError("{\n  \"$ref\": \"#/$defs/missing\"\n}")
  #expect(
    error.message
      == "cannot resolve '#/$defs/missing': nothing at file:///schemas/order.json#/$defs/missing")
  #expect(error.position == TextPosition(line: 2, column: 11))
  #expect(error.displayPath == "file:///schemas/order.json")
}

@Test func unknownSchemaIsACompileError() throws {
  let error = try compileError(##"{"$schema": "http://example.com/my-draft"}"##)
  #expect(error.message.hasPrefix("unknown $schema 'http://example.com/my-draft'"))
  #expect(error.position == TextPosition(line: 1, column: 13))
}

@Test func remoteReferencesAreNeverFetched() throws {
  let error = try compileError(##"{"$ref": "https://example.com/schemas/money.json#/$defs/eur"}"##)
  #expect(error.message.contains("https://example.com/schemas/money.json is not fetched"))
}

@Test func remoteReferencesResolveThroughAMapping() throws {
  let money = try JSONReader.parse(##"{"$defs": {"eur": {"type": "number", "minimum": 0}}}"##)
  let loader = InMemoryJSONSchemaResourceLoader(documents: ["https://example.com/money.json": money]
  )
  let schema = try validator(
    ##"{"$ref": "https://example.com/money.json#/$defs/eur"}"##, loader: loader)
  #expect(schema.isValid(try JSONReader.parse("3")))
  #expect(
    schema.validate(try JSONReader.parse("-3")).map(\.message) == [
      "-3 is less than the minimum of 0"
    ])
}

private struct RefusingLoader: JSONSchemaResourceLoader {
  func load(uri: String) -> JSONSchemaResourceLoad { .refused(reason: "outside the project root") }
}

@Test func refusedReferenceSaysWhy() throws {
  let parsed = try JSONReader.parse(##"{"$ref": "../../etc/other.json"}"##)
  #expect {
    _ = try JSONSchemaValidator(
      schema: parsed, baseURI: "file:///schemas/order.json", loader: RefusingLoader())
  } throws: { error in
    (error as? JSONSchemaCompileError)?.message
      == "the reference to file:///etc/other.json is refused: outside the project root"
  }
}

@Test func draftComesFromSchemaOrTheOption() throws {
  // Draft 4: exclusiveMaximum is a boolean modifier of maximum.
  let draft4 = try validator(
    ##"{"$schema": "http://json-schema.org/draft-04/schema#", "maximum": 5, "exclusiveMaximum": true}"##
  )
  #expect(
    draft4.validate(try JSONReader.parse("5")).map(\.message) == [
      "5 is not less than the exclusive maximum of 5"
    ])
  // `items` as an array is a prefix before 2020-12 and an error-free no-op only when the option says so.
  let tuple = ##"{"items": [{"type": "string"}], "additionalItems": false}"##
  let draft7 = try validator(tuple, options: JSONSchemaValidatorOptions(defaultDraft: .draft7))
  #expect(!draft7.isValid(try JSONReader.parse(##"["a", "b"]"##)))
  #expect(draft7.isValid(try JSONReader.parse(##"["a"]"##)))
}

@Test func metaSchemaReferencesResolveWithoutNetwork() throws {
  let schema = try validator(##"{"$ref": "https://json-schema.org/draft/2020-12/schema"}"##)
  #expect(schema.isValid(try JSONReader.parse(##"{"type": "string"}"##)))
  #expect(!schema.isValid(try JSONReader.parse(##"{"type": 12}"##)))
}

@Test func unevaluatedPropertiesSeeThroughApplicators() throws {
  let schema = try validator(
    ##"{"allOf": [{"properties": {"a": true}}], "if": {"required": ["b"]}, "then": {"properties": {"b": true}}, "unevaluatedProperties": false}"##
  )
  #expect(schema.isValid(try JSONReader.parse(##"{"a": 1, "b": 2}"##)))
  #expect(
    schema.validate(try JSONReader.parse(##"{"a": 1, "c": 2}"##)).map(\.message) == [
      "property 'c' is not allowed"
    ])
}

@Test func deepInstanceThroughSeveralSchemasPerLevel() throws {
  // Three schema applications per array level: more than the caller's stack is trusted with.
  let schema = try validator(
    ##"{"type": ["array", "integer"], "items": {"allOf": [{"$ref": "#"}]}}"##)
  let depth = 510
  let deep = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
  #expect(schema.isValid(try JSONReader.parse(deep)))
  let bad = String(repeating: "[", count: depth) + "true" + String(repeating: "]", count: depth)
  let errors = schema.validate(try JSONReader.parse(bad))
  #expect(errors.map(\.message) == ["true is a boolean, expected array or integer"])
}

@Test func deepSchemaCompiles() throws {
  let depth = 250
  let text =
    String(repeating: ##"{"items": "##, count: depth) + ##"{"type": "string"}"##
    + String(repeating: "}", count: depth)
  let schema = try validator(text)
  let instance = String(repeating: "[", count: depth) + "3" + String(repeating: "]", count: depth)
  let errors = schema.validate(try JSONReader.parse(instance))
  #expect(errors.map(\.instanceLocation) == [String(repeating: "/0", count: depth)])
}

@Test func depthLimitIsReportedNotOverflowed() throws {
  let schema = try validator(
    ##"{"items": {"$ref": "#"}}"##, options: JSONSchemaValidatorOptions(maxDepth: 100))
  let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
  let errors = schema.validate(try JSONReader.parse(deep))
  #expect(errors.count == 1)
  #expect(errors.first?.message.contains("nests more than 100 levels") == true)
}

@Test func formatIsAnAnnotationByDefault() throws {
  let schema = try validator(##"{"format": "email", "type": "string"}"##)
  #expect(schema.isValid(try JSONReader.parse(##""not an email""##)))
  #expect(!schema.isValid(try JSONReader.parse("12")))
}
