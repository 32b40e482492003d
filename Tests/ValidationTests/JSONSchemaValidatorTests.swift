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

/// One message per keyword family: what a person reads.
@Test(arguments: [
  (
    ##"{"enum": ["EUR", "USD"]}"##, ##""GBP""##,
    ##"/enum: "GBP" is not one of the allowed values: "EUR", "USD""##
  ),
  (##"{"const": 3}"##, "4", "/const: 4 is not the required value 3"),
  (##"{"multipleOf": 0.01}"##, "1.005", "/multipleOf: 1.005 is not a multiple of 0.01"),
  (
    ##"{"exclusiveMinimum": 0}"##, "0",
    "/exclusiveMinimum: 0 is not greater than the exclusive minimum of 0"
  ),
  (
    ##"{"maxLength": 2}"##, ##""abc""##,
    ##"/maxLength: "abc" has 3 characters, more than the maximum of 2"##
  ),
  (
    ##"{"pattern": "^[A-Z]+$"}"##, ##""ab""##,
    ##"/pattern: "ab" does not match the pattern ^[A-Z]+$"##
  ),
  (##"{"minItems": 2}"##, "[1]", "/minItems: the array has 1 item, fewer than the minimum of 2"),
  (
    ##"{"uniqueItems": true}"##, "[1, 2, 1]",
    "/uniqueItems: items 0 and 2 are equal, but the items must be unique"
  ),
  (
    ##"{"contains": {"type": "string"}}"##, "[1]",
    "/contains: no item matches the 'contains' schema"
  ),
  (
    ##"{"contains": true, "maxContains": 1}"##, "[1, 2]",
    "/maxContains: 2 of the items match the 'contains' schema, more than the maximum of 1"
  ),
  (
    ##"{"dependentRequired": {"a": ["b"]}}"##, ##"{"a": 1}"##,
    "/dependentRequired: property 'b' is required when 'a' is present"
  ),
  (
    ##"{"maxProperties": 1}"##, ##"{"a": 1, "b": 2}"##,
    "/maxProperties: the object has 2 properties, more than the maximum of 1"
  ),
  (
    ##"{"propertyNames": {"maxLength": 2}}"##, ##"{"abc": 1}"##,
    ##"/propertyNames: property name 'abc' is not allowed: "abc" has 3 characters, more than the maximum of 2"##
  ),
  (
    ##"{"oneOf": [{"type": "integer"}, {"minimum": 0}]}"##, "1",
    "/oneOf: the value matches more than one schema in 'oneOf' (0, 1); it must match exactly one"
  ),
  (##"{"not": {"type": "null"}}"##, "null", "/not: the value must not match the schema in 'not'"),
  (
    ##"{"prefixItems": [true], "items": false}"##, "[1, 2]",
    "/items: item 1 is not allowed (the array has too many items)"
  ),
])
func keywordMessages(schema: String, instance: String, expected: String) throws {
  let errors = try validator(schema).validate(try JSONReader.parse(instance))
  #expect(errors.map { "\($0.keywordLocation): \($0.message)" } == [expected])
}

@Test func anyOfReportsEachBranch() throws {
  let errors = try validator(##"{"anyOf": [{"type": "string"}, {"minimum": 10}]}"##)
    .validate(try JSONReader.parse("3"))
  #expect(
    errors.map { "\($0.keywordLocation): \($0.message)" } == [
      "/anyOf/0/type: 3 is an integer, expected string",
      "/anyOf/1/minimum: 3 is less than the minimum of 10",
      "/anyOf: the value matches none of the 2 schemas in 'anyOf'",
    ])
}

@Test func uniqueItemsOnLongArraysComparesNumbersByValue() throws {
  let schema = try validator(##"{"uniqueItems": true}"##)
  let distinct =
    "[" + (0..<100).map { ##"{"a": \##($0), "b": [\##($0)]}"## }.joined(separator: ",") + "]"
  #expect(schema.isValid(try JSONReader.parse(distinct)))
  let repeated =
    "[" + (0..<40).map(String.init).joined(separator: ",")
    + ##", {"x": 1, "y": 2}, {"y": 2.0, "x": 1}, 7.0]"##
  #expect(
    schema.validate(try JSONReader.parse(repeated)).map(\.message) == [
      "items 40 and 41 are equal, but the items must be unique"
    ])
}

@Test func loopsInsideConditionsStillGiveAReason() throws {
  let schema = try validator(
    ##"{"$defs": {"loop": {"$ref": "#/$defs/loop"}}, "if": {"$ref": "#/$defs/loop"}, "else": {"$ref": "#/$defs/loop"}, "not": {"$ref": "#/$defs/loop"}}"##
  )
  let errors = schema.validate(try JSONReader.parse("{}"))
  #expect(
    errors.map(\.keywordLocation) == [
      "/else" + String(repeating: "/$ref", count: 32)
    ])
  #expect(errors.allSatisfy { $0.message.contains("$ref loop") })
  #expect(!schema.isValid(try JSONReader.parse("{}")))
}

private struct FileLikeLoader: JSONSchemaResourceLoader {
  func load(uri: String) -> JSONSchemaResourceLoad {
    guard uri == "file:///schemas/common.json",
      let document = try? JSONReader.parse("{\n  \"$defs\": {\"id\": {\"$ref\": \"#/nowhere\"}}\n}")
    else { return .notFound }
    return .found(document, displayPath: "schemas/common.json")
  }
}

@Test func errorsInReferencedFilesNameThatFile() throws {
  let parsed = try JSONReader.parse(##"{"$ref": "common.json#/$defs/id"}"##)
  #expect {
    _ = try JSONSchemaValidator(
      schema: parsed, baseURI: "file:///schemas/order.json", loader: FileLikeLoader())
  } throws: { error in
    guard let error = error as? JSONSchemaCompileError else { return false }
    return error.description
      == "schemas/common.json:2:28: cannot resolve '#/nowhere': nothing at file:///schemas/common.json#/nowhere"
  }
}

@Test func aWorkerThreadCopyReportsTheSameErrors() throws {
  let schema = try validator(
    ##"""
    {"type": "object", "required": ["id", "kind"], "additionalProperties": false,
     "properties": {"id": {"type": "string", "pattern": "^ID-[0-9]{3}$"},
                    "kind": {"enum": ["a", "b", {"nested": [1, "x"]}]},
                    "score": {"type": ["integer", "null"], "minimum": 0, "maxLength": 2},
                    "tags": {"anyOf": [{"type": "array"}, {"const": "none"}]}},
     "patternProperties": {"^x-": {"type": "string"}}}
    """##)
  let copy = schema.forWorkerThread()
  let instances = [
    ##"{"id": "ID-123", "kind": "a", "score": 3, "tags": [], "x-a": "s"}"##,
    ##"{"id": "ID-12", "kind": {"nested": [1, "y"]}, "score": 1.5, "tags": 1, "x-b": 2}"##,
    ##"{"kind": "c", "other": true}"##,
  ]
  for text in instances {
    let instance = try JSONReader.parse(text)
    #expect(copy.validate(instance) == schema.validate(instance))
  }
  #expect(copy.validate(try JSONReader.parse(instances[0])).isEmpty)
  #expect(copy.validate(try JSONReader.parse(instances[2])).count == 3)
}
