import Parsers
import SchemaModel
import Testing
import Validation

/// Builds the payload graph of an Avro schema written inline.
func avroGraph(_ schema: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
  -> AvroSchemaGraph
{
  let document = AvroParser.parse(Array(schema.utf8), path: "inline.avsc")
  #expect(
    document.diagnostics.filter { $0.severity == .error } == [], sourceLocation: sourceLocation)
  let root = try #require(document.root, sourceLocation: sourceLocation)
  return try AvroSchemaGraph(root: root, types: TypeTable(documents: [document]))
}
