/// ISO 8601 durations as RFC 3339 Appendix A writes them (`P1Y2M3DT4H5M6S`, `P2W`).
enum DurationFormat {
  static func isValid(_ value: String) -> Bool {
    var scanner = FormatScanner(value)
    guard scanner.take("P") else { return false }
    // Each element is digits followed by a designator; the designators must come in order.
    var elements: [Unicode.Scalar] = []
    var inTime = false
    var timeElements = 0
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
      elements.append(inTime ? Unicode.Scalar(UInt8(designator.value | 0x80)) : designator)
      if inTime { timeElements += 1 }
    }
    if inTime && timeElements == 0 { return false }
    let date = elements.filter { $0.value < 0x80 }.map(Character.init)
    let time = elements.filter { $0.value >= 0x80 }
      .compactMap { Unicode.Scalar($0.value & 0x7F) }.map(Character.init)
    if date == ["W"] { return time.isEmpty }
    let dateOrders: Set<String> = ["", "Y", "M", "D", "YM", "MD", "YMD"]
    let timeOrders: Set<String> = ["", "H", "M", "S", "HM", "MS", "HMS"]
    guard dateOrders.contains(String(date)), timeOrders.contains(String(time)) else {
      return false
    }
    return !(date.isEmpty && time.isEmpty)
  }
}
