import Parsers
import SchemaModel

/// What every rule may consult besides the file: the user's choices, and checks that live in
/// modules Lint must not import (the JSON Schema validator is in Validation; Workspace passes
/// it in, so the dependency still points down).
public struct LintContext: Sendable {
  public var options: LintOptions
  /// Meta-schema validation and pattern compilation; nil skips the rules that need them.
  public var jsonSchemaChecks: (any JSONSchemaLintChecks)?

  public init(
    options: LintOptions = LintOptions(), jsonSchemaChecks: (any JSONSchemaLintChecks)? = nil
  ) {
    self.options = options
    self.jsonSchemaChecks = jsonSchemaChecks
  }
}

/// The JSON Schema checks a lint rule cannot do with Parsers alone.
public protocol JSONSchemaLintChecks: Sendable {
  /// Where `file`'s schema breaks its draft's meta-schema, as messages at positions in the file.
  func metaSchemaViolations(in file: JSONSchemaFile) -> [(message: String, position: TextPosition)]
  /// Why `pattern` is not a regular expression the validator accepts (ECMA-262), or nil.
  func patternError(_ pattern: String) -> String?
}
