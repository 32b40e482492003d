import SchemaModel

/// Every finding the Avro parser and linker report, with its rule id, severity and fixed text.
///
/// Kept in one place so that the rule ids stay stable and the wording stays consistent.
enum AvroIssue: Hashable, Sendable {
  case emptyFile
  case notASchema(found: String)
  case missingAttribute(attribute: String, owner: String)
  case invalidAttribute(attribute: String, owner: String, expected: String, found: String)
  case invalidName(name: String, what: String)
  case invalidNamespace(namespace: String)
  case nonPortableName(name: String, what: String)
  case primitiveRedefined(name: String)
  case duplicateType(fullName: String)
  case duplicateField(record: String, field: String)
  case duplicateSymbol(enumName: String, symbol: String)
  case enumDefaultNotSymbol(enumName: String, symbol: String)
  case invalidOrder(field: String, value: String)
  case nestedUnion
  case duplicateUnionBranch(branch: String)
  case invalidDefault(field: String, expected: String, found: String, path: String)
  case unknownType(name: String)
  case complexTypeAsName(name: String)
  case nestingTooDeep(limit: Int)
  case invalidLogicalType(name: String, reason: String)
  case unknownLogicalType(name: String)
  case definedInTwoFiles(fullName: String, otherFile: String)
  case unknownExternalType(fullName: String)

  /// The permanent rule id of the finding.
  var ruleID: RuleID {
    switch self {
    case .emptyFile: "AVRO_EMPTY_FILE"
    case .notASchema: "AVRO_INVALID_SCHEMA"
    case .missingAttribute: "AVRO_MISSING_ATTRIBUTE"
    case .invalidAttribute, .invalidOrder, .enumDefaultNotSymbol: "AVRO_INVALID_ATTRIBUTE"
    case .invalidName, .invalidNamespace, .primitiveRedefined: "AVRO_INVALID_NAME"
    case .nonPortableName: "AVRO_NON_PORTABLE_NAME"
    case .duplicateType, .definedInTwoFiles: "AVRO_DUPLICATE_TYPE"
    case .duplicateField: "AVRO_DUPLICATE_FIELD"
    case .duplicateSymbol: "AVRO_DUPLICATE_SYMBOL"
    case .nestedUnion, .duplicateUnionBranch: "AVRO_INVALID_UNION"
    case .invalidDefault: "AVRO_INVALID_DEFAULT"
    case .unknownType, .complexTypeAsName, .unknownExternalType: "AVRO_UNKNOWN_TYPE"
    case .nestingTooDeep: "AVRO_NESTING_TOO_DEEP"
    case .invalidLogicalType, .unknownLogicalType: "AVRO_INVALID_LOGICAL_TYPE"
    }
  }

  /// Logical type problems degrade to the underlying type (spec "Logical Types"), and names that
  /// only Java accepts still work with Java and Confluent Schema Registry, so they only warn;
  /// everything else makes the schema unusable.
  var severity: Severity {
    switch self {
    case .invalidLogicalType, .unknownLogicalType, .nonPortableName: .warning
    default: .error
    }
  }

  /// The message a person reads: what is wrong and what was expected.
  var message: String {
    switch self {
    case .emptyFile:
      "the file is empty; expected an Avro schema (a JSON string, object or array)"
    case .notASchema(let found):
      "expected a schema (a type name, an object with a 'type' or a union array), found \(found)"
    case .missingAttribute(let attribute, let owner):
      "\(owner) is missing the required attribute '\(attribute)'"
    case .invalidAttribute(let attribute, let owner, let expected, let found):
      "attribute '\(attribute)' of \(owner) must be \(expected), found \(found)"
    case .invalidName(let name, let what):
      "\(what) '\(name)' is not a valid Avro name: it must match [A-Za-z_][A-Za-z0-9_]*"
    case .invalidNamespace(let namespace):
      "namespace '\(namespace)' is not valid: it must be empty or dot-separated names "
        + "matching [A-Za-z_][A-Za-z0-9_]*"
    case .nonPortableName(let name, let what):
      "\(what) '\(name)' has characters outside [A-Za-z0-9_]: Apache Avro for Java accepts it, "
        + "the specification and other implementations do not"
    case .primitiveRedefined(let name):
      "'\(name)' is a primitive type name and cannot be used as the name of a named type"
    case .duplicateType(let fullName):
      "type '\(fullName)' is defined more than once"
    case .duplicateField(let record, let field):
      "record '\(record)' has more than one field named '\(field)'"
    case .duplicateSymbol(let enumName, let symbol):
      "enum '\(enumName)' has the symbol '\(symbol)' more than once"
    case .enumDefaultNotSymbol(let enumName, let symbol):
      "default '\(symbol)' of enum '\(enumName)' is not one of its symbols"
    case .invalidOrder(let field, let value):
      "order of field '\(field)' must be \"ascending\", \"descending\" or \"ignore\", "
        + "found \(value)"
    case .nestedUnion:
      "a union may not immediately contain another union"
    case .duplicateUnionBranch(let branch):
      "a union may not contain '\(branch)' more than once"
    case .invalidDefault(let field, let expected, let found, let path):
      path.isEmpty
        ? "default for field '\(field)' must be \(expected), found \(found)"
        : "default for field '\(field)' at \(path) must be \(expected), found \(found)"
    case .unknownType(let name):
      "'\(name)' is not a type name: expected a primitive type or the name of a named type"
    case .complexTypeAsName(let name):
      "'\(name)' needs attributes: write it as an object, {\"type\": \"\(name)\", ...}"
    case .nestingTooDeep(let limit):
      "types are nested more than \(limit) levels deep"
    case .invalidLogicalType(let name, let reason):
      "logical type '\(name)' is ignored: \(reason)"
    case .unknownLogicalType(let name):
      "logical type '\(name)' is not known and is ignored; the underlying type is used"
    case .definedInTwoFiles(let fullName, let otherFile):
      "type '\(fullName)' is also defined in \(otherFile)"
    case .unknownExternalType(let fullName):
      "type '\(fullName)' is not defined in this file or in any other file of the set"
    }
  }

  /// The finding as a diagnostic at a location (used where the location comes from the model).
  func diagnostic(
    at location: SourceLocation?, path: String? = nil, notes: [Diagnostic.Note] = []
  ) -> Diagnostic {
    Diagnostic(
      ruleID: ruleID, severity: severity, message: message, location: location, path: path,
      notes: notes)
  }

  /// The finding as a diagnostic at a position of the file.
  func diagnostic(file: String, at position: TextPosition, notes: [Diagnostic.Note] = [])
    -> Diagnostic
  {
    Diagnostic(
      ruleID: ruleID, severity: severity, message: message,
      location: SourceLocation(file: file, position: position), notes: notes)
  }
}
