import Parsers
import SchemaModel

/// `properties`, `patternProperties`, `additionalProperties`, `propertyNames` and
/// `dependentSchemas` (the schema form of `dependencies` before 2019-09).
enum PropertiesKeyword: Sendable {
  case members(
    named: [String: Int], patterns: [(matcher: PatternMatcher, schema: Int)],
    additional: Int?)
  case propertyNames(Int)
  case dependentSchemas([(property: String, schema: Int)], keyword: String)
}

extension SchemaCompiler {
  func compilePropertiesKeywords(
    _ schema: JSONSchemaSubschema
  ) throws(JSONSchemaCompileError) -> [SchemaKeyword] {
    var keywords: [SchemaKeyword] = []
    var named: [String: Int] = [:]
    var patterns: [(matcher: PatternMatcher, schema: Int)] = []
    for member in schema.value["properties"]?.members ?? [] {
      named[member.key] = try childNode(schema, "properties", member.key)
    }
    for member in schema.value["patternProperties"]?.members ?? [] {
      let keyValue = JSONValue(.string(member.key), at: member.keyPosition)
      patterns.append(
        (
          try patternMatcher(keyValue, keyword: "patternProperties", in: schema),
          try childNode(schema, "patternProperties", member.key)
        ))
    }
    let additional =
      schema.value["additionalProperties"] == nil
      ? nil : try childNode(schema, "additionalProperties")
    if !named.isEmpty || !patterns.isEmpty || additional != nil {
      keywords.append(
        .properties(.members(named: named, patterns: patterns, additional: additional)))
    }
    if schema.draft >= .draft6, schema.value["propertyNames"] != nil {
      keywords.append(.properties(.propertyNames(try childNode(schema, "propertyNames"))))
    }
    let names =
      schema.draft >= .draft201909 ? ["dependentSchemas", "dependencies"] : ["dependencies"]
    for keyword in names {
      var dependencies: [(property: String, schema: Int)] = []
      for member in schema.value[keyword]?.members ?? [] where member.value.elements == nil {
        dependencies.append((member.key, try childNode(schema, keyword, member.key)))
      }
      if !dependencies.isEmpty {
        keywords.append(.properties(.dependentSchemas(dependencies, keyword: keyword)))
      }
    }
    return keywords
  }
}

extension SchemaEvaluator {
  func evaluateProperties(
    _ keyword: PropertiesKeyword, _ node: CompiledSchemaNode, _ instance: JSONValue,
    _ evaluated: inout EvaluatedParts
  ) -> Bool {
    guard let members = instance.members else { return true }
    var valid = true
    switch keyword {
    case .members(let named, let patterns, let additional):
      // By index, so that no member is copied (a copy retains its key and value).
      for position in members.indices {
        let key = members[position].key
        var matched = false
        if let property = named[key] {
          matched = true
          if !applySubschema(
            property, members[position].value, keyword: "properties", at: key, child: key
          ).valid {
            valid = false
          }
        }
        for entry in patterns {
          switch match(entry.matcher, key) {
          case .match: break
          case .noMatch: continue
          case .budgetExceeded:
            // Unknown is not "no match": say so instead of falling through to
            // additionalProperties.
            report(
              node, keyword: "patternProperties", child: key, patternBudgetExceeded: true,
              "matching the property name against \(entry.matcher.pattern) took more than "
                + "\(entry.matcher.stepBudget) steps, so the result is unknown; simplify the "
                + "pattern (avoid nested quantifiers such as (a+)+)")
            matched = true
            valid = false
            continue
          }
          matched = true
          if !applySubschema(
            entry.schema, members[position].value,
            keyword: "patternProperties", at: entry.matcher.pattern, child: key
          ).valid {
            valid = false
          }
        }
        if !matched, let additional {
          matched = true
          if !applySubschema(
            additional, members[position].value, keyword: "additionalProperties", child: key
          )
          .valid {
            valid = false
          }
        }
        if matched && tracksAnnotations { evaluated.properties.insert(key) }
        if !valid && !collecting { return false }
      }
    case .propertyNames(let schema):
      for member in members {
        let name = JSONValue(.string(member.key), at: member.keyPosition)
        let mark = errorMark
        if !applySubschema(schema, name, keyword: "propertyNames").valid {
          // The inner errors point at the object; one error naming the property says more.
          let reason = errors.count > mark ? ": " + errors[mark].message : ""
          dropErrors(since: mark)
          report(
            node, keyword: "propertyNames", "property name '\(member.key)' is not allowed\(reason)")
          valid = false
          if !collecting { return false }
        }
      }
    case .dependentSchemas(let dependencies, let keyword):
      for dependency in dependencies
      where members.contains(where: { $0.key == dependency.property }) {
        let outcome = applySubschema(
          dependency.schema, instance, keyword: keyword, at: dependency.property)
        if outcome.valid {
          evaluated.merge(outcome.evaluated)
        } else {
          valid = false
          if !collecting { return false }
        }
      }
    }
    return valid
  }
}
