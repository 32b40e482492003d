import Parsers
import SchemaModel

/// `type`, `enum` and `const`.
extension SchemaCompiler {
  private static let typeNames: Set<String> = [
    "null", "boolean", "object", "array", "number", "integer", "string",
  ]

  func compileTypeKeywords(
    _ schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [SchemaKeyword] {
    var keywords: [SchemaKeyword] = []
    if let value = schema.value["type"] {
      let names: [String]
      switch value.kind {
      case .string(let name): names = [name]
      case .array(let elements): names = elements.compactMap(\.stringValue)
      default: names = []
      }
      guard !names.isEmpty, names.allSatisfy(Self.typeNames.contains) else {
        throw error(
          "'type' must be one of null, boolean, object, array, number, integer, string "
            + "or an array of them", value, schema)
      }
      keywords.append(
        .type(JSONTypeSet(names: names), names: names, draft4Integers: schema.draft == .draft4))
    }
    if let value = schema.value["enum"] {
      guard let elements = value.elements else {
        throw error("'enum' must be an array", value, schema)
      }
      keywords.append(.enumeration(elements))
    }
    if schema.draft >= .draft6, let value = schema.value["const"] {
      keywords.append(.constant(value))
    }
    return keywords
  }
}

extension SchemaEvaluator {
  func evaluateType(
    _ allowed: JSONTypeSet, names types: [String], draft4Integers: Bool,
    _ node: CompiledSchemaNode, _ instance: JSONValue
  ) -> Bool {
    let matches: Bool
    switch instance.kind {
    case .null: matches = allowed.contains(.null)
    case .bool: matches = allowed.contains(.boolean)
    case .object: matches = allowed.contains(.object)
    case .array: matches = allowed.contains(.array)
    case .string: matches = allowed.contains(.string)
    case .number(let number):
      matches =
        allowed.contains(.number)
        || (allowed.contains(.integer)
          && JSONValueComparison.isInteger(number, literalOnly: draft4Integers))
    }
    if !matches {
      report(
        node, keyword: "type",
        "\(JSONValueComparison.describe(instance)) is \(instance.typeName == "integer" ? "an integer" : "a \(instance.typeName)"), "
          + "expected \(types.joined(separator: " or "))")
    }
    return matches
  }

  func evaluateEnum(_ values: [JSONValue], _ node: CompiledSchemaNode, _ instance: JSONValue)
    -> Bool
  {
    if values.contains(where: { JSONValueComparison.equal($0, instance) }) { return true }
    let shown = values.prefix(10).map(JSONValueComparison.describe).joined(separator: ", ")
    report(
      node, keyword: "enum",
      "\(JSONValueComparison.describe(instance)) is not one of the allowed values: \(shown)"
        + (values.count > 10 ? ", …" : ""))
    return false
  }

  func evaluateConst(_ value: JSONValue, _ node: CompiledSchemaNode, _ instance: JSONValue) -> Bool
  {
    if JSONValueComparison.equal(value, instance) { return true }
    report(
      node, keyword: "const",
      "\(JSONValueComparison.describe(instance)) is not the required value "
        + JSONValueComparison.describe(value))
    return false
  }
}

/// The JSON types a `type` keyword allows, as bits, so checking an instance compares no strings.
struct JSONTypeSet: OptionSet, Sendable {
  let rawValue: UInt8

  static let null = JSONTypeSet(rawValue: 1)
  static let boolean = JSONTypeSet(rawValue: 2)
  static let object = JSONTypeSet(rawValue: 4)
  static let array = JSONTypeSet(rawValue: 8)
  static let number = JSONTypeSet(rawValue: 16)
  static let integer = JSONTypeSet(rawValue: 32)
  static let string = JSONTypeSet(rawValue: 64)

  init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The set named by `type` (names already checked against the seven type names).
  init(names: [String]) {
    let bits: [String: JSONTypeSet] = [
      "null": .null, "boolean": .boolean, "object": .object, "array": .array,
      "number": .number, "integer": .integer, "string": .string,
    ]
    self = names.reduce(into: []) { set, name in set.formUnion(bits[name] ?? []) }
  }
}
