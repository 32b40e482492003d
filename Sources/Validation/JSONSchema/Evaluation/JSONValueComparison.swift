import SchemaModel

/// JSON equality as JSON Schema defines it: numbers by value, object keys in any order.
enum JSONValueComparison {
  static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
    switch (lhs.kind, rhs.kind) {
    case (.null, .null): return true
    case (.bool(let left), .bool(let right)): return left == right
    case (.string(let left), .string(let right)):
      // Swift's `==` on strings is canonical equivalence; JSON compares code points.
      // Equal code points are equal UTF-8 bytes; comparing bytes skips decoding.
      return left.utf8.count == right.utf8.count && left.utf8.elementsEqual(right.utf8)
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

  /// A text equal for two values exactly when `equal` holds, so large arrays can be checked for
  /// duplicates with a set instead of comparing every pair.
  static func canonicalKey(_ value: JSONValue) -> String {
    var key = ""
    appendCanonical(value, to: &key)
    return key
  }

  private static func appendCanonical(_ value: JSONValue, to key: inout String) {
    switch value.kind {
    case .null: key += "n"
    case .bool(let bool): key += bool ? "t" : "f"
    case .number(let number):
      key += "#"
      if let exact = number.int64Value {
        key += String(exact)
      } else {
        let double = number.doubleValue
        if double.rounded() == double, let exact = Int64(exactly: double) {
          key += String(exact)
        } else {
          key += String(double)
        }
      }
    case .string(let string):
      key += "s" + String(string.unicodeScalars.count) + ":"
      key.unicodeScalars.append(contentsOf: string.unicodeScalars)
    case .array(let elements):
      key += "[" + String(elements.count)
      for element in elements {
        key += ","
        appendCanonical(element, to: &key)
      }
      key += "]"
    case .object(let members):
      key += "{" + String(members.count)
      let sorted = members.sorted {
        $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars)
      }
      for member in sorted {
        key += "," + String(member.key.unicodeScalars.count) + ":"
        key.unicodeScalars.append(contentsOf: member.key.unicodeScalars)
        appendCanonical(member.value, to: &key)
      }
      key += "}"
    }
  }

  /// `1 item`, `2 items`: a count with its noun for messages.
  static func counted(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
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
