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

  /// An integer of `scalar`'s range written as `text` (a JSON number, a string's content, or
  /// with `digitsOnly` a map key, which protoc reads with `SimpleAtoi` alone).
  mutating func checkInteger(
    text: String, _ scalar: ProtoScalar, site: ProtoJSONSite, digitsOnly: Bool = false
  ) {
    let reading = ProtoJSONNumberText.readInteger(text, digitsOnly: digitsOnly)
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
  /// `"NaN"`, `"Infinity"`, `"-Infinity"` (see `ProtoJSONNumberText.readFloatString`).
  private mutating func checkFloatingPoint(
    _ value: JSONValue, _ scalar: ProtoScalar, site: ProtoJSONSite
  ) {
    switch value.kind {
    case .number(let number):
      guard let double = ProtoJSONNumberText.readDouble(number.text) else {
        report(.malformedNumber(number.text), at: site)
        return
      }
      // Python compares with the largest float exactly, so 3.4028235e38 (which rounds to it
      // in C++) is out of range too; a number too large for a double is out of range in both.
      let limit =
        scalar == .float ? Double(Float.greatestFiniteMagnitude) : Double.greatestFiniteMagnitude
      if !(double.magnitude <= limit) {
        report(.floatOutOfRange(number.text, type: scalar.rawValue), at: site)
      }
    case .string(let text):
      guard let double = ProtoJSONNumberText.readFloatString(text) else {
        report(.malformedNumber(text), at: site)
        return
      }
      // protoc refuses a finite string value that overflows a float; Python checks only
      // numbers, and both take a string too large for a double as infinity.
      if scalar == .float, double.isFinite, Float(double).isInfinite {
        report(.floatOutOfRange(text, type: scalar.rawValue), at: site)
      }
    default:
      report(.typeMismatch(expected: "a number (\(scalar))", found: value.typeName), at: site)
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
      guard let digits = ProtoJSONNumberText.signedDigits(string) else {
        report(
          .unknownEnumName(
            string, enumName: name,
            suggestion: ProtoNameDistance.nearest(
              to: string, among: enumeration.values.map(\.name))),
          at: site, severity: unknownSeverity)
        return
      }
      text = digits
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
    case .overflow, .value:
      guard ProtoJSONNumberText.fits(reading, .int32),
        case .value(let negative, let magnitude, _) = reading
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
}
