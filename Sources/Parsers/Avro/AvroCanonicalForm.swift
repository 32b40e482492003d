import SchemaModel

/// Avro's Parsing Canonical Form (spec "Parsing Canonical Form for Schemas") and its 64-bit
/// Rabin fingerprint: two schemas with the same canonical form read and write the same data, so
/// versions of a subject can be deduplicated by content.
public enum AvroCanonicalForm {
  /// The canonical form of a parsed schema, or nil when the tree holds a placeholder for a part
  /// that did not parse. Full names everywhere; only `name`, `type`, `fields`, `symbols`,
  /// `items`, `values` and `size`, in that order; no whitespace; no doc, aliases, defaults,
  /// order, logical types or custom properties.
  public static func text(of root: TypeNode) -> String? {
    var writer = AvroSchemaWriter(includesMetadata: false)
    return writer.write(root) ? writer.output : nil
  }

  /// The canonical form of a document's root, or nil without a usable root.
  public static func text(of document: SchemaDocument) -> String? {
    document.root.flatMap { text(of: $0) }
  }

  /// The spec's 64-bit Rabin fingerprint (CRC-64-AVRO) of some bytes, usually a canonical form.
  public static func fingerprint64(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var fingerprint = rabinEmpty
    for byte in bytes {
      fingerprint =
        (fingerprint >> 8) ^ rabinTable[Int(UInt8(truncatingIfNeeded: fingerprint) ^ byte)]
    }
    return fingerprint
  }

  private static let rabinEmpty: UInt64 = 0xc15d_213a_a4d7_a795

  private static let rabinTable: [UInt64] = (0..<256).map { index in
    var fingerprint = UInt64(index)
    for _ in 0..<8 {
      fingerprint = (fingerprint >> 1) ^ (rabinEmpty & (0 &- (fingerprint & 1)))
    }
    return fingerprint
  }
}
