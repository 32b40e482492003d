import SchemaModel

/// A field default (JSON as written in the schema) as the datum the reader gets (spec "Complex
/// Types", records: defaults use the JSON encoding without union wrappers; bytes and fixed as
/// ISO-8859-1 strings). A union default is the first branch that accepts it (spec 1.12).
enum AvroDefaultDatum {
  static let depthLimit = 512

  /// The datum, or nil when the default is not a value of the node's type.
  static func datum(_ json: JSONValue, node: Int, in graph: AvroSchemaGraph, depth: Int = 0)
    -> AvroDatum?
  {
    guard depth < depthLimit else { return nil }
    switch (graph[node].kind, json.kind) {
    case (.null, .null): return .null
    case (.boolean, .bool(let value)): return .boolean(value)
    case (.int, .number(let number)):
      return number.int64Value.flatMap { Int32(exactly: $0) }.map(AvroDatum.int)
    case (.long, .number(let number)): return number.int64Value.map(AvroDatum.long)
    case (.float, .number(let number)): return .float(Float(number.doubleValue))
    case (.double, .number(let number)): return .double(number.doubleValue)
    case (.float, .string(let text)): return javaDouble(text).map { .float(Float($0)) }
    case (.double, .string(let text)): return javaDouble(text).map(AvroDatum.double)
    case (.string, .string(let text)): return .string(text)
    case (.bytes, .string(let text)): return latin1(text).map(AvroDatum.bytes)
    case (.fixed(let fixed), .string(let text)):
      guard let bytes = latin1(text), bytes.count == fixed.size else { return nil }
      return .fixed(bytes)
    case (.enumeration(let enumeration), .string(let symbol)):
      return enumeration.symbolIndex[symbol].map { .enumSymbol(index: $0, symbol: symbol) }
    case (.array(let items), .array(let elements)):
      var values: [AvroDatum] = []
      for element in elements {
        guard let value = datum(element, node: items, in: graph, depth: depth + 1) else {
          return nil
        }
        values.append(value)
      }
      return .array(values)
    case (.map(let valueType), .object(let members)):
      var entries: [(key: String, value: AvroDatum)] = []
      for member in members {
        guard let value = datum(member.value, node: valueType, in: graph, depth: depth + 1)
        else { return nil }
        entries.append((member.key, value))
      }
      return .map(entries)
    case (.record(let record), .object(let members)):
      var fields: [AvroDatum] = []
      for field in record.fields {
        guard
          let given = members.last(where: { $0.key == field.name })?.value ?? field.defaultValue,
          let value = datum(given, node: field.type, in: graph, depth: depth + 1)
        else { return nil }
        fields.append(value)
      }
      return .record(name: record.name, fields: fields)
    case (.union(let branches), _):
      for (position, branch) in branches.enumerated() {
        if let value = datum(json, node: branch, in: graph, depth: depth + 1) {
          return .union(branch: position, value: value)
        }
      }
      return nil
    default:
      return nil
    }
  }

  /// The strings Java's Jackson reads as doubles in defaults.
  static func javaDouble(_ text: String) -> Double? {
    switch text {
    case "NaN": .nan
    case "Infinity", "+Infinity": .infinity
    case "-Infinity": -.infinity
    default: nil
    }
  }

  /// Each character one byte (U+0000 to U+00FF).
  static func latin1(_ text: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    for scalar in text.unicodeScalars {
      guard scalar.value <= 0xFF else { return nil }
      bytes.append(UInt8(scalar.value))
    }
    return bytes
  }
}
