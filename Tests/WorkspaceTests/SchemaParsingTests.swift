import Parsers
import SchemaModel
import Testing

@testable import Workspace

@Suite("Schema format detection")
struct SchemaParsingTests {
  @Test(
    arguments: [
      ("a.avsc", "{}", SchemaFormat.avro),
      ("a.AVSC", "{}", .avro),
      ("a.proto", "syntax = \"proto3\";", .protobuf),
      ("a.yaml", "type: object", .jsonSchema),
      ("a.json", #"{"$schema": "x", "type": "object"}"#, .jsonSchema),
      ("a.json", #"{"type": "record", "name": "A", "fields": []}"#, .avro),
      ("schema", #"  {"type": "enum", "name": "E", "symbols": ["A"]}"#, .avro),
    ] as [(String, String, SchemaFormat)])
  func formatFromExtensionThenContent(path: String, text: String, expected: SchemaFormat) {
    #expect(SchemaParsing.format(path: path, bytes: Array(text.utf8)) == expected)
  }

  @Test func unknownFormatIsAnUnsupportedFormatFinding() {
    let document = SchemaParsing.parse(Array("hello".utf8), path: "notes.txt")
    #expect(document.diagnostics.map(\.ruleID) == ["PARSE_UNSUPPORTED_FORMAT"])
    #expect(document.diagnostics.first?.location?.description == "notes.txt:1:1")
  }

  @Test func unquotedGlobsAreNotMistakenForAliases() throws {
    let text = "version: 1\ndiscover:\n  - glob: schemas/**/*.avsc\n"
    #expect(AliasKeyGuard.firstAliasKey(in: text) == nil)
    let config = try ConfigLoader.parse(
      text, displayPath: "c.yaml", directory: TemporaryTree.scratchDirectory)
    #expect(config.discover.map(\.glob) == ["schemas/**/*.avsc"])
  }
}
