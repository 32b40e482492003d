import Parsers
import SchemaModel

/// `maxProperties`, `minProperties`, `required`, `dependentRequired` (and the array form of
/// `dependencies` before 2019-09).
enum ObjectCountKeyword: Sendable {
  case count(Int, isMaximum: Bool)
  case required([String])
  case dependentRequired([(property: String, required: [String])], keyword: String)
}

extension SchemaCompiler {
  func compileObjectCountKeywords(
    _ schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [SchemaKeyword] {
    var keywords: [SchemaKeyword] = []
    if let limit = try count("maxProperties", in: schema) {
      keywords.append(.objectCount(.count(limit, isMaximum: true)))
    }
    if let limit = try count("minProperties", in: schema) {
      keywords.append(.objectCount(.count(limit, isMaximum: false)))
    }
    if let value = schema.value["required"] {
      guard let names = try stringArray(value, keyword: "required", in: schema) else {
        throw error("'required' must be an array of strings", value, schema)
      }
      if !names.isEmpty { keywords.append(.objectCount(.required(names))) }
    }
    // 2019-09 split `dependencies`; it is still honoured there for compatibility.
    let names =
      schema.draft >= .draft201909 ? ["dependentRequired", "dependencies"] : ["dependencies"]
    for keyword in names {
      guard let members = schema.value[keyword]?.members else { continue }
      var dependencies: [(property: String, required: [String])] = []
      for member in members {
        if let names = try stringArray(member.value, keyword: keyword, in: schema) {
          dependencies.append((member.key, names))
        } else if keyword == "dependentRequired" {
          throw error("'dependentRequired' values must be arrays of strings", member.value, schema)
        }
      }
      if !dependencies.isEmpty {
        keywords.append(.objectCount(.dependentRequired(dependencies, keyword: keyword)))
      }
    }
    return keywords
  }

  /// The strings of an array value; nil when it is not an array; an error for other elements.
  private func stringArray(
    _ value: JSONValue, keyword: String, in schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [String]? {
    guard let elements = value.elements else { return nil }
    var names: [String] = []
    for element in elements {
      guard let name = element.stringValue else {
        throw error("'\(keyword)' must list property names (strings)", element, schema)
      }
      names.append(name)
    }
    return names
  }
}

extension SchemaEvaluator {
  func evaluateObjectCount(
    _ keyword: ObjectCountKeyword, _ node: CompiledSchemaNode, _ instance: JSONValue
  ) -> Bool {
    guard let members = instance.members else { return true }
    switch keyword {
    case .count(let limit, let isMaximum):
      if isMaximum ? members.count <= limit : members.count >= limit { return true }
      report(
        node, keyword: isMaximum ? "maxProperties" : "minProperties",
        "the object has \(members.count == 1 ? "1 property" : "\(members.count) properties"), "
          + (isMaximum ? "more than the maximum of \(limit)" : "fewer than the minimum of \(limit)")
      )
      return false
    case .required(let names):
      var valid = true
      for name in names where !members.contains(where: { $0.key == name }) {
        report(node, keyword: "required", "required property '\(name)' is missing")
        valid = false
        if !collecting { break }
      }
      return valid
    case .dependentRequired(let dependencies, let keyword):
      var valid = true
      for dependency in dependencies
      where members.contains(where: { $0.key == dependency.property }) {
        for name in dependency.required where !members.contains(where: { $0.key == name }) {
          report(
            node, keyword: keyword,
            "property '\(name)' is required when '\(dependency.property)' is present")
          valid = false
          if !collecting { return false }
        }
      }
      return valid
    }
  }
}
