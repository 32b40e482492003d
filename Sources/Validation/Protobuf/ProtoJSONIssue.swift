import SchemaModel

/// Every problem the proto3 JSON validator reports, with its rule id and message text.
enum ProtoJSONIssue {
  case typeMismatch(expected: String, found: String)
  case notIntegral(String)
  case malformedNumber(String)
  case integerOutOfRange(String, type: String)
  case floatOutOfRange(String, type: String)
  case nullElement(container: String)
  case unknownField(name: String, message: String, suggestion: String?)
  case duplicateField(name: String, firstName: String)
  case oneofConflict(oneof: String, first: String, second: String)
  case unknownEnumName(String, enumName: String, suggestion: String?)
  case undeclaredEnumNumber(String, enumName: String)
  case invalidBase64(String)
  case invalidBoolKey(String)
  case missingRequired(field: String, message: String)
  case invalidTimestamp(String, reason: String)
  case timestampOutOfRange(String)
  case invalidDuration(String, reason: String)
  case durationOutOfRange(String)
  case invalidFieldMaskPath(String)
  case anyTypeMissing
  case anyTypeNotString(found: String)
  case anyTypeUnknown(String)
  case anyTypeNotURL(String)
  case anyValueMissing(type: String)
  case nonFiniteValue(String)
  case unresolvedType(String)
  case tooDeep(limit: Int)

  var ruleID: RuleID {
    switch self {
    case .typeMismatch, .notIntegral, .nullElement, .anyTypeNotString, .invalidBoolKey:
      "PAYLOAD_TYPE_MISMATCH"
    case .malformedNumber, .invalidBase64, .invalidTimestamp, .invalidDuration,
      .invalidFieldMaskPath, .anyTypeNotURL:
      "PAYLOAD_INVALID_FORMAT"
    case .integerOutOfRange, .floatOutOfRange, .timestampOutOfRange, .durationOutOfRange,
      .nonFiniteValue:
      "PAYLOAD_OUT_OF_RANGE"
    case .unknownField: "PAYLOAD_UNKNOWN_FIELD"
    case .duplicateField: "PAYLOAD_DUPLICATE_FIELD"
    case .oneofConflict: "PAYLOAD_ONEOF_CONFLICT"
    case .unknownEnumName, .undeclaredEnumNumber: "PAYLOAD_UNKNOWN_SYMBOL"
    case .missingRequired, .anyTypeMissing, .anyValueMissing: "PAYLOAD_MISSING_FIELD"
    case .anyTypeUnknown, .unresolvedType: "PAYLOAD_UNKNOWN_TYPE"
    case .tooDeep: "PAYLOAD_TOO_DEEP"
    }
  }

  var message: String {
    switch self {
    case .typeMismatch(let expected, let found):
      "expected \(expected), found \(found)"
    case .notIntegral(let text):
      "\(text) is not an integer"
    case .malformedNumber(let text):
      "\"\(text)\" is not a number"
    case .integerOutOfRange(let text, let type):
      "\(text) is out of the range of \(type)"
    case .floatOutOfRange(let text, let type):
      "\(text) is out of the range of \(type); write \"Infinity\" or \"-Infinity\" for infinities"
    case .nullElement(let container):
      "null is not allowed as an element of \(container); remove it or give a value"
    case .unknownField(let name, let message, let suggestion):
      "'\(name)' is not a field of \(message)" + Self.hint(suggestion)
    case .duplicateField(let name, let firstName):
      name == firstName
        ? "field '\(name)' is given twice"
        : "field '\(name)' is given twice (also as '\(firstName)')"
    case .oneofConflict(let oneof, let first, let second):
      "'\(first)' and '\(second)' are both set, but oneof '\(oneof)' allows at most one"
    case .unknownEnumName(let name, let enumName, let suggestion):
      "'\(name)' is not a value of enum \(enumName)" + Self.hint(suggestion)
    case .undeclaredEnumNumber(let number, let enumName):
      "\(number) is not a value of closed enum \(enumName)"
    case .invalidBase64(let reason):
      "bytes must be base64 (standard or URL-safe): \(reason)"
    case .invalidBoolKey(let key):
      "map key \"\(key)\" must be \"true\" or \"false\""
    case .missingRequired(let field, let message):
      "required field '\(field)' of \(message) is missing"
    case .invalidTimestamp(let text, let reason):
      "\"\(text)\" is not an RFC 3339 timestamp like \"2024-01-31T12:00:00Z\": \(reason)"
    case .timestampOutOfRange(let text):
      "\"\(text)\" is outside 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z"
    case .invalidDuration(let text, let reason):
      "\"\(text)\" is not a duration like \"1.5s\": \(reason)"
    case .durationOutOfRange(let text):
      "\"\(text)\" is outside -315576000000s to 315576000000s"
    case .invalidFieldMaskPath(let path):
      "field mask path '\(path)' must be lowerCamelCase field names joined by '.'"
    case .anyTypeMissing:
      "an Any with fields needs an \"@type\" URL naming its message"
    case .anyTypeNotString(let found):
      "\"@type\" must be a string, found \(found)"
    case .anyTypeNotURL(let url):
      "\"@type\" '\(url)' must be a type URL such as 'type.googleapis.com/\(url)'"
    case .anyTypeUnknown(let url):
      "Any \"@type\" '\(url)' names no message in the loaded .proto files"
    case .anyValueMissing(let type):
      "an Any holding \(type) needs its JSON in \"value\""
    case .nonFiniteValue(let text):
      "\(text) is out of the range of a double"
    case .unresolvedType(let name):
      "type '\(name)' is not defined in the loaded .proto files"
    case .tooDeep(let limit):
      "the payload nests messages deeper than \(limit) levels"
    }
  }

  private static func hint(_ suggestion: String?) -> String {
    suggestion.map { "; did you mean '\($0)'?" } ?? ""
  }
}
