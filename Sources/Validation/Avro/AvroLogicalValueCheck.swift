import SchemaModel

/// The logical-type checks shared by the JSON and binary readers.
public enum AvroLogicalValueCheck {
  /// Milliseconds in a day: `time-millis` counts from midnight and stays below it.
  static let millisecondsPerDay: Int32 = 86_400_000
  /// Microseconds in a day, the bound of `time-micros`.
  static let microsecondsPerDay: Int64 = 86_400_000_000

  /// nil when the value fits the node's logical type (or it has none).
  public static func check(
    _ datum: AvroDatum, node: AvroSchemaGraph.Node, instanceLocation: String,
    schemaLocation: String
  ) -> PayloadError? {
    guard let logicalType = node.logicalType, let problem = problem(datum, logicalType) else {
      return nil
    }
    return PayloadError(
      ruleID: problem.rule, instanceLocation: instanceLocation, schemaLocation: schemaLocation,
      message: problem.message)
  }

  /// The rule and message when `datum` does not fit `logicalType`.
  static func problem(_ datum: AvroDatum, _ logicalType: LogicalType) -> (
    rule: RuleID, message: String
  )? {
    let problem: (rule: RuleID, message: String)?
    switch (logicalType.name, datum) {
    case ("decimal", .bytes(let bytes)), ("decimal", .fixed(let bytes)):
      problem = decimalProblem(bytes, logicalType)
    case ("uuid", .string(let text)):
      problem =
        isUUID(text)
        ? nil
        : (
          "PAYLOAD_INVALID_FORMAT",
          "expected a uuid in the 8-4-4-4-12 hex form, found \(AvroJSONText.quoted(text))"
        )
    case ("time-millis", .int(let value)):
      problem =
        (0..<millisecondsPerDay).contains(value)
        ? nil
        : (
          "PAYLOAD_OUT_OF_RANGE",
          "time-millis \(value) is outside a day (0 to \(millisecondsPerDay - 1) milliseconds)"
        )
    case ("time-micros", .long(let value)):
      problem =
        (0..<microsecondsPerDay).contains(value)
        ? nil
        : (
          "PAYLOAD_OUT_OF_RANGE",
          "time-micros \(value) is outside a day (0 to \(microsecondsPerDay - 1) microseconds)"
        )
    case ("duration", .fixed(let bytes)) where bytes.count != 12:
      problem = ("PAYLOAD_FIXED_SIZE", "a duration is 12 bytes, found \(bytes.count)")
    default:
      // date and the timestamps take every int or long; other pairings are not logical values.
      problem = nil
    }
    return problem
  }

  /// The unscaled value of a decimal must have at most `precision` digits (spec, "Decimal").
  static func decimalProblem(_ bytes: [UInt8], _ logicalType: LogicalType) -> (
    rule: RuleID, message: String
  )? {
    guard let precision = logicalType.precision else { return nil }
    let scale = logicalType.scale ?? 0
    let bits = AvroUnscaledDecimal.magnitudeBitCount(twosComplement: bytes)
    // 2^bits has at most floor(bits * log10(2)) + 1 digits, so small values need no conversion;
    // a value of more than 4 bits per allowed digit cannot fit and is not converted either.
    if bits * 30_103 / 100_000 + 1 <= precision { return nil }
    guard bits <= precision * 4 + 4 else {
      return (
        "PAYLOAD_OUT_OF_RANGE",
        "the decimal's unscaled value has \(bits) bits, more than \(logicalType) can hold"
      )
    }
    let (negative, digits) = AvroUnscaledDecimal.decimalDigits(twosComplement: bytes)
    guard digits.count > precision else { return nil }
    let rendered = AvroUnscaledDecimal.render(negative: negative, digits: digits, scale: scale)
    return (
      "PAYLOAD_OUT_OF_RANGE",
      "\(rendered) has \(digits.count) digits, more than the precision of \(logicalType)"
    )
  }

  /// The hyphenated 8-4-4-4-12 hex form that the spec's `uuid` (RFC 4122) is written in.
  static func isUUID(_ text: String) -> Bool {
    let utf8 = text.utf8
    guard utf8.count == 36 else { return false }
    return utf8.withContiguousStorageIfAvailable(isUUID) ?? isUUID(Array(utf8))
  }

  private static func isUUID<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool
  where Bytes.Index == Int {
    for offset in 0..<36 {
      let byte = bytes[bytes.startIndex + offset]
      switch offset {
      case 8, 13, 18, 23:
        guard byte == UInt8(ascii: "-") else { return false }
      default:
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
          UInt8(ascii: "A")...UInt8(ascii: "F"):
          continue
        default: return false
        }
      }
    }
    return true
  }
}
