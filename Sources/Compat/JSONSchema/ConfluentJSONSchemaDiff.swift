import SchemaModel

/// Confluent Schema Registry's JSON Schema diff: does the update accept every document the
/// original accepts? BACKWARD compares (original: old, update: new); FORWARD swaps them.
public enum ConfluentJSONSchemaDiff {
  /// Every difference from `original` to `update`, each with Confluent's type and JSON path.
  /// `policy` decides the "compatible" relation used to match sub-schemas of combined schemas.
  public static func compare(
    original: JSONValue, update: JSONValue, policy: JSONSchemaCompatibilityPolicy = .strict
  ) throws(ConfluentJSONSchemaError) -> [ConfluentJSONDifference] {
    let originalGraph = try ConfluentJSONGraph(document: original)
    let updateGraph = try ConfluentJSONGraph(document: update)
    var walker = ConfluentJSONDiffWalker(
      original: originalGraph, update: updateGraph, policy: policy)
    return walker.compare(originalGraph.root, updateGraph.root, path: [])
  }

  /// Confluent's verdict for `update` replacing `original` under `policy`.
  public static func isCompatible(
    original: JSONValue, update: JSONValue, policy: JSONSchemaCompatibilityPolicy = .strict
  ) throws(ConfluentJSONSchemaError) -> Bool {
    try compare(original: original, update: update, policy: policy).isCompatible(policy: policy)
  }
}
