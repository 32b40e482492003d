import SchemaModel

/// Where and why a field default does not fit its type.
struct AvroDefaultMismatch: Hashable, Sendable {
  /// JSON-pointer-like path inside the default value; empty for the value itself.
  var path: String
  var expected: String
  var found: String
  var position: TextPosition
}

/// Checks a field's `default` against the field's type, as the spec's field-default table says
/// and as Java's `Schema.isValidDefault` (on by default since 1.9) applies it.
///
/// Rules, and where they come from:
/// - int and long: an integer literal (no fraction, no exponent) within 32 or 64 bits.
/// - float and double: any JSON number. When the field's type itself is float or double (not a
///   union branch, array item or record field inside the default), Java first turns a string
///   default into a number with `Double.valueOf`, so `"NaN"`, `"-Infinity"` and `"1.5"` are
///   accepted there, as in Java; any other string is refused (Java throws).
/// - bytes and fixed: a string whose code points are all 0-255; fixed: exactly `size` of them.
/// - enum: one of the symbols. record: an object whose fields are checked in turn, a missing one
///   taking its own default. array and map: every element or value.
/// - union: the value must fit one of the branches (1.12 spec, "Unions"; Java 1.12 does the same).
///   The 1.11 rule "the first branch" is not applied, so `["null","string"]` with default `"x"`
///   is accepted.
/// - references to types defined in other files are not checked here.
struct AvroDefaultValidator {
  /// Named types of the file by full name.
  let namedTypes: [String: TypeNode]
  /// Guards against record defaults whose missing fields take defaults of the same record.
  static let maxDepth = 256

  /// The first mismatch of `value` against `type`, or nil when the default fits.
  func mismatch(of value: JSONValue, against type: TypeNode) -> AvroDefaultMismatch? {
    switch (type.kind, value.stringValue) {
    case (.primitive(.float), let text?), (.primitive(.double), let text?):
      if Self.isJavaDoubleString(text) { return nil }
    default:
      break
    }
    return mismatch(of: value, against: type, path: "", depth: 0)
  }

  /// What Java's `Double.valueOf` parses, hexadecimal literals aside: surrounding whitespace,
  /// a sign, then `NaN`, `Infinity` or a decimal number with an optional `f`/`d` suffix.
  static func isJavaDoubleString(_ text: String) -> Bool {
    var scalars = Substring(text).unicodeScalars.drop { $0.value <= 0x20 }
    while let last = scalars.last, last.value <= 0x20 { scalars = scalars.dropLast() }
    if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
    let body = String(String.UnicodeScalarView(scalars))
    if body == "NaN" || body == "Infinity" { return true }
    var digits = Substring(body)
    if let last = digits.last, "fFdD".contains(last) { digits = digits.dropLast() }
    // Mantissa: digits with at most one dot and at least one digit; then an optional exponent.
    let exponentMark = digits.firstIndex { $0 == "e" || $0 == "E" }
    let mantissa = digits[..<(exponentMark ?? digits.endIndex)]
    let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
    guard mantissa.filter({ $0 == "." }).count <= 1, mantissa.contains(where: isDigit),
      mantissa.allSatisfy({ isDigit($0) || $0 == "." })
    else { return false }
    guard let exponentMark else { return true }
    var exponent = digits[digits.index(after: exponentMark)...]
    if let sign = exponent.first, sign == "+" || sign == "-" { exponent = exponent.dropFirst() }
    return !exponent.isEmpty && exponent.allSatisfy(isDigit)
  }

  private func mismatch(
    of value: JSONValue, against type: TypeNode, path: String, depth: Int
  ) -> AvroDefaultMismatch? {
    func fail(_ expected: String, found: String? = nil) -> AvroDefaultMismatch {
      AvroDefaultMismatch(
        path: path, expected: expected, found: found ?? value.typeName, position: value.position)
    }
    guard depth < Self.maxDepth else { return nil }
    switch type.kind {
    case .primitive(let primitive):
      return primitiveMismatch(value, primitive, fail: fail)
    case .enumeration(let enumeration):
      guard let symbol = value.stringValue else {
        return fail("a symbol of enum \(enumeration.name.name)")
      }
      guard enumeration.symbols.contains(where: { $0.name == symbol }) else {
        return fail(
          "a symbol of enum \(enumeration.name.name)", found: "'\(symbol)', which is not one")
      }
      return nil
    case .fixed(let fixed):
      guard let text = value.stringValue else {
        return fail("a string of \(fixed.size) characters \\u0000-\\u00FF")
      }
      if let problem = byteStringProblem(text) { return fail("a byte string", found: problem) }
      let count = text.unicodeScalars.count
      guard count == fixed.size else {
        return fail(
          "a string of \(fixed.size) characters \\u0000-\\u00FF", found: "\(count) characters")
      }
      return nil
    case .array(let items):
      guard let elements = value.elements else { return fail("an array") }
      for (index, element) in elements.enumerated() {
        if let found = mismatch(
          of: element, against: items, path: "\(path)/\(index)", depth: depth + 1)
        {
          return found
        }
      }
      return nil
    case .map(let values):
      guard let members = value.members else { return fail("an object (a map)") }
      for member in members {
        if let found = mismatch(
          of: member.value, against: values, path: "\(path)/\(member.key)", depth: depth + 1)
        {
          return found
        }
      }
      return nil
    case .record(let record):
      guard value.members != nil else { return fail("an object (record \(record.name.name))") }
      for field in record.fields {
        guard let fieldValue = value[field.name] ?? field.defaultValue else {
          return fail(
            "an object with field '\(field.name)' (it has no default)", found: "none")
        }
        if let found = mismatch(
          of: fieldValue, against: field.type, path: "\(path)/\(field.name)", depth: depth + 1)
        {
          return found
        }
      }
      return nil
    case .union(let branches):
      let fits = branches.contains {
        mismatch(of: value, against: $0, path: path, depth: depth + 1) == nil
      }
      if fits { return nil }
      let names = branches.map(\.displayName).joined(separator: ", ")
      return fail("a value of one of the union's types (\(names))")
    case .reference(let name):
      guard let definition = namedTypes[name.fullName] else { return nil }
      return mismatch(of: value, against: definition, path: path, depth: depth + 1)
    case .any:
      return nil
    }
  }

  private func primitiveMismatch(
    _ value: JSONValue, _ primitive: PrimitiveType,
    fail: (String, String?) -> AvroDefaultMismatch
  ) -> AvroDefaultMismatch? {
    switch primitive {
    case .null:
      return value.isNull ? nil : fail("null", nil)
    case .boolean:
      if case .bool = value.kind { return nil }
      return fail("a boolean", nil)
    case .int, .long:
      let expected = primitive == .int ? "an int" : "a long"
      guard case .number(let number) = value.kind else { return fail(expected, nil) }
      guard number.isIntegerLiteral else { return fail(expected, "\(number.text)") }
      guard let wide = number.int64Value, primitive == .long || Int32(exactly: wide) != nil else {
        return fail(expected, "\(number.text), which is out of range")
      }
      return nil
    case .float, .double:
      if case .number = value.kind { return nil }
      return fail(primitive == .float ? "a float" : "a double", nil)
    case .string:
      return value.stringValue == nil ? fail("a string", nil) : nil
    case .bytes:
      guard let text = value.stringValue else { return fail("a byte string", nil) }
      if let problem = byteStringProblem(text) { return fail("a byte string", problem) }
      return nil
    }
  }

  /// Bytes defaults map code points 0-255 to byte values; anything above has no byte.
  private func byteStringProblem(_ text: String) -> String? {
    guard let scalar = text.unicodeScalars.first(where: { $0.value > 0xFF }) else { return nil }
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "a string with the character U+\(String(repeating: "0", count: max(0, 4 - hex.count)))"
      + "\(hex), above \\u00FF"
  }
}
