/// The annotations `unevaluatedProperties` and `unevaluatedItems` read: what was evaluated.
struct EvaluatedParts {
  var properties: Set<String> = []
  var items: Set<Int> = []
  var allItems = false
  var allProperties = false

  mutating func merge(_ other: EvaluatedParts) {
    if !other.properties.isEmpty { properties.formUnion(other.properties) }
    if !other.items.isEmpty { items.formUnion(other.items) }
    allItems = allItems || other.allItems
    allProperties = allProperties || other.allProperties
  }
}

/// Whether a schema matched, and what it evaluated when it did.
struct SchemaOutcome {
  var valid: Bool
  var evaluated = EvaluatedParts()
}
