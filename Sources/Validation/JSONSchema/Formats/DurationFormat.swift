/// ISO 8601 durations as RFC 3339 Appendix A writes them (`P1Y2M3DT4H5M6S`, `P2W`).
enum DurationFormat {
  static func isValid(_ value: String) -> Bool {
    var scanner = FormatScanner(value)
    guard scanner.take("P") else { return false }
    // Each element is digits followed by a designator; the designators must come in order.
    var dateDesignators = ""
    var timeDesignators = ""
    var inTime = false
    while let next = scanner.peek {
      if next == "T" {
        guard !inTime else { return false }
        inTime = true
        scanner.index += 1
        continue
      }
      var digitCount = 0
      while let digit = scanner.peek, digit.isASCIIDigit {
        digitCount += 1
        scanner.index += 1
      }
      guard digitCount > 0, let designator = scanner.peek else { return false }
      scanner.index += 1
      if inTime {
        timeDesignators.unicodeScalars.append(designator)
      } else {
        dateDesignators.unicodeScalars.append(designator)
      }
    }
    if inTime && timeDesignators.isEmpty { return false }
    if dateDesignators == "W" { return timeDesignators.isEmpty }
    let dateOrders: Set<String> = ["", "Y", "M", "D", "YM", "MD", "YMD"]
    let timeOrders: Set<String> = ["", "H", "M", "S", "HM", "MS", "HMS"]
    return dateOrders.contains(dateDesignators) && timeOrders.contains(timeDesignators)
      && !(dateDesignators.isEmpty && timeDesignators.isEmpty)
  }
}
