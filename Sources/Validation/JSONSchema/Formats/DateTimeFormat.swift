/// RFC 3339 `date-time`, `full-date` and `full-time` (leap seconds only at 23:59:60 UTC).
enum DateTimeFormat {
  static func isDateTime(_ value: String) -> Bool {
    var scanner = FormatScanner(value)
    return date(&scanner) && scanner.take("T", ignoringCase: true) && time(&scanner)
      && scanner.isAtEnd
  }

  static func isDate(_ value: String) -> Bool {
    var scanner = FormatScanner(value)
    return date(&scanner) && scanner.isAtEnd
  }

  static func isTime(_ value: String) -> Bool {
    var scanner = FormatScanner(value)
    return time(&scanner) && scanner.isAtEnd
  }

  private static func date(_ scanner: inout FormatScanner) -> Bool {
    guard let year = scanner.digits(4), scanner.take("-"), let month = scanner.digits(2),
      scanner.take("-"), let day = scanner.digits(2), (1...12).contains(month)
    else { return false }
    return day >= 1 && day <= daysIn(month: month, year: year)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  private static func time(_ scanner: inout FormatScanner) -> Bool {
    guard let hour = scanner.digits(2), scanner.take(":"), let minute = scanner.digits(2),
      scanner.take(":"), let second = scanner.digits(2), hour < 24, minute < 60, second <= 60
    else { return false }
    if scanner.take(".") {
      guard scanner.digits(1) != nil else { return false }
      while scanner.digits(1) != nil {}
    }
    var offsetMinutes = 0
    if !scanner.take("Z", ignoringCase: true) {
      let sign: Int
      if scanner.take("+") {
        sign = 1
      } else if scanner.take("-") {
        sign = -1
      } else {
        return false
      }
      guard let offsetHour = scanner.digits(2), scanner.take(":"),
        let offsetMinute = scanner.digits(2), offsetHour < 24, offsetMinute < 60
      else { return false }
      offsetMinutes = sign * (offsetHour * 60 + offsetMinute)
    }
    if second == 60 {
      // A leap second is the last second of a UTC day.
      let utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
      return utc == 23 * 60 + 59
    }
    return true
  }
}
