import SchemaModel
import Testing

@testable import Parsers

struct AvroLogicalTypeCase: CustomTestStringConvertible, Sendable {
  var schema: String
  var expected: LogicalType?
  var testDescription: String { schema }

  init(_ schema: String, _ expected: LogicalType?) {
    self.schema = schema
    self.expected = expected
  }
}

private let validCases: [AvroLogicalTypeCase] = [
  .init(
    #"{"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2}"#,
    LogicalType(name: "decimal", precision: 9, scale: 2)),
  .init(
    #"{"type": "bytes", "logicalType": "decimal", "precision": 4}"#,
    LogicalType(name: "decimal", precision: 4, scale: 0)),
  .init(
    #"{"type": "fixed", "name": "D", "size": 2, "logicalType": "decimal", "precision": 4}"#,
    LogicalType(name: "decimal", precision: 4, scale: 0)),
  .init(
    #"{"type": "fixed", "name": "D", "size": 16, "logicalType": "decimal", "precision": 38, "scale": 38}"#,
    LogicalType(name: "decimal", precision: 38, scale: 38)),
  .init(#"{"type": "bytes", "logicalType": "big-decimal"}"#, LogicalType(name: "big-decimal")),
  .init(#"{"type": "string", "logicalType": "uuid"}"#, LogicalType(name: "uuid")),
  .init(
    #"{"type": "fixed", "name": "U", "size": 16, "logicalType": "uuid"}"#,
    LogicalType(name: "uuid")),
  .init(#"{"type": "int", "logicalType": "date"}"#, LogicalType(name: "date")),
  .init(#"{"type": "int", "logicalType": "time-millis"}"#, LogicalType(name: "time-millis")),
  .init(#"{"type": "long", "logicalType": "time-micros"}"#, LogicalType(name: "time-micros")),
  .init(
    #"{"type": "long", "logicalType": "timestamp-millis"}"#, LogicalType(name: "timestamp-millis")),
  .init(
    #"{"type": "long", "logicalType": "timestamp-micros"}"#, LogicalType(name: "timestamp-micros")),
  .init(
    #"{"type": "long", "logicalType": "timestamp-nanos"}"#, LogicalType(name: "timestamp-nanos")),
  .init(
    #"{"type": "long", "logicalType": "local-timestamp-millis"}"#,
    LogicalType(name: "local-timestamp-millis")),
  .init(
    #"{"type": "long", "logicalType": "local-timestamp-micros"}"#,
    LogicalType(name: "local-timestamp-micros")),
  .init(
    #"{"type": "long", "logicalType": "local-timestamp-nanos"}"#,
    LogicalType(name: "local-timestamp-nanos")),
  .init(
    #"{"type": "fixed", "name": "Dur", "size": 12, "logicalType": "duration"}"#,
    LogicalType(name: "duration")),
]

/// Invalid or unknown logical types: the node keeps its underlying type, no logical type, and
/// the attribute stays among the custom properties.
private let degradedCases: [AvroLogicalTypeCase] = [
  .init(#"{"type": "string", "logicalType": "iso-datetime"}"#, nil),
  .init(#"{"type": "long", "logicalType": "date"}"#, nil),
  .init(#"{"type": "bytes", "logicalType": "decimal", "precision": 2, "scale": 3}"#, nil),
  .init(
    #"{"type": "fixed", "name": "D", "size": 1, "logicalType": "decimal", "precision": 3}"#, nil),
  .init(#"{"type": "fixed", "name": "U", "size": 12, "logicalType": "uuid"}"#, nil),
  .init(#"{"type": "int", "logicalType": "timestamp-millis"}"#, nil),
  .init(#"{"type": "record", "name": "R", "fields": [], "logicalType": "date"}"#, nil),
]

@Suite("Avro logical types")
struct AvroLogicalTypeTests {
  @Test(arguments: validCases)
  func validLogicalTypesAreKept(_ testCase: AvroLogicalTypeCase) throws {
    let document = AvroTestSupport.parse(testCase.schema)
    #expect(document.diagnostics == [])
    let root = try #require(document.root)
    #expect(root.logicalType == testCase.expected)
    let consumed: Set<String> = ["logicalType", "precision", "scale"]
    #expect(root.properties.allSatisfy { !consumed.contains($0.key) })
  }

  @Test(arguments: degradedCases)
  func invalidLogicalTypesDegradeWithAWarning(_ testCase: AvroLogicalTypeCase) throws {
    let document = AvroTestSupport.parse(testCase.schema)
    #expect(document.diagnostics.map(\.ruleID) == ["AVRO_INVALID_LOGICAL_TYPE"])
    #expect(document.diagnostics.allSatisfy { $0.severity == .warning })
    #expect(!document.hasErrors)
    let root = try #require(document.root)
    #expect(root.logicalType == nil)
    #expect(root.properties.contains { $0.key == "logicalType" })
  }

  @Test func maxDecimalPrecisionMatchesTheSpecFormula() {
    // floor(log10(2^(8n-1) - 1)) for n = 1...4, 8, 16.
    let expected = [1: 2, 2: 4, 3: 6, 4: 9, 8: 18, 16: 38]
    for (size, digits) in expected {
      #expect(AvroLogicalTypes.maxDecimalPrecision(fixedSize: size) == digits)
    }
    #expect(AvroLogicalTypes.maxDecimalPrecision(fixedSize: 0) == 0)
  }
}
