import SchemaModel

/// Every finding the AsyncAPI reader reports, with its rule id, severity and fixed text.
enum AsyncAPIIssue: Hashable, Sendable {
  case notAnObject(found: String)
  case missingVersion
  case unsupportedVersion(String)
  case missingField(field: String, owner: String)
  case invalidField(field: String, owner: String, expected: String, found: String)
  case refRefused(reference: String, reason: String)
  case refUnresolved(reference: String, reason: String)
  case refCycle(reference: String)
  case recursiveSchema(reference: String)
  case unreadableFile(path: String, problem: String)
  case unsupportedSchemaFormat(String)
  case duplicateMessageID(String)
  case unknownChannel(reference: String, operation: String)

  var ruleID: RuleID {
    switch self {
    case .notAnObject, .missingField, .invalidField, .unknownChannel: "ASYNCAPI_INVALID_DOCUMENT"
    case .missingVersion, .unsupportedVersion: "ASYNCAPI_UNSUPPORTED_VERSION"
    case .refRefused: "ASYNCAPI_REF_REFUSED"
    case .refUnresolved, .unreadableFile: "ASYNCAPI_REF_UNRESOLVED"
    case .refCycle: "ASYNCAPI_REF_CYCLE"
    case .recursiveSchema: "ASYNCAPI_RECURSIVE_SCHEMA"
    case .unsupportedSchemaFormat: "ASYNCAPI_UNSUPPORTED_SCHEMA_FORMAT"
    case .duplicateMessageID: "ASYNCAPI_DUPLICATE_MESSAGE_ID"
    }
  }

  var severity: Severity {
    switch self {
    case .unsupportedSchemaFormat, .recursiveSchema, .duplicateMessageID: .warning
    default: .error
    }
  }

  var message: String {
    switch self {
    case .notAnObject(let found):
      "an AsyncAPI document must be a mapping, found \(found)"
    case .missingVersion:
      "the 'asyncapi' field is missing; expected the AsyncAPI version (2.6.0 or 3.0.0)"
    case .unsupportedVersion(let text):
      "AsyncAPI version '\(text)' is not read; schemacheck reads 2.0 to 2.6 and 3.0 to 3.1"
        + (text.hasPrefix("1.") ? " (convert 1.x documents with `asyncapi convert`)" : "")
    case .missingField(let field, let owner):
      "\(owner) has no '\(field)'"
    case .invalidField(let field, let owner, let expected, let found):
      "'\(field)' of \(owner) must be \(expected), found \(found)"
    case .refRefused(let reference, let reason):
      "$ref '\(reference)' is not followed: \(reason)"
    case .refUnresolved(let reference, let reason):
      "$ref '\(reference)' cannot be resolved: \(reason)"
    case .refCycle(let reference):
      "$ref '\(reference)' leads back to itself (a reference cycle)"
    case .recursiveSchema(let reference):
      "$ref '\(reference)' is recursive; it is left as written and not inlined"
    case .unreadableFile(let path, let problem):
      "the referenced file \(path) does not parse: \(problem)"
    case .unsupportedSchemaFormat(let format):
      "schemaFormat '\(format)' is not read (Avro, Protobuf, JSON Schema and the AsyncAPI "
        + "schema are); the payload is not checked"
    case .duplicateMessageID(let id):
      "two different messages have the id '\(id)'; the second is ignored"
    case .unknownChannel(let reference, let operation):
      "operation '\(operation)' names channel '\(reference)', which is not in 'channels'"
    }
  }
}
