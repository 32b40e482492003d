import Parsers
import SchemaModel
import Testing

@testable import Compat

/// The JSON Schema diff's depth limit: deep schemas are compared on a large stack, deeper ones
/// (nesting or `$ref` chains) end with `tooDeep` instead of overflowing the stack.
@Suite struct ConfluentJSONSchemaDepthTests {
  private static func nested(_ levels: Int, leaf: String) throws -> JSONValue {
    try JSONReader.parse(
      String(repeating: #"{"type":"object","properties":{"a":"#, count: levels) + leaf
        + String(repeating: "}}", count: levels))
  }

  private static func chain(_ links: Int, leaf: String) throws -> JSONValue {
    let definitions = (0..<links).map { index in
      let next = index + 1 < links ? ##"{"$ref":"#/$defs/d\##(index + 1)"}"## : leaf
      return #""d\#(index)":{"type":"object","properties":{"x":\#(next)}}"#
    }
    return try JSONReader.parse(
      ##"{"$ref":"#/$defs/d0","$defs":{"## + definitions.joined(separator: ",") + "}}")
  }

  @Test(arguments: [5, ConfluentJSONSchemaDiff.callerStackDepth + 1, 250])
  func nestingWithinTheLimitIsCompared(levels: Int) throws {
    let differences = try ConfluentJSONSchemaDiff.compare(
      original: Self.nested(levels, leaf: #"{"type":"integer"}"#),
      update: Self.nested(levels, leaf: #"{"type":"string"}"#))
    let path = "#/" + Array(repeating: "properties/a", count: levels).joined(separator: "/")
    #expect(differences.map(\.jsonPath) == [path])
    #expect(differences.map(\.type) == [.typeChanged])
  }

  @Test func refChainPastTheLimitIsRefused() throws {
    let original = try Self.chain(1_500, leaf: #"{"type":"integer"}"#)
    let update = try Self.chain(1_500, leaf: #"{"type":"string"}"#)
    #expect {
      try ConfluentJSONSchemaDiff.compare(original: original, update: update)
    } throws: { error in
      guard case .tooDeep(let limit, _) = error as? ConfluentJSONSchemaError else { return false }
      return limit == ConfluentJSONSchemaDiff.depthLimit
    }
  }

  @Test func refChainWithinTheLimitIsCompared() throws {
    let differences = try ConfluentJSONSchemaDiff.compare(
      original: Self.chain(300, leaf: #"{"type":"integer"}"#),
      update: Self.chain(300, leaf: #"{"type":"string"}"#))
    #expect(differences.map(\.type) == [.typeChanged])
  }
}
