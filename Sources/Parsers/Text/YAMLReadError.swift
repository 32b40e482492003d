import SchemaModel

/// A YAML text that cannot become JSON: a syntax error, a limit, or a YAML-only construct.
public struct YAMLReadError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong; each case has one rule id and one message.
  public enum Kind: Hashable, Sendable {
    case syntax(problem: String)
    case empty
    case duplicateKey(String)
    case tooManyNodes(limit: Int)
    case tooDeep(limit: Int)
    case aliasKey
    case complexKey
    case unsupportedTag(String)
    case notJSONNumber(String)
  }

  public var kind: Kind
  /// Where it went wrong, when Yams or the scan knows.
  public var position: TextPosition?

  public init(_ kind: Kind, at position: TextPosition? = nil) {
    self.kind = kind
    self.position = position
  }

  /// The finding's rule id: `PARSE_*` like the JSON reader's.
  public var ruleID: RuleID {
    switch kind {
    case .syntax: "PARSE_INVALID_YAML"
    case .empty: "PARSE_UNEXPECTED_END"
    case .duplicateKey: "PARSE_DUPLICATE_KEY"
    case .tooManyNodes: "PARSE_YAML_TOO_MANY_NODES"
    case .tooDeep: "PARSE_NESTING_TOO_DEEP"
    case .aliasKey, .complexKey: "PARSE_YAML_COMPLEX_KEY"
    case .unsupportedTag: "PARSE_YAML_TAG"
    case .notJSONNumber: "PARSE_INVALID_NUMBER"
    }
  }

  public var message: String {
    switch kind {
    case .syntax(let problem): "invalid YAML: \(problem)"
    case .empty: "the YAML text is empty, expected a value"
    case .duplicateKey(let key): "duplicate key \"\(key)\" in mapping"
    case .tooManyNodes(let limit):
      "the YAML document expands to more than \(limit) nodes (aliases are expanded)"
    case .tooDeep(let limit): "sequences and mappings are nested deeper than \(limit) levels"
    case .aliasKey: "an alias cannot be used as a mapping key"
    case .complexKey: "mapping keys must be scalars"
    case .unsupportedTag(let tag):
      "the tag '\(tag)' is not supported; JSON has only strings, numbers, booleans, null, "
        + "sequences and mappings"
    case .notJSONNumber(let text): "\(text) has no JSON equivalent"
    }
  }

  public var description: String {
    guard let position else { return message }
    return "\(position.line):\(position.column): \(message)"
  }

  /// The error as an error-severity finding in `file` (the path as the user named it).
  public func diagnostic(file: String) -> Diagnostic {
    Diagnostic(
      ruleID: ruleID, severity: .error, message: message,
      location: SourceLocation(file: file, position: position ?? TextPosition(line: 1, column: 1)))
  }
}
