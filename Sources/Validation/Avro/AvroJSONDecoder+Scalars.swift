import SchemaModel

extension AvroJSONDecoder {
  /// int and long: a JSON integer in range. Plain JSON takes integer literals only, as
  /// fastavro's validate does (`1.0` loads as a Python float); the Avro JSON encoding also takes
  /// an integral value written with a fraction or exponent (`1.0`, `1e2`), as Java's reader does.
  func readInteger(
    _ value: JSONValue, _ index: Int, wide: Bool, build: Bool, _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    guard case .number(let number) = value.kind else { return mismatch(value, index, &state) }
    var integer: Int64
    if let literal = AvroDecimalText.shortInteger(number.text) {
      integer = literal
    } else if number.isIntegerLiteral, let literal = Int64(number.text) {
      integer = literal
    } else {
      switch AvroDecimalText(number.text)?.integral {
      case .integer(let integral) where encoding == .json:
        integer = integral
      case .tooLarge where encoding == .json || number.isIntegerLiteral:
        return outOfRange(number.text, wide: wide, &state)
      default:
        return mismatch(value, index, &state)
      }
    }
    if wide { return build ? .long(integer) : .null }
    guard let narrow = Int32(exactly: integer) else {
      return outOfRange(number.text, wide: wide, &state)
    }
    return build ? .int(narrow) : .null
  }

  private func outOfRange(
    _ text: String, wide: Bool, _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    report(
      "PAYLOAD_OUT_OF_RANGE",
      wide
        ? "\(text) is outside the long range (\(Int64.min) to \(Int64.max))"
        : "\(text) is outside the int range (\(Int32.min) to \(Int32.max))", &state)
    return nil
  }

  /// float and double: any JSON number (integers too). The Avro JSON encoding also takes the
  /// strings `NaN`, `Infinity` and `-Infinity`, which Java's JSON encoder writes for them.
  func readFloatingPoint(
    _ value: JSONValue, _ index: Int, single: Bool, build: Bool, _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    let double: Double
    switch value.kind {
    case .number(let number):
      guard build else { return .null }
      double = Double(number.text) ?? number.doubleValue
    case .string("NaN") where encoding == .json: double = .nan
    case .string("Infinity") where encoding == .json: double = .infinity
    case .string("-Infinity") where encoding == .json: double = -.infinity
    default: return mismatch(value, index, &state)
    }
    guard build else { return .null }
    return single ? .float(Float(double)) : .double(double)
  }

  /// bytes and fixed are written as strings of code points up to U+00FF, one byte each
  /// (the spec's JSON encoding, ISO-8859-1). Without `build` only the count is found.
  func latin1Bytes(
    _ string: String, build: Bool, _ state: inout AvroJSONReadState
  ) -> (bytes: [UInt8], count: Int)? {
    let utf8 = string.utf8
    if utf8.allSatisfy({ $0 < 0x80 }) { return (build ? Array(utf8) : [], utf8.count) }
    var bytes: [UInt8] = []
    if build { bytes.reserveCapacity(utf8.count) }
    var count = 0
    for scalar in string.unicodeScalars {
      guard scalar.value <= 0xFF else {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        report(
          "PAYLOAD_INVALID_BYTES",
          "bytes are written one code point per byte (U+0000 to U+00FF), found '\(scalar)' "
            + "(\(code)) at position \(count)", &state)
        return nil
      }
      if build { bytes.append(UInt8(scalar.value)) }
      count += 1
    }
    return (bytes, count)
  }

  func readFixed(
    _ value: JSONValue, _ index: Int, size: Int, build: Bool, _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    guard case .string(let string) = value.kind else { return mismatch(value, index, &state) }
    guard let bytes = latin1Bytes(string, build: build, &state) else { return nil }
    guard bytes.count == size else {
      report(
        "PAYLOAD_FIXED_SIZE",
        "fixed \(graph[index].branchName) is \(size) bytes, found \(bytes.count)", &state)
      return nil
    }
    return build ? .fixed(bytes.bytes) : .null
  }

  func readEnum(
    _ value: JSONValue, _ index: Int, _ enumeration: AvroJSONReadPlan.EnumLayout, build: Bool,
    _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    guard case .string(let symbol) = value.kind else { return mismatch(value, index, &state) }
    guard let position = enumeration.symbolIndex[symbol] else {
      report(
        "PAYLOAD_UNKNOWN_SYMBOL",
        "unknown symbol \(AvroJSONText.quoted(symbol)) of enum \(enumeration.name.fullName); "
          + "expected one of \(AvroJSONText.list(enumeration.symbols))"
          + AvroSpelling.suggestion(for: symbol, among: enumeration.symbols), &state)
      return nil
    }
    return build ? .enumSymbol(index: position, symbol: symbol) : .null
  }
}
