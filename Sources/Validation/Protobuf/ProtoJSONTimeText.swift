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

  /// RFC 3339 as protoc writes and reads it: `YYYY-MM-DDTHH:MM:SS`, an optional fraction of 1 to
  /// 9 digits, then `Z` or `+HH:MM`/`-HH:MM`; uppercase `T` and `Z`; a real calendar date; the
  /// instant (after the offset) between the years 1 and 9999.
  static func readTimestamp(_ text: String) -> Reading {
    let bytes = Array(text.utf8)
    guard bytes.count >= 20 else { return .invalid("too short") }
    guard let year = number(bytes, 0, 4), bytes[4] == UInt8(ascii: "-"),
      let month = number(bytes, 5, 2), bytes[7] == UInt8(ascii: "-"),
      let day = number(bytes, 8, 2)
    else { return .invalid("the date must be YYYY-MM-DD") }
    guard bytes[10] == UInt8(ascii: "T") else { return .invalid("expected 'T' after the date") }
    guard let hour = number(bytes, 11, 2), bytes[13] == UInt8(ascii: ":"),
      let minute = number(bytes, 14, 2), bytes[16] == UInt8(ascii: ":"),
      let second = number(bytes, 17, 2)
    else { return .invalid("the time must be HH:MM:SS") }
    guard year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month, year: year) else {
      return .invalid("no such date")
    }
    guard hour < 24, minute < 60, second < 60 else { return .invalid("no such time of day") }
    var index = 19
    if bytes[index] == UInt8(ascii: ".") {
      index += 1
      let start = index
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      guard (1...9).contains(index - start) else {
        return .invalid("the fraction of a second must have 1 to 9 digits")
      }
    }
    var offsetSeconds: Int64 = 0
    guard index < bytes.count else { return .invalid("missing 'Z' or a +HH:MM offset") }
    if bytes[index] == UInt8(ascii: "Z") {
      index += 1
    } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
      guard bytes.count == index + 6, let offsetHour = number(bytes, index + 1, 2),
        bytes[index + 3] == UInt8(ascii: ":"), let offsetMinute = number(bytes, index + 4, 2),
        offsetHour < 24, offsetMinute < 60
      else { return .invalid("the offset must be +HH:MM or -HH:MM") }
      offsetSeconds = Int64(offsetHour * 3600 + offsetMinute * 60)
      if bytes[index] == UInt8(ascii: "-") { offsetSeconds = -offsetSeconds }
      index += 6
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

  /// The decimal number in `count` bytes at `start`, nil unless all are digits.
  private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
    var value = 0
    for byte in bytes[start..<(start + count)] {
      guard isDigit(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
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
