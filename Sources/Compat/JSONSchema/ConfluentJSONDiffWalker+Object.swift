import Foundation
import SchemaModel

extension ConfluentJSONDiffWalker {
  /// `ObjectSchemaDiff`.
  mutating func compareObjects(
    _ old: Node.ObjectFacets, _ new: Node.ObjectFacets, _ originalNode: Node, _ updateNode: Node,
    _ path: [String]
  ) -> [ConfluentJSONDifference] {
    var found: [ConfluentJSONDifference] = []
    let keyword = { (type: Kind, name: String) in
      Self.difference(type, path, originalNode, updateNode, keyword: name)
    }
    found += upperBound(
      old.maxProperties, new.maxProperties, "maxProperties",
      (
        .maxPropertiesAdded, .maxPropertiesRemoved, .maxPropertiesIncreased, .maxPropertiesDecreased
      ),
      originalNode, updateNode, path
    ).filter { !(original.isModernDraft && $0.type == .maxPropertiesRemoved) }
    found += lowerBound(
      old.minProperties, new.minProperties, "minProperties",
      (
        .minPropertiesAdded, .minPropertiesRemoved, .minPropertiesIncreased, .minPropertiesDecreased
      ),
      originalNode, updateNode, path
    ).filter { !(original.isModernDraft && $0.type == .minPropertiesRemoved) }
    // Confluent's 2020-12 examples report nothing when `additionalProperties: false` is dropped.
    let droppedClosing =
      original.isModernDraft && !old.additional.permitted && !new.additional.isWritten
    found += compareAdditional(
      old.additional, droppedClosing ? old.additional : new.additional, "additionalProperties",
      (
        .additionalPropertiesAdded, .additionalPropertiesRemoved, .additionalPropertiesExtended,
        .additionalPropertiesNarrowed
      ), originalNode, updateNode, path)
    found += compareUnevaluated(
      old.unevaluated, new.unevaluated, "unevaluatedProperties",
      (
        .unevaluatedPropertiesAdded, .unevaluatedPropertiesRemoved,
        .unevaluatedPropertiesExtended, .unevaluatedPropertiesNarrowed
      ), originalNode, updateNode, path)
    for (name, oldNames) in old.propertyDependencies {
      let dependencyPath = path + ["dependencies", name]
      guard let newNames = new.propertyDependencies.first(where: { $0.name == name })?.names
      else {
        found.append(
          Self.difference(.dependencyArrayRemoved, dependencyPath, originalNode, updateNode))
        continue
      }
      let oldSet = Set(oldNames)
      let newSet = Set(newNames)
      if oldSet == newSet { continue }
      let type: Kind =
        newSet.isSuperset(of: oldSet)
        ? .dependencyArrayExtended
        : newSet.isSubset(of: oldSet) ? .dependencyArrayNarrowed : .dependencyArrayChanged
      found.append(Self.difference(type, dependencyPath, originalNode, updateNode))
    }
    for (name, _) in new.propertyDependencies
    where !old.propertyDependencies.contains(where: { $0.name == name }) {
      found.append(
        Self.difference(
          .dependencyArrayAdded, path + ["dependencies", name], originalNode, updateNode))
    }
    for (name, oldSchema) in old.schemaDependencies {
      let dependencyPath = path + ["dependencies", name]
      if let newSchema = new.schemaDependencies.first(where: { $0.name == name })?.schema {
        found += compare(oldSchema, newSchema, path: dependencyPath)
      } else {
        found.append(
          Self.difference(.dependencySchemaRemoved, dependencyPath, originalNode, updateNode))
      }
    }
    for (name, _) in new.schemaDependencies
    where !old.schemaDependencies.contains(where: { $0.name == name }) {
      found.append(
        Self.difference(
          .dependencySchemaAdded, path + ["dependencies", name], originalNode, updateNode))
    }
    found += compareProperties(old, new, originalNode, updateNode, path)
    for property in old.properties {
      guard new.properties.contains(where: { $0.name == property.name }) else { continue }
      let wasRequired = old.required.contains(property.name)
      let isRequired = new.required.contains(property.name)
      if wasRequired && !isRequired {
        found.append(keyword(.requiredAttributeRemoved, "required/" + property.name))
      } else if !wasRequired && isRequired {
        let newSchema = new.properties.first { $0.name == property.name }?.schema
        let hasDefault = newSchema.map { update[$0].defaultValue != nil } ?? false
        found.append(
          keyword(
            hasDefault ? .requiredAttributeWithDefaultAdded : .requiredAttributeAdded,
            "required/" + property.name))
      }
    }
    return found
  }

  typealias ContentKinds = (added: Kind, removed: Kind, extended: Kind, narrowed: Kind)

  /// `additionalProperties` / `additionalItems`.
  mutating func compareAdditional(
    _ old: Node.Additional, _ new: Node.Additional, _ keyword: String, _ kinds: ContentKinds,
    _ originalNode: Node, _ updateNode: Node, _ path: [String]
  ) -> [ConfluentJSONDifference] {
    let make = { (type: Kind) in
      [Self.difference(type, path, originalNode, updateNode, keyword: keyword)]
    }
    if !old.permitted && new.permitted { return make(kinds.added) }
    if old.permitted && !new.permitted { return make(kinds.removed) }
    guard old.permitted && new.permitted else { return [] }
    switch (old.schema, new.schema) {
    case (nil, .some): return make(kinds.narrowed)
    case (.some, nil): return make(kinds.extended)
    case (let oldSchema?, let newSchema?):
      return compare(oldSchema, newSchema, path: path + [keyword])
    default: return []
    }
  }

  /// `unevaluatedProperties` / `unevaluatedItems`.
  mutating func compareUnevaluated(
    _ old: Node.Unevaluated, _ new: Node.Unevaluated, _ keyword: String, _ kinds: ContentKinds,
    _ originalNode: Node, _ updateNode: Node, _ path: [String]
  ) -> [ConfluentJSONDifference] {
    let make = { (type: Kind) in
      [Self.difference(type, path, originalNode, updateNode, keyword: keyword)]
    }
    let oldFalse = old == .allowed(false)
    let newFalse = new == .allowed(false)
    if oldFalse && !newFalse { return make(kinds.added) }
    if !oldFalse && newFalse { return make(kinds.removed) }
    switch (old, new) {
    case (.schema(let oldSchema), .schema(let newSchema)):
      return compare(oldSchema, newSchema, path: path + [keyword])
    case (.schema, .absent), (.schema, .allowed(true)): return make(kinds.extended)
    case (.absent, .schema), (.allowed(true), .schema): return make(kinds.narrowed)
    default: return []
    }
  }

  static func isOpen(_ facets: Node.ObjectFacets) -> Bool {
    facets.additional.permitted && facets.additional.schema == nil
      && facets.patternProperties.isEmpty
      && (facets.unevaluated == .absent || facets.unevaluated == .allowed(true))
  }

  /// The schema a partially open model applies to an undeclared property name.
  static func partialSchema(_ facets: Node.ObjectFacets, for name: String) -> Int? {
    for (pattern, schema) in facets.patternProperties {
      if let regex = try? NSRegularExpression(pattern: pattern),
        regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
      {
        return schema
      }
    }
    if let schema = facets.additional.schema { return schema }
    if facets.additional.permitted, case .schema(let schema) = facets.unevaluated {
      return schema
    }
    return nil
  }

  mutating func compareProperties(
    _ old: Node.ObjectFacets, _ new: Node.ObjectFacets, _ originalNode: Node, _ updateNode: Node,
    _ path: [String]
  ) -> [ConfluentJSONDifference] {
    var found: [ConfluentJSONDifference] = []
    for property in old.properties {
      let propertyPath = path + ["properties", property.name]
      var oldPropertyNode = original[property.schema]
      oldPropertyNode.position = property.position
      if let counterpart = new.properties.first(where: { $0.name == property.name }) {
        found += compare(property.schema, counterpart.schema, path: propertyPath)
        continue
      }
      let make = { (type: Kind) in
        Self.difference(type, propertyPath, oldPropertyNode, updateNode)
      }
      // A removal is judged by the update's content model.
      if Self.isOpen(new) {
        found.append(make(.propertyRemovedFromOpenContentModel))
      } else if let partial = Self.partialSchema(new, for: property.name) {
        let inner = compare(property.schema, partial, path: propertyPath)
        found += inner
        found.append(
          make(
            inner.isCompatible(policy: policy)
              ? .propertyRemovedIsCoveredByPartiallyOpenContentModel
              : .propertyRemovedNotCoveredByPartiallyOpenContentModel))
      } else if original[property.schema].isFalseSchema {
        found.append(make(.propertyWithFalseRemovedFromClosedContentModel))
      } else {
        found.append(make(.propertyRemovedFromClosedContentModel))
      }
    }
    for property in new.properties
    where !old.properties.contains(where: { $0.name == property.name }) {
      let propertyPath = path + ["properties", property.name]
      var newPropertyNode = update[property.schema]
      newPropertyNode.position = property.position
      let make = { (type: Kind) in
        Self.difference(type, propertyPath, originalNode, newPropertyNode)
      }
      let isRequired = new.required.contains(property.name)
      let hasDefault = update[property.schema].defaultValue != nil
      // An addition is judged by the original's content model.
      if Self.isOpen(old) {
        if update[property.schema].isEmptySchema {
          found.append(make(.propertyWithEmptySchemaAddedToOpenContentModel))
        } else if isRequired {
          found.append(
            make(
              hasDefault
                ? .requiredPropertyWithDefaultAddedToOpenContentModel
                : .requiredPropertyAddedToOpenContentModel))
        } else {
          found.append(make(.optionalPropertyAddedToOpenContentModel))
        }
        continue
      }
      if let partial = Self.partialSchema(old, for: property.name) {
        let inner = compare(partial, property.schema, path: propertyPath)
        found += inner
        found.append(
          make(
            inner.isCompatible(policy: policy)
              ? .propertyAddedIsCoveredByPartiallyOpenContentModel
              : .propertyAddedNotCoveredByPartiallyOpenContentModel))
      }
      if isRequired {
        found.append(
          make(
            hasDefault
              ? .requiredPropertyWithDefaultAddedToUnopenContentModel
              : .requiredPropertyAddedToUnopenContentModel))
      } else {
        found.append(make(.optionalPropertyAddedToUnopenContentModel))
      }
    }
    return found
  }
}
