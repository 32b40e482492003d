import Parsers
import SchemaModel

extension ProtoJSONWalker {
  /// A scalar field's value: numbers (or their text in a string), `true`/`false`, strings, and
  /// base64 for bytes.
  mutating func checkScalar(_ value: JSONValue, _ scalar: ProtoScalar, site: ProtoJSONSite) {
    switch scalar {
    case .int32, .sint32, .sfixed32, .uint32, .fixed32, .int64, .sint64, .sfixed64, .uint64,
      .fixed64:
      switch value.kind {
      case .number(let number): checkInteger(text: number.text, scalar, site: site)
      case .string(let text): checkInteger(text: text, scalar, site: site)
      default:
        report(.typeMismatch(expected: "an integer (\(scalar))", found: value.typeName), at: site)
      }
    case .float, .double:
      checkFloatingPoint(value, scalar, site: site)
    case .bool:
      // Python also refuses "true" in quotes outside map keys.
      guard case .bool = value.kind else {
        report(.typeMismatch(expected: "true or false", found: value.typeName), at: site)
        return
      }
    case .string:
      guard case .string = value.kind else {
        report(.typeMismatch(expected: "a string", found: value.typeName), at: site)
        return
      }
    case .bytes:
      guard case .string(let text) = value.kind else {
        report(.typeMismatch(expected: "a base64 string", found: value.typeName), at: site)
        return
      }
      if let problem = ProtoJSONBase64.problem(in: text) {
        report(.invalidBase64(problem), at: site)
      }
    }
  }

  /// An integer of `scalar`'s range written as `text` (a JSON number or a string's content).
  mutating func checkInteger(text: String, _ scalar: ProtoScalar, site: ProtoJSONSite) {
    let reading = ProtoJSONNumberText.readInteger(text)
    switch reading {
    case .malformed:
      report(.malformedNumber(text), at: site)
    case .notIntegral:
      report(.notIntegral(text), at: site)
    case .overflow, .value:
      if !ProtoJSONNumberText.fits(reading, scalar) {
        report(.integerOutOfRange(text, type: scalar.rawValue), at: site)
      }
    }
  }

  /// float and double: a finite JSON number in range, or a string holding a number or one of
  /// `"NaN"`, `"Infinity"`, `"-Infinity"`.
  private mutating func checkFloatingPoint(
    _ value: JSONValue, _ scalar: ProtoScalar, site: ProtoJSONSite
  ) {
    let text: String
    switch value.kind {
    case .number(let number):
      text = number.text
    case .string(let string):
      if string == "NaN" || string == "Infinity" || string == "-Infinity" { return }
      text = string
    default:
      report(.typeMismatch(expected: "a number (\(scalar))", found: value.typeName), at: site)
      return
    }
    guard let double = ProtoJSONNumberText.readDouble(text) else {
      report(.malformedNumber(text), at: site)
      return
    }
    // Python compares with the largest float exactly, so 3.4028235e38 (which rounds to it in
    // C++) is out of range too.
    let limit =
      scalar == .float ? Double(Float.greatestFiniteMagnitude) : Double.greatestFiniteMagnitude
    if !(double.magnitude <= limit) {
      report(.floatOutOfRange(text, type: scalar.rawValue), at: site)
    }
  }

  /// An enum value: a value's name, or a number (also as a string). Unknown numbers are kept by
  /// open enums and refused by closed ones, as Python's `json_format` does.
  mutating func checkEnum(_ value: JSONValue, named name: String, site: ProtoJSONSite) {
    guard let enumeration = index.enumeration(named: name) else {
      report(.unresolvedType(name), at: site)
      return
    }
    let text: String
    switch value.kind {
    case .string(let string):
      if enumeration.number(named: string) != nil { return }
      guard Self.isSignedDigits(string) else {
        report(
          .unknownEnumName(
            string, enumName: name,
            suggestion: ProtoNameDistance.nearest(
              to: string, among: enumeration.values.map(\.name))),
          at: site, severity: unknownSeverity)
        return
      }
      text = string
    case .number(let number):
      text = number.text
    case .null where name == ProtoWellKnownType.nullValueEnum:
      return
    default:
      report(.typeMismatch(expected: "an enum name or number", found: value.typeName), at: site)
      return
    }
    let reading = ProtoJSONNumberText.readInteger(text)
    switch reading {
    case .malformed:
      report(.malformedNumber(text), at: site)
    case .notIntegral:
      report(.notIntegral(text), at: site)
    case .overflow, .value(_, _):
      guard ProtoJSONNumberText.fits(reading, .int32),
        case .value(let negative, let magnitude) = reading
      else {
        report(.integerOutOfRange(text, type: "an enum (int32)"), at: site)
        return
      }
      let number = Int32(truncatingIfNeeded: negative ? 0 &- Int64(magnitude) : Int64(magnitude))
      if enumeration.isClosed, !enumeration.declares(number) {
        report(.undeclaredEnumNumber(text, enumName: name), at: site)
      }
    }
  }

  /// `[+-]?[0-9]+`: what Python's `int()` reads in an enum string.
  private static func isSignedDigits(_ text: String) -> Bool {
    var digits = 0
    for (offset, byte) in text.utf8.enumerated() {
      if offset == 0, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") { continue }
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
      digits += 1
    }
    return digits > 0
  }
}
