import Testing

@testable import Validation

@Suite struct AvroDecimalTextTests {
  @Test(arguments: [
    ("0", AvroDecimalText.Integral.integer(0)),
    ("-0.0e5", .integer(0)),
    ("120", .integer(120)),
    ("1.20e2", .integer(120)),
    ("-9223372036854775808", .integer(Int64.min)),
    ("9223372036854775808", .tooLarge),
    ("1e19", .tooLarge),
    ("1.5", .fraction),
    ("15e-1", .fraction),
  ])
  func integral(text: String, expected: AvroDecimalText.Integral) throws {
    #expect(try #require(AvroDecimalText(text)).integral == expected)
  }

  @Test(arguments: ["", "-", "1.", ".5", "1e", "01x", "+1", "1 ", "NaN"])
  func notNumbers(text: String) {
    #expect(AvroDecimalText(text) == nil)
  }

  @Test func unscaledDigits() throws {
    let value = try #require(AvroDecimalText("-12.50"))
    #expect(value.negative)
    #expect(value.fractionDigits == 1)
    #expect(value.unscaledDigits(scale: 2, limit: 4) == Array("1250".utf8))
    #expect(value.unscaledDigits(scale: 2, limit: 3) == nil)
    #expect(value.unscaledDigits(scale: 0, limit: 9) == nil)
    #expect(value.unscaledDigitCount(scale: 3) == 5)
  }

  @Test(arguments: [
    ("0", Int64?.some(0)), ("-7", -7), ("123456789012345678", 123_456_789_012_345_678),
    ("1234567890123456789", nil), ("1.0", nil), ("-", nil), ("1e2", nil),
  ])
  func shortIntegers(text: String, expected: Int64?) {
    #expect(AvroDecimalText.shortInteger(text) == expected)
  }
}
