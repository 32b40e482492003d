import SchemaModel

/// One reason a payload does not match its schema, in any format. JSON Schema's
/// `JSONSchemaValidationError` converts to it; Avro and Protobuf validators make it directly.
public struct PayloadError: Hashable, Sendable {
  /// `PAYLOAD_TYPE_MISMATCH`, `PAYLOAD_UNKNOWN_FIELD`, ... (`PAYLOAD_INVALID` for JSON Schema).
  public var ruleID: RuleID
  /// `.error` fails the payload; `.warning` is reported only (an unknown field that
  /// `--allow-unknown-fields` allows, an unknown field in Protobuf binary).
  public var severity: Severity
  /// JSON Pointer into the payload (`/items/2/price`, `""` for the root). For binary payloads
  /// the same pointer over the decoded datum.
  public var instanceLocation: String
  /// The schema element: a JSON Schema keyword path (`/properties/price/minimum`), an Avro
  /// full name with field path (`com.acme.Order.items`), a Protobuf field (`acme.Order.items`).
  public var schemaLocation: String
  /// Where in a binary payload the problem starts, counted from the payload's first byte.
  public var byteOffset: Int?
  /// A message a person can act on: `-1 is less than the minimum of 0`.
  public var message: String

  public init(
    ruleID: RuleID, severity: Severity = .error, instanceLocation: String,
    schemaLocation: String, byteOffset: Int? = nil, message: String
  ) {
    self.ruleID = ruleID
    self.severity = severity
    self.instanceLocation = instanceLocation
    self.schemaLocation = schemaLocation
    self.byteOffset = byteOffset
    self.message = message
  }

  public var isError: Bool { severity == .error }
}

extension PayloadError {
  /// A JSON Schema validation error as a payload error (`PAYLOAD_INVALID`, or
  /// `PAYLOAD_PATTERN_TOO_COSTLY` when a regular expression ran out of steps).
  public init(_ error: JSONSchemaValidationError) {
    self.init(
      ruleID: error.patternBudgetExceeded ? "PAYLOAD_PATTERN_TOO_COSTLY" : "PAYLOAD_INVALID",
      instanceLocation: error.instanceLocation,
      schemaLocation: error.keywordLocation, message: error.message)
  }
}

extension Array where Element == PayloadError {
  /// True when at least one entry fails the payload.
  public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// Builds JSON Pointers one token at a time (RFC 6901 escaping of `~` and `/`).
public enum PayloadPointer {
  /// `base` + `/token`, with the token escaped.
  public static func appending(_ token: String, to base: String) -> String {
    guard token.contains("~") || token.contains("/") else { return base + "/" + token }
    var escaped = ""
    for character in token {
      switch character {
      case "~": escaped += "~0"
      case "/": escaped += "~1"
      default: escaped.append(character)
      }
    }
    return base + "/" + escaped
  }

  /// `base` + `/index`.
  public static func appending(_ index: Int, to base: String) -> String { base + "/\(index)" }
}
