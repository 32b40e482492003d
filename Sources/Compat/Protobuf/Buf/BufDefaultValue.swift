import Parsers
import SchemaModel

/// A field's default (`[default = ...]`, or the type's zero value) as Buf compares and prints
/// it: numbers, bools and enum values compare by number (so `true` equals `1`), strings and
/// bytes by their bytes.
struct BufDefaultValue {
  enum Value: Equatable {
    case number(Double)
    case bytes([UInt8])
  }

  var value: Value
  /// `"abc"`, `[0x61,0x62]`, `123`, `true`, `Enum.ABC`.
  var text: String

  /// nil for fields that cannot have a default (repeated, maps, messages) or unreadable ones.
  init?(_ option: ProtoOption?, _ entry: BufFieldEntry, _ index: BufImageIndex) {
    let cardinality = index.cardinality(entry)
    guard cardinality != .repeated, cardinality != .map else { return nil }
    let type = index.fieldType(entry)
    switch type.kind {
    case "message", "group":
      return nil
    case "string":
      let text = option.flatMap(Self.stringValue) ?? ""
      (value, self.text) = (.bytes(Array(text.utf8)), "\"\(text)\"")
    case "bytes":
      let bytes = Array((option.flatMap(Self.stringValue) ?? "").utf8)
      let hex = bytes.map { byte in
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
      }
      (value, text) = (.bytes(bytes), "[" + hex.joined(separator: ",") + "]")
    case "bool":
      let flag = option.map { BufNames.optionText($0.value) == "true" } ?? false
      (value, text) = (.number(flag ? 1 : 0), flag ? "true" : "false")
    case "enum":
      guard let name = type.typeName, let enumType = index.allEnums[name] else { return nil }
      let written = option.map { BufNames.optionText($0.value) }
      guard let symbol = enumType.values.first(where: { $0.name == written ?? $0.name }) else {
        return nil
      }
      (value, text) = (.number(Double(symbol.number)), "\(enumType.name).\(symbol.name)")
    default:
      guard let option else {
        (value, text) = (.number(0), "0")
        return
      }
      guard let number = Self.number(BufNames.optionText(option.value)) else { return nil }
      (value, text) = (.number(number), Self.format(number))
    }
  }

  func sameValue(as other: BufDefaultValue) -> Bool { value == other.value }

  private static func stringValue(_ option: ProtoOption) -> String? {
    if case .string(let text) = option.value { return text }
    return nil
  }

  /// Decimal, hex (`0x40`) and octal (`017`) integers, and floats, with a sign.
  private static func number(_ text: String) -> Double? {
    var body = Substring(text)
    var sign = 1.0
    if body.hasPrefix("-") {
      sign = -1
      body = body.dropFirst()
    } else if body.hasPrefix("+") {
      body = body.dropFirst()
    }
    if body.hasPrefix("0x") || body.hasPrefix("0X") {
      return UInt64(body.dropFirst(2), radix: 16).map { sign * Double($0) }
    }
    if body.count > 1, body.hasPrefix("0"), body.allSatisfy(\.isNumber) {
      return UInt64(body.dropFirst(), radix: 8).map { sign * Double($0) }
    }
    switch body.lowercased() {
    case "inf", "infinity": return sign * .infinity
    case "nan": return .nan
    default: return Double(body).map { sign * $0 }
    }
  }

  /// Go's `%v` for the common cases: integral values without a fraction.
  private static func format(_ number: Double) -> String {
    if number.isFinite, number == number.rounded(), abs(number) < 1e18 {
      return String(Int64(number))
    }
    return "\(number)"
  }
}
