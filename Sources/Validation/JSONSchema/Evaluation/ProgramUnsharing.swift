import SchemaModel

/// Copies of a compiled program that share no heap storage with the original.
///
/// Evaluation retains and releases the nodes, keywords and tables it reads; when two threads
/// evaluate with one program, those atomic reference counts bounce between cores and cost more
/// than the evaluation itself. Each worker thread therefore evaluates with its own copy.
extension CompiledSchemaProgram {
  func unshared() -> CompiledSchemaProgram {
    var copy = self
    // Nodes of one resource keep sharing one URI string, so that evaluation's check for
    // entering a resource stays a pointer comparison.
    var resourceURIs: [String: String] = [:]
    copy.nodes = nodes.map { node in
      let resourceURI =
        resourceURIs[node.resourceURI]
        ?? {
          let fresh = Unsharing.string(node.resourceURI)
          resourceURIs[node.resourceURI] = fresh
          return fresh
        }()
      return CompiledSchemaNode(
        keywords: node.keywords.map { $0.unshared() },
        absoluteLocation: Unsharing.string(node.absoluteLocation),
        resourceURI: resourceURI)
    }
    return copy
  }
}

extension SchemaKeyword {
  func unshared() -> SchemaKeyword {
    switch self {
    case .never: .never
    case .reference(let reference): .reference(reference)
    case .type(let allowed, let names, let draft4Integers):
      .type(allowed, names: names.map(Unsharing.string), draft4Integers: draft4Integers)
    case .enumeration(let values): .enumeration(values.map(Unsharing.value))
    case .constant(let value): .constant(Unsharing.value(value))
    case .numeric(let numeric): .numeric(numeric)
    case .string(let string):
      switch string {
      case .pattern(let matcher): .string(.pattern(matcher.unshared()))
      default: .string(string)
      }
    case .items(let items): .items(items)
    case .contains(let contains): .contains(contains)
    case .arrayCount(let count): .arrayCount(count)
    case .properties(let properties): .properties(properties.unshared())
    case .objectCount(let count):
      switch count {
      case .required(let names): .objectCount(.required(names.map(Unsharing.string)))
      default: .objectCount(count)
      }
    case .combinator(let combinator):
      switch combinator {
      case .allOf(let schemas): .combinator(.allOf(schemas.map { $0 }))
      case .anyOf(let schemas): .combinator(.anyOf(schemas.map { $0 }))
      case .oneOf(let schemas): .combinator(.oneOf(schemas.map { $0 }))
      case .not: .combinator(combinator)
      }
    case .conditional(let conditional): .conditional(conditional)
    case .unevaluatedItems(let schema): .unevaluatedItems(schema)
    case .unevaluatedProperties(let schema): .unevaluatedProperties(schema)
    }
  }
}

extension PropertiesKeyword {
  func unshared() -> PropertiesKeyword {
    switch self {
    case .members(let named, let patterns, let additional):
      .members(
        named: Dictionary(
          uniqueKeysWithValues: named.map { (Unsharing.string($0.key), $0.value) }),
        patterns: patterns.map { ($0.matcher.unshared(), $0.schema) },
        additional: additional)
    case .propertyNames, .dependentSchemas: self
    }
  }
}

extension PatternMatcher {
  /// The same pattern compiled again (it compiled once, so it compiles again).
  func unshared() -> PatternMatcher {
    (try? PatternMatcher(pattern: Unsharing.string(pattern), stepBudget: stepBudget)) ?? self
  }
}

/// Fresh storage for strings and JSON values.
enum Unsharing {
  static func string(_ text: String) -> String {
    String(decoding: Array(text.utf8), as: UTF8.self)
  }

  static func value(_ value: JSONValue) -> JSONValue {
    switch value.kind {
    case .null, .bool: value
    case .number(let number):
      JSONValue(.number(JSONNumber(text: string(number.text))), at: value.position)
    case .string(let text): JSONValue(.string(string(text)), at: value.position)
    case .array(let elements): JSONValue(.array(elements.map(Self.value)), at: value.position)
    case .object(let members):
      JSONValue(
        .object(
          members.map {
            JSONMember(
              key: string($0.key), keyPosition: $0.keyPosition, value: Self.value($0.value))
          }), at: value.position)
    }
  }
}
