/// Buf's breaking categories: FILE ⊃ PACKAGE ⊃ WIRE_JSON ⊃ WIRE in strictness, plus CSR (v2).
public enum BufCategory: String, Hashable, Sendable, CaseIterable, Codable {
  case file = "FILE"
  case package = "PACKAGE"
  case wireJSON = "WIRE_JSON"
  case wire = "WIRE"
  /// Buf's reading of Confluent Schema Registry's protobuf checks (v2 only).
  case csr = "CSR"
}

/// The `version` of a buf.yaml: rule categories differ between them.
public enum BufConfigVersion: String, Hashable, Sendable, CaseIterable, Codable {
  case v1beta1
  case v1
  case v2
}
