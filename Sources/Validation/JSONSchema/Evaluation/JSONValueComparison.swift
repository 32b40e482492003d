import SchemaModel

/// JSON equality as JSON Schema defines it: numbers by value, object keys in any order.
enum JSONValueComparison {
  static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
    switch (lhs.kind, rhs.kind) {
    case (.null, .null): return true
    case (.bool(let left), .bool(let right)): return left == right
    case (.string(let left), .string(let right)):
      // Swift's `==` on strings is canonical equivalence; JSON compares code points.
      return left.unicodeScalars.elementsEqual(right.unicodeScalars)
    case (.number(let left), .number(let right)): return compare(left, right) == 0
    case (.array(let left), .array(let right)):
      return left.count == right.count && zip(left, right).allSatisfy { equal($0, $1) }
    case (.object(let left), .object(let right)):
      guard left.count == right.count else { return false }
      return left.allSatisfy { member in
        right.contains { $0.key == member.key && equal($0.value, member.value) }
      }
    default: return false
    }
  }

  /// -1, 0 or 1; exact for integers that fit in 64 bits, otherwise by nearest Double.
  static func compare(_ lhs: JSONNumber, _ rhs: JSONNumber) -> Int {
    if let left = lhs.int64Value, let right = rhs.int64Value {
      return left < right ? -1 : (left == right ? 0 : 1)
    }
    let left = lhs.doubleValue
    let right = rhs.doubleValue
    return left < right ? -1 : (left == right ? 0 : 1)
  }

  /// True when the number has no fractional part (`1.0` counts unless `literalOnly`).
  static func isInteger(_ number: JSONNumber, literalOnly: Bool) -> Bool {
    if number.isIntegerLiteral { return true }
    if literalOnly { return false }
    let value = number.doubleValue
    return value.isFinite && value.rounded(.towardZero) == value
  }

  /// A short rendering of a value for messages.
  static func describe(_ value: JSONValue) -> String {
    switch value.kind {
    case .null: return "null"
    case .bool(let bool): return bool ? "true" : "false"
    case .number(let number): return number.text
    case .string(let string):
      let shown = string.count > 40 ? String(string.prefix(40)) + "…" : string
      return "\"" + shown + "\""
    case .array(let elements): return "an array of \(elements.count) items"
    case .object: return "an object"
    }
  }
}
