import SchemaModel

extension ConfluentJSONDiffWalker {
  /// `ArraySchemaDiff`.
  mutating func compareArrays(
    _ old: Node.ArrayFacets, _ new: Node.ArrayFacets, _ originalNode: Node, _ updateNode: Node,
    _ path: [String]
  ) -> [ConfluentJSONDifference] {
    var found: [ConfluentJSONDifference] = []
    found += upperBound(
      old.maxItems, new.maxItems, "maxItems",
      (.maxItemsAdded, .maxItemsRemoved, .maxItemsIncreased, .maxItemsDecreased),
      originalNode, updateNode, path)
    found += lowerBound(
      old.minItems, new.minItems, "minItems",
      (.minItemsAdded, .minItemsRemoved, .minItemsIncreased, .minItemsDecreased),
      originalNode, updateNode, path)
    found += upperBound(
      old.maxContains, new.maxContains, "maxContains",
      (.maxContainsAdded, .maxContainsRemoved, .maxContainsIncreased, .maxContainsDecreased),
      originalNode, updateNode, path)
    // `minContains` defaults to 1, so dropping `minContains: 1` changes nothing.
    let one = JSONNumber(1)
    let oldMinContains = old.minContains ?? (old.contains == nil ? nil : one)
    let newMinContains = new.minContains ?? (new.contains == nil ? nil : one)
    found += lowerBound(
      oldMinContains, newMinContains, "minContains",
      (.minContainsAdded, .minContainsRemoved, .minContainsIncreased, .minContainsDecreased),
      originalNode, updateNode, path)
    if !old.uniqueItems && new.uniqueItems {
      found.append(
        Self.difference(.uniqueItemsAdded, path, originalNode, updateNode, keyword: "uniqueItems"))
    } else if old.uniqueItems && !new.uniqueItems {
      found.append(
        Self.difference(.uniqueItemsRemoved, path, originalNode, updateNode, keyword: "uniqueItems")
      )
    }
    let additionalKeyword = "additionalItems"
    found += compareAdditional(
      old.additional, new.additional, additionalKeyword,
      (
        .additionalItemsAdded, .additionalItemsRemoved, .additionalItemsExtended,
        .additionalItemsNarrowed
      ),
      originalNode, updateNode, path)
    found += compareUnevaluated(
      old.unevaluated, new.unevaluated, "unevaluatedItems",
      (
        .unevaluatedItemsAdded, .unevaluatedItemsRemoved, .unevaluatedItemsExtended,
        .unevaluatedItemsNarrowed
      ),
      originalNode, updateNode, path)
    if old.allItems != nil || new.allItems != nil {
      found += compare(old.allItems, new.allItems, path: path + ["items"])
    }
    if old.contains != nil || new.contains != nil {
      found += compare(old.contains, new.contains, path: path + ["contains"])
    }
    if old.tupleItems != nil || new.tupleItems != nil {
      found += compareTuples(old, new, originalNode, updateNode, path)
    }
    return found
  }

  static func isOpen(_ facets: Node.ArrayFacets) -> Bool {
    facets.additional.permitted && facets.additional.schema == nil
      && (facets.unevaluated == .absent || facets.unevaluated == .allowed(true))
  }

  static func partialSchema(_ facets: Node.ArrayFacets) -> Int? {
    if let schema = facets.additional.schema { return schema }
    if case .schema(let schema) = facets.unevaluated { return schema }
    return nil
  }

  mutating func compareTuples(
    _ old: Node.ArrayFacets, _ new: Node.ArrayFacets, _ originalNode: Node, _ updateNode: Node,
    _ path: [String]
  ) -> [ConfluentJSONDifference] {
    var found: [ConfluentJSONDifference] = []
    let oldItems = old.tupleItems ?? []
    let newItems = new.tupleItems ?? []
    for offset in 0..<max(oldItems.count, newItems.count) {
      let itemPath = path + ["items", String(offset)]
      if offset < oldItems.count && offset < newItems.count {
        found += compare(oldItems[offset], newItems[offset], path: itemPath)
      } else if offset < oldItems.count {
        let removedNode = original[oldItems[offset]]
        let make = { (type: Kind) in
          Self.difference(type, itemPath, removedNode, updateNode)
        }
        if Self.isOpen(new) {
          found.append(make(.itemRemovedFromOpenContentModel))
        } else if let partial = Self.partialSchema(new) {
          let inner = compare(oldItems[offset], partial, path: itemPath)
          found += inner
          found.append(
            make(
              inner.isCompatible(policy: policy)
                ? .itemRemovedIsCoveredByPartiallyOpenContentModel
                : .itemRemovedNotCoveredByPartiallyOpenContentModel))
        } else if original[oldItems[offset]].isFalseSchema {
          found.append(make(.itemWithFalseRemovedFromClosedContentModel))
        } else {
          found.append(make(.itemRemovedFromClosedContentModel))
        }
      } else {
        let addedNode = update[newItems[offset]]
        let make = { (type: Kind) in
          Self.difference(type, itemPath, originalNode, addedNode)
        }
        if Self.isOpen(old) {
          found.append(
            make(
              update[newItems[offset]].isEmptySchema
                ? .itemWithEmptySchemaAddedToOpenContentModel : .itemAddedToOpenContentModel))
        } else if let partial = Self.partialSchema(old) {
          let inner = compare(partial, newItems[offset], path: itemPath)
          found += inner
          found.append(
            make(
              inner.isCompatible(policy: policy)
                ? .itemAddedIsCoveredByPartiallyOpenContentModel
                : .itemAddedNotCoveredByPartiallyOpenContentModel))
        } else {
          found.append(make(.itemAddedToClosedContentModel))
        }
      }
    }
    return found
  }
}
