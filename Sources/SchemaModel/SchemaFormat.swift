/// The contract formats schemacheck reads.
public enum SchemaFormat: String, Hashable, Sendable, Codable, CaseIterable {
  case avro
  case protobuf
  case jsonSchema = "json-schema"
}
