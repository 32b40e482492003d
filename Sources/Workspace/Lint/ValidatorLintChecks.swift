import Lint
import Parsers
import SchemaModel
import Validation

/// The JSON Schema lint checks that need the validator: meta-schema validation against the
/// bundled meta-schemas, and ECMA-262 pattern compilation as the validator does it.
public struct ValidatorLintChecks: JSONSchemaLintChecks {
  public init() {}

  public func metaSchemaViolations(in file: JSONSchemaFile) -> [(
    message: String, position: TextPosition
  )] {
    guard let schema = file.schema, let validator = MetaSchemaValidators.validator(for: file.draft)
    else { return [] }
    let errors = validator.validate(schema)
    return Self.violations(errors, in: schema, draft: file.draft)
  }

  public func patternError(_ pattern: String) -> String? {
    do {
      _ = try ECMARegex(pattern)
      return nil
    } catch {
      return error.description
    }
  }

  /// One violation per offending value. A failed `anyOf` reports every branch and the value
  /// that holds a broken one fails too, so only the deepest locations are kept, each with its
  /// distinct reasons.
  static func violations(
    _ errors: [JSONSchemaValidationError], in schema: JSONValue, draft: JSONSchemaDraft
  ) -> [(message: String, position: TextPosition)] {
    var order: [String] = []
    var reasons: [String: [String]] = [:]
    for error in errors {
      if reasons[error.instanceLocation] == nil { order.append(error.instanceLocation) }
      if reasons[error.instanceLocation, default: []].contains(error.message) { continue }
      reasons[error.instanceLocation, default: []].append(error.message)
    }
    let deepest = order.filter { location in
      !order.contains { $0 != location && $0.hasPrefix(location + "/") }
    }
    return deepest.map { location in
      let all = reasons[location] ?? []
      // "matches none of the schemas in 'anyOf'" only repeats what the branches said.
      let specific = all.filter { !$0.hasPrefix("the value matches none of") }
      let shown = (specific.isEmpty ? all : specific).joined(separator: "; ")
      let value = JSONPointer.tokens(location).flatMap { JSONPointer.value(at: $0, in: schema) }
      return (
        message: "#\(location) breaks the draft \(draft.rawValue) meta-schema: \(shown)",
        position: (value ?? schema).position
      )
    }
  }
}

/// The meta-schema validators, each compiled once on first use (a `static let` is initialised
/// once, thread-safely) and shared by every lint run.
enum MetaSchemaValidators {
  static func validator(for draft: JSONSchemaDraft) -> JSONSchemaValidator? {
    switch draft {
    case .draft4: draft4
    case .draft6: draft6
    case .draft7: draft7
    case .draft201909: draft201909
    case .draft202012: draft202012
    }
  }

  private static let draft4 = compile("http://json-schema.org/draft-04/schema", .draft4)
  private static let draft6 = compile("http://json-schema.org/draft-06/schema", .draft6)
  private static let draft7 = compile("http://json-schema.org/draft-07/schema", .draft7)
  private static let draft201909 = compile(
    "https://json-schema.org/draft/2019-09/schema", .draft201909)
  private static let draft202012 = compile(
    "https://json-schema.org/draft/2020-12/schema", .draft202012)

  /// The bundled meta-schema at `uri`; nil only if the bundle is broken, which the tests catch.
  private static func compile(_ uri: String, _ draft: JSONSchemaDraft) -> JSONSchemaValidator? {
    guard let text = JSONSchemaMetaSchemas.texts[uri],
      let schema = try? JSONReader.parse(Array(text.utf8))
    else { return nil }
    return try? JSONSchemaValidator(
      schema: schema, baseURI: uri, options: JSONSchemaValidatorOptions(defaultDraft: draft),
      loader: InMemoryJSONSchemaResourceLoader())
  }
}
