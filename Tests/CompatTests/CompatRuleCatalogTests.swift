import SchemaModel
import Testing

@testable import Compat

@Suite struct CompatRuleCatalogTests {
  @Test func idsAreUnique() {
    let ids = CompatRuleCatalog.all.map(\.id)
    #expect(Set(ids).count == ids.count)
  }

  @Test func everyAvroKindIsListed() {
    let ids = Set(CompatRuleCatalog.all.map(\.id))
    for kind in AvroIncompatibilityKind.allCases {
      #expect(ids.contains(kind.ruleID))
    }
  }

  /// Every rule id the checker emits is described.
  @Test func emittedIdsAreListed() {
    let ids = Set(CompatRuleCatalog.all.map(\.id))
    let emitted = [
      CompatRuleCatalog.differentSchemaType, CompatRuleCatalog.schemaHasErrors,
      CompatRuleCatalog.formatNotSupported,
    ]
    for id in emitted { #expect(ids.contains(id)) }
  }
}
