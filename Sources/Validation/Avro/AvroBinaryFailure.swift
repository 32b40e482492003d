import SchemaModel

/// Why a binary datum could not be read. Thrown from the innermost read and completed on the
/// way out (path, field, schema element), so the success path never builds a message.
struct AvroBinaryFailure: Error {
  enum Reason: Sendable {
    /// The value starting at the offset needs more bytes than are left; `needs` says what it
    /// needed (`double needs 8 bytes`).
    case truncated(needs: String)
    case overlongVarint(type: String, length: Int, maximum: Int)
    case intOutOfRange(Int64)
    case invalidBoolean(UInt8)
    case negativeLength(Int64, what: String)
    case unionIndex(Int64, branches: [String])
    case enumIndex(Int64, enumName: String, symbolCount: Int)
    /// `badByteOffset` is where the first invalid sequence starts.
    case invalidUTF8(what: String, badByteOffset: Int)
    case trailingBytes(count: Int)
    case tooDeep(limit: Int)
    case tooManyItems(claimed: Int64, limit: Int)
    case blockSizeMismatch(what: String, declared: Int64, actual: Int)
  }

  var reason: Reason
  /// Where the offending value starts, from the payload's first byte.
  var offset: Int
  /// The payload's length, for "the data ends at byte N".
  var end: Int
  /// Path tokens, innermost first.
  var path: [AvroPathToken] = []
  /// The innermost record field the failure happened in.
  var field: String?
  /// `com.acme.Order.items`: the innermost record and field.
  var schemaLocation: String?

  init(_ reason: Reason, offset: Int, end: Int) {
    self.reason = reason
    self.offset = offset
    self.end = end
  }

  /// Records that the failure happened inside `field` of `record`.
  mutating func enter(field name: String, of record: QualifiedName) {
    path.append(.field(name))
    if field == nil {
      field = name
      schemaLocation = record.fullName + "." + name
    }
  }

  var ruleID: RuleID {
    switch reason {
    case .truncated: "PAYLOAD_TRUNCATED"
    case .overlongVarint: "PAYLOAD_INVALID_VARINT"
    case .intOutOfRange: "PAYLOAD_OUT_OF_RANGE"
    case .invalidBoolean: "PAYLOAD_INVALID_BOOLEAN"
    case .negativeLength: "PAYLOAD_NEGATIVE_LENGTH"
    case .unionIndex: "PAYLOAD_UNKNOWN_BRANCH"
    case .enumIndex: "PAYLOAD_UNKNOWN_SYMBOL"
    case .invalidUTF8: "PAYLOAD_INVALID_UTF8"
    case .trailingBytes: "PAYLOAD_TRAILING_BYTES"
    case .tooDeep: "PAYLOAD_TOO_DEEP"
    case .tooManyItems: "PAYLOAD_TOO_LARGE"
    case .blockSizeMismatch: "PAYLOAD_BLOCK_SIZE_MISMATCH"
    }
  }

  var message: String {
    let inField = field.map { " inside field '\($0)'" } ?? ""
    switch reason {
    case .truncated(let needs):
      return "the data ends at byte \(end)\(inField) (\(needs))"
    case .overlongVarint(let type, let length, let maximum):
      return "the \(type) varint at byte \(offset)\(inField) is \(length) bytes or longer; "
        + "an \(type) takes at most \(maximum)"
    case .intOutOfRange(let value):
      return "the value \(value) at byte \(offset)\(inField) does not fit an int (32 bits); "
        + "the schema would need a long"
    case .invalidBoolean(let byte):
      return "a boolean is the byte 0 or 1, found \(byte) at byte \(offset)\(inField)"
    case .negativeLength(let length, let what):
      return "the \(what) at byte \(offset)\(inField) is \(length); it cannot be negative"
    case .unionIndex(let index, let branches):
      return "union branch index \(index) at byte \(offset)\(inField) is out of range: the union "
        + "has \(branches.count) branches (\(branches.joined(separator: ", ")))"
    case .enumIndex(let index, let enumName, let symbolCount):
      return "enum index \(index) at byte \(offset)\(inField) is not a symbol of \(enumName), "
        + "which has \(symbolCount) symbols"
    case .invalidUTF8(let what, let badByteOffset):
      return "the \(what) at byte \(offset)\(inField) is not valid UTF-8 "
        + "(the first bad sequence starts at byte \(badByteOffset))"
    case .trailingBytes(let count):
      return "the datum ends at byte \(offset) but \(count) more byte\(count == 1 ? "" : "s") "
        + "follow; the payload holds something else or more than one datum"
    case .tooDeep(let limit):
      return "the data nests deeper than \(limit) levels\(inField)"
    case .tooManyItems(let claimed, let limit):
      return "a block at byte \(offset)\(inField) claims \(claimed) items of a type that takes "
        + "no bytes; more than \(limit) such items in one payload are refused"
    case .blockSizeMismatch(let what, let declared, let actual):
      return "the \(what) block at byte \(offset)\(inField) declares \(declared) bytes but its "
        + "items take \(actual)"
    }
  }

  /// The failure as a payload error; `rootElement` names the schema element when no record
  /// field does.
  func payloadError(rootElement: String) -> PayloadError {
    let byteOffset: Int =
      if case .invalidUTF8(_, let bad) = reason { bad } else { offset }
    return PayloadError(
      ruleID: ruleID, instanceLocation: AvroPathToken.pointer(innermostFirst: path),
      schemaLocation: schemaLocation ?? rootElement, byteOffset: byteOffset, message: message)
  }
}
