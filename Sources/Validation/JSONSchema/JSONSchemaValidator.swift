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

  /// A validator with its own copy of the compiled schema, for one worker thread: threads
  /// sharing one copy contend on its reference counts.
  public func forWorkerThread() -> JSONSchemaValidator {
    JSONSchemaValidator(program: program.unshared())
  }

  private init(program: CompiledSchemaProgram) { self.program = program }

  /// Every reason `instance` does not match, in evaluation order; empty when it matches.
  public func validate(_ instance: JSONValue) -> [JSONSchemaValidationError] {
    let (valid, errors) = run(instance, collecting: true)
    if valid { return [] }
    // Errors of a failed subschema may have been dropped (inside `not` or `if`) while its
    // failure still decided the result; never answer "invalid" without a reason.
    if errors.isEmpty {
      return [
        JSONSchemaValidationError(
          instanceLocation: "", keywordLocation: "",
          message: "the value does not match the schema")
      ]
    }
    return errors
  }

  /// Whether `instance` matches, without building messages.
  public func isValid(_ instance: JSONValue) -> Bool {
    run(instance, collecting: false).valid
  }

  /// Nesting evaluated on the caller's stack; deeper work moves to a thread with a large stack.
  private static let callerStackDepth = 64

  private func run(
    _ instance: JSONValue, collecting: Bool
  ) -> (valid: Bool, errors: [JSONSchemaValidationError]) {
    let evaluator = SchemaEvaluator(
      program: program, collecting: collecting, depthLimit: Self.callerStackDepth)
    let outcome = evaluator.evaluate(program.root, instance)
    if !evaluator.needsLargerStack { return Self.result(outcome, of: evaluator) }
    let program = program
    return LargeStackThread.run {
      let deep = SchemaEvaluator(program: program, collecting: collecting, depthLimit: .max)
      let outcome = deep.evaluate(program.root, instance)
      return Self.result(outcome, of: deep)
    }
  }

  /// The verdict and errors; a payload whose pattern checks were skipped (its budget spent)
  /// fails even when the exhausted matches sat in branches whose errors were dropped.
  private static func result(
    _ outcome: SchemaOutcome, of evaluator: SchemaEvaluator
  ) -> (valid: Bool, errors: [JSONSchemaValidationError]) {
    guard evaluator.skippedPatterns else { return (outcome.valid, evaluator.errors) }
    var errors = evaluator.errors
    if evaluator.collecting, !errors.contains(where: \.patternBudgetExceeded) {
      var error = JSONSchemaValidationError(
        instanceLocation: "", keywordLocation: "",
        message: "\(SchemaEvaluator.exhaustedPatternLimit) regular expression matches ran out of "
          + "steps, so the remaining patterns were not checked; simplify the patterns")
      error.patternBudgetExceeded = true
      errors.append(error)
    }
    return (false, errors)
  }
}
