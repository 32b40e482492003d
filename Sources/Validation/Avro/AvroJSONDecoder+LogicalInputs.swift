import SchemaModel

extension AvroJSONDecoder {
  /// Plain-JSON spellings of logical values that producers write instead of the underlying
  /// type: a decimal as a JSON number or a numeric string, a date as `YYYY-MM-DD` (fastavro's
  /// validate takes ISO dates too). nil when the value is left to the underlying type;
  /// `.some(nil)` after an error.
  func readLogicalInput(
    _ value: JSONValue, _ node: AvroSchemaGraph.Node, _ state: inout AvroJSONReadState
  ) -> AvroDatum?? {
    guard let logicalType = node.logicalType else { return nil }
    switch (logicalType.name, node.kind, value.kind) {
    case ("decimal", .bytes, .number(let number)), ("decimal", .fixed, .number(let number)):
      guard let parsed = AvroDecimalText(number.text) else { return nil }
      return .some(decimal(parsed, text: number.text, node, logicalType, &state))
    case ("decimal", .bytes, .string(let text)), ("decimal", .fixed, .string(let text)):
      // A string that is not a decimal number is the bytes of the Avro encoding.
      guard let parsed = AvroDecimalText(text) else { return nil }
      return .some(decimal(parsed, text: text, node, logicalType, &state))
    case ("date", .int, .string(let text)):
      guard let days = AvroCalendarDate.daysSinceEpoch(text) else {
        report(
          "PAYLOAD_INVALID_FORMAT",
          "expected a date as days since 1970-01-01 or as YYYY-MM-DD, found string "
            + AvroJSONText.quoted(text), &state)
        return .some(nil)
      }
      return .some(.int(days))
    default:
      return nil
    }
  }

  /// The decimal's unscaled value as the bytes or fixed the schema stores it in: at most
  /// `scale` digits after the point and `precision` digits in all.
  private func decimal(
    _ parsed: AvroDecimalText, text: String, _ node: AvroSchemaGraph.Node,
    _ logicalType: LogicalType, _ state: inout AvroJSONReadState
  ) -> AvroDatum? {
    let precision = logicalType.precision ?? 0
    let scale = logicalType.scale ?? 0
    let shown =
      text.count > AvroJSONText.limit ? String(text.prefix(AvroJSONText.limit)) + "…" : text
    guard parsed.fractionDigits <= scale else {
      report(
        "PAYLOAD_OUT_OF_RANGE",
        "\(shown) has \(parsed.fractionDigits) digits after the point, more than the scale of "
          + "\(logicalType)", &state)
      return nil
    }
    guard let digits = parsed.unscaledDigits(scale: scale, limit: precision) else {
      report(
        "PAYLOAD_OUT_OF_RANGE",
        "\(shown) has \(parsed.unscaledDigitCount(scale: scale)) digits at scale \(scale), more "
          + "than the precision of \(logicalType)", &state)
      return nil
    }
    var size: Int?
    if case .fixed(let fixed) = node.kind { size = fixed.size }
    guard
      let bytes = AvroUnscaledDecimal.twosComplement(
        negative: parsed.negative, digits: digits, size: size)
    else {
      report(
        "PAYLOAD_OUT_OF_RANGE",
        "\(shown) does not fit the \(size ?? 0) bytes of \(node.branchName)",
        &state)
      return nil
    }
    if size != nil { return .fixed(bytes) }
    return .bytes(bytes)
  }
}

/// Proleptic Gregorian dates written `YYYY-MM-DD`.
enum AvroCalendarDate {
  /// Days from 1970-01-01 to the date, or nil when the text is not a valid date.
  static func daysSinceEpoch(_ text: String) -> Int32? {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = number(bytes[0..<4]), let month = number(bytes[5..<7]),
      let day = number(bytes[8..<10]), (1...12).contains(month),
      (1...daysInMonth(month, year: year)).contains(day)
    else { return nil }
    // Howard Hinnant's days_from_civil.
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return Int32(era * 146_097 + dayOfEra - 719_468)
  }

  private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for digit in digits {
      guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(digit - UInt8(ascii: "0"))
    }
    return value
  }

  private static func daysInMonth(_ month: Int, year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
