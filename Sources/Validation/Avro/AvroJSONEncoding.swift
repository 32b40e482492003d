/// How a JSON payload writes Avro: `plain` (as most producers write JSON; union branch inferred)
/// or `json` (the Avro JSON encoding of the spec: unions as {"type": value}).
public enum AvroJSONEncoding: String, Hashable, Sendable, CaseIterable {
  case plain
  case json
}
