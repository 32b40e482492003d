/// Reads the JSON texts of `google.protobuf.Timestamp` and `google.protobuf.Duration`.
enum ProtoJSONTimeText {
  /// Seconds of 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z since the Unix epoch.
  static let timestampRange: ClosedRange<Int64> = -62_135_596_800...253_402_300_799
  /// The largest number of whole seconds a Duration may have (10,000 years).
  static let durationLimit: Int64 = 315_576_000_000

  enum Reading: Equatable {
    case valid
    case invalid(String)
    case outOfRange
  }

  /// RFC 3339 as both protoc and Python read it: `YYYY-MM-DDTHH:MM:SS` (month, day and the
  /// time fields may have one digit; at least 20 characters in all), an optional fraction of 1
  /// to 9 digits, then `Z` or `+HH:MM`/`-HH:MM` (any two-digit numbers); uppercase `T` and `Z`;
  /// a real calendar date and time of day; the instant (after the offset) in years 1 to 9999.
  static func readTimestamp(_ text: String) -> Reading {
    let bytes = Array(text.utf8)
    guard bytes.count >= 20 else { return .invalid("too short") }
    var index = 0
    func field(_ minimum: Int, _ maximum: Int, then separator: UInt8?) -> Int? {
      let start = index
      var value = 0
      while index < bytes.count, index - start < maximum, isDigit(bytes[index]) {
        value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
        index += 1
      }
      guard index - start >= minimum else { return nil }
      if let separator {
        guard index < bytes.count, bytes[index] == separator else { return nil }
        index += 1
      }
      return value
    }
    guard let year = field(4, 4, then: UInt8(ascii: "-")),
      let month = field(1, 2, then: UInt8(ascii: "-")), let day = field(1, 2, then: nil)
    else { return .invalid("the date must be YYYY-MM-DD") }
    guard index < bytes.count, bytes[index] == UInt8(ascii: "T") else {
      return .invalid("expected 'T' after the date")
    }
    index += 1
    guard let hour = field(1, 2, then: UInt8(ascii: ":")),
      let minute = field(1, 2, then: UInt8(ascii: ":")), let second = field(1, 2, then: nil)
    else { return .invalid("the time must be HH:MM:SS") }
    guard year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month, year: year) else {
      return .invalid("no such date")
    }
    guard hour < 24, minute < 60, second < 60 else { return .invalid("no such time of day") }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard field(1, 9, then: nil) != nil, index == bytes.count || !isDigit(bytes[index]) else {
        return .invalid("the fraction of a second must have 1 to 9 digits")
      }
    }
    var offsetSeconds: Int64 = 0
    guard index < bytes.count else { return .invalid("missing 'Z' or a +HH:MM offset") }
    if bytes[index] == UInt8(ascii: "Z") {
      index += 1
    } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
      let negative = bytes[index] == UInt8(ascii: "-")
      index += 1
      guard bytes.count == index + 5, let offsetHour = field(2, 2, then: UInt8(ascii: ":")),
        let offsetMinute = field(2, 2, then: nil)
      else { return .invalid("the offset must be +HH:MM or -HH:MM") }
      offsetSeconds = Int64(offsetHour * 3600 + offsetMinute * 60)
      if negative { offsetSeconds = -offsetSeconds }
    } else {
      return .invalid("missing 'Z' or a +HH:MM offset")
    }
    guard index == bytes.count else { return .invalid("unexpected text after the time zone") }
    let local =
      daysFromCivil(year: year, month: month, day: day) * 86_400
      + Int64(hour * 3600 + minute * 60 + second)
    return timestampRange.contains(local - offsetSeconds) ? .valid : .outOfRange
  }

  /// `-?digits(.digits{1,9})?s`, whole seconds within ±315,576,000,000.
  static func readDuration(_ text: String) -> Reading {
    let bytes = Array(text.utf8)
    guard bytes.last == UInt8(ascii: "s") else { return .invalid("it must end with 's'") }
    var index = bytes.first == UInt8(ascii: "-") ? 1 : 0
    var seconds: Int64 = 0
    var digits = 0
    while index < bytes.count - 1, isDigit(bytes[index]) {
      // Saturate: any value this large is out of range anyway.
      seconds = min(seconds * 10 + Int64(bytes[index] - UInt8(ascii: "0")), durationLimit + 1)
      digits += 1
      index += 1
    }
    guard digits > 0 else { return .invalid("expected digits before 's'") }
    if bytes[index] == UInt8(ascii: ".") {
      index += 1
      let start = index
      while index < bytes.count - 1, isDigit(bytes[index]) { index += 1 }
      guard (1...9).contains(index - start) else {
        return .invalid("the fraction of a second must have 1 to 9 digits")
      }
    }
    guard index == bytes.count - 1 else { return .invalid("expected seconds like 1.5s") }
    return seconds <= durationLimit ? .valid : .outOfRange
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func daysIn(_ month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
    let y = Int64(month <= 2 ? year - 1 : year)
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = Int64(month > 2 ? month - 3 : month + 9)
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + Int64(day) - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
