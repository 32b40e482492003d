import SchemaModel

extension AsyncAPIBuilder {
  /// The element with its `traits` applied and removed. 2.x merges each trait over the element
  /// in order with JSON Merge Patch (a trait overrides the element); 3.x merges the traits in
  /// order and then the element over them (the element's own fields win).
  func applyingTraits(_ node: AsyncAPINode) -> AsyncAPINode {
    guard let traits = node.child("traits"), case .object(let members) = node.value.kind else {
      return node
    }
    let own = JSONValue(.object(members.filter { $0.key != "traits" }), at: node.value.position)
    let patches = traits.elements.compactMap { element -> JSONValue? in
      guard let trait = resolver.resolve(element) else { return nil }
      guard case .object = trait.value.kind else {
        report(
          .invalidField(
            field: "traits", owner: "the element", expected: "a list of objects",
            found: "a list containing \(trait.value.typeName)"),
          at: trait.value, in: trait.file)
        return nil
      }
      return trait.value
    }
    var merged: JSONValue
    if version.isV3 {
      merged = JSONValue(.object([]), at: node.value.position)
      for patch in patches { merged = JSONMergePatch.apply(patch, to: merged) }
      merged = JSONMergePatch.apply(own, to: merged)
    } else {
      merged = own
      for patch in patches { merged = JSONMergePatch.apply(patch, to: merged) }
    }
    return AsyncAPINode(value: merged, file: node.file, pointer: node.pointer)
  }
}
