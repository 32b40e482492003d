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
    var output = ""
    return write(root, to: &output) ? output : nil
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

  /// Appends the canonical form of `node`; false when it meets a placeholder.
  private static func write(_ node: TypeNode, to output: inout String) -> Bool {
    switch node.kind {
    case .primitive(let primitive):
      output += quoted(primitive.rawValue)
    case .reference(let name):
      output += quoted(name.fullName)
    case .record(let record):
      output += #"{"name":\#(quoted(record.name.fullName)),"type":"record","fields":["#
      for (index, field) in record.fields.enumerated() {
        if index > 0 { output += "," }
        output += #"{"name":\#(quoted(field.name)),"type":"#
        guard write(field.type, to: &output) else { return false }
        output += "}"
      }
      output += "]}"
    case .enumeration(let enumeration):
      let symbols = enumeration.symbols.map { quoted($0.name) }.joined(separator: ",")
      output +=
        #"{"name":\#(quoted(enumeration.name.fullName)),"type":"enum","symbols":[\#(symbols)]}"#
    case .fixed(let fixed):
      output += #"{"name":\#(quoted(fixed.name.fullName)),"type":"fixed","size":\#(fixed.size)}"#
    case .array(let items):
      output += #"{"type":"array","items":"#
      guard write(items, to: &output) else { return false }
      output += "}"
    case .map(let values):
      output += #"{"type":"map","values":"#
      guard write(values, to: &output) else { return false }
      output += "}"
    case .union(let branches):
      output += "["
      for (index, branch) in branches.enumerated() {
        if index > 0 { output += "," }
        guard write(branch, to: &output) else { return false }
      }
      output += "]"
    case .any:
      return false
    }
    return true
  }

  /// A JSON string literal: characters as themselves (the spec's [STRINGS] step), escaping only
  /// what JSON requires. Valid Avro names never need escaping; this keeps odd input well-formed.
  private static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
