import Parsers
import SchemaModel

/// A JSON Schema compiled once, with everything it references, and applied to any number of
/// instances.
public struct JSONSchemaValidator: Sendable {
  private let program: CompiledSchemaProgram

  /// Compiles `schema`, whose own URI is `baseURI`; other documents come from `loader`.
  public init(
    schema: JSONValue, baseURI: String,
    options: JSONSchemaValidatorOptions = JSONSchemaValidatorOptions(),
    loader: some JSONSchemaResourceLoader
  ) throws(JSONSchemaCompileError) {
    let compiler = SchemaCompiler(loader: loader, options: options)
    program = try compiler.compile(schema: schema, baseURI: baseURI)
  }

  /// Every reason `instance` does not match, in evaluation order; empty when it matches.
  public func validate(_ instance: JSONValue) -> [JSONSchemaValidationError] {
    let evaluator = SchemaEvaluator(program: program, collecting: true)
    let outcome = evaluator.evaluate(program.root, instance)
    if !outcome.valid && evaluator.errors.isEmpty {
      preconditionFailure("bug: an invalid instance without an error")
    }
    return outcome.valid ? [] : evaluator.errors
  }

  /// Whether `instance` matches, without building messages.
  public func isValid(_ instance: JSONValue) -> Bool {
    SchemaEvaluator(program: program, collecting: false).evaluate(program.root, instance).valid
  }
}
