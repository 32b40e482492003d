import SchemaModel

/// Words and badges for an event's status, verdicts and format, shared by the pages.
enum HTMLEventLabels {
  static func status(_ status: CatalogStatus, into buffer: inout HTMLBuffer) {
    switch status {
    case .compatible: buffer.badge(.good, "compatible")
    case .incompatible: buffer.badge(.bad, "incompatible")
    case .invalid: buffer.badge(.bad, "invalid")
    case .unchecked: buffer.badge(.neutral, "unchecked")
    }
  }

  static func verdict(_ verdict: CatalogVerdict, into buffer: inout HTMLBuffer) {
    switch verdict {
    case .first: buffer.badge(.neutral, "first version")
    case .compatible: buffer.badge(.good, "compatible")
    case .incompatible(let rules):
      buffer.badge(
        .bad, rules.isEmpty ? "incompatible" : "incompatible: " + rules.joined(separator: ", "))
    case .notCompared: buffer.badge(.warn, "not compared")
    case .ungated: buffer.badge(.neutral, "not gated (mode NONE)")
    }
  }

  static func format(_ format: SchemaFormat) -> String {
    switch format {
    case .avro: "Avro"
    case .protobuf: "Protobuf"
    case .jsonSchema: "JSON Schema"
    }
  }
}
