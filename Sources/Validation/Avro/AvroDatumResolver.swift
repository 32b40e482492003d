import SchemaModel

/// Reads a datum written with one schema the way a reader using another schema would (spec
/// "Schema Resolution"), so that data already in flight can be checked against a new schema.
public enum AvroDatumResolver {
  /// Resolves `datum`, decoded with `writer`, against `reader`: promotions int -> long, float,
  /// double; long -> float, double; float -> double; string <-> bytes; record fields matched by
  /// name or reader alias, reader fields missing in the writer taking their default, writer
  /// fields missing in the reader skipped; enum symbols the reader lacks taking the reader's
  /// enum default; union branches chosen as Java's resolver chooses them. Names are compared as
  /// Java's `SchemaCompatibility` does: unqualified names, or a reader alias naming the writer's
  /// full name. The result's datum is the value as the reader sees it; logical types are checked
  /// against the reader.
  public static func resolve(
    _ datum: AvroDatum, writer: AvroSchemaGraph, reader: AvroSchemaGraph
  ) -> AvroDecodeResult {
    let shallow = run(
      datum, writer: writer, reader: reader, depthLimit: AvroBinaryDecoder.callerStackDepth)
    if let shallow { return shallow }
    return LargeStackThread.run {
      guard
        let result = run(
          datum, writer: writer, reader: reader, depthLimit: AvroBinaryDecoder.depthLimit)
      else { preconditionFailure("bug: the full depth limit asked for a larger stack") }
      return result
    }
  }

  /// One attempt; nil when the datum is deeper than `depthLimit` allows on this stack and the
  /// limit is not the final one.
  private static func run(
    _ datum: AvroDatum, writer: AvroSchemaGraph, reader: AvroSchemaGraph, depthLimit: Int
  ) -> AvroDecodeResult? {
    guard !writer.nodes.isEmpty, !reader.nodes.isEmpty else {
      return AvroDecodeResult(datum: nil, errors: [])
    }
    var resolution = AvroDatumResolution(writer: writer, reader: reader, depthLimit: depthLimit)
    let resolved = resolution.resolve(datum, writer: writer.root, reader: reader.root)
    if resolution.exceededDepth {
      guard depthLimit >= AvroBinaryDecoder.depthLimit else { return nil }
      let tooDeep = PayloadError(
        ruleID: "PAYLOAD_TOO_DEEP", instanceLocation: "",
        schemaLocation: reader[reader.root]
          .branchName, message: "the data nests deeper than \(depthLimit) levels")
      return AvroDecodeResult(datum: nil, errors: [tooDeep])
    }
    var errors = resolution.errors
    if let resolved {
      errors += AvroLogicalTypeWalk.check(resolved, graph: reader)
    }
    let datum = errors.hasErrors ? nil : resolved
    return AvroDecodeResult(datum: datum, errors: errors)
  }
}
