import Testing

@testable import Workspace

@Suite("Glob patterns and natural order")
struct GlobTests {
  @Test(
    arguments: [
      ("schemas/*.avsc", "schemas/order.avsc", true),
      ("schemas/*.avsc", "schemas/orders/order.avsc", false),
      ("schemas/**/*.avsc", "schemas/order.avsc", true),
      ("schemas/**/*.avsc", "schemas/a/b/c/order.avsc", true),
      ("schemas/**/*.avsc", "other/order.avsc", false),
      ("**/*.avsc", "x.avsc", true),
      ("schemas/**", "schemas/a/b", true),
      ("v?.avsc", "v1.avsc", true),
      ("v?.avsc", "v10.avsc", false),
      ("v*.avsc", "v10.avsc", true),
      ("v[0-9].avsc", "v7.avsc", true),
      ("v[0-9].avsc", "vx.avsc", false),
      ("v[!0-9].avsc", "vx.avsc", true),
      ("v[!0-9].avsc", "v1.avsc", false),
      ("v[abc].avsc", "vb.avsc", true),
      ("*.avsc", ".hidden.avsc", false),
      (".*.avsc", ".hidden.avsc", true),
      ("schemas/**/*.avsc", "schemas/.git/x.avsc", false),
      ("a*b*c", "aXXbYYc", true),
      ("a*b*c", "aXXbYY", false),
      ("./schemas/*.avsc", "schemas/a.avsc", true),
      ("schemas/[ab", "schemas/[ab", true),
    ])
  func globMatches(pattern: String, path: String, expected: Bool) {
    #expect(GlobPattern(pattern).matches(path) == expected, "\(pattern) vs \(path)")
  }

  @Test func literalPrefixStopsAtTheFirstWildcard() {
    #expect(GlobPattern("schemas/orders/v*.avsc").literalPrefix == ["schemas", "orders"])
    #expect(GlobPattern("**/*.avsc").literalPrefix == [])
  }

  @Test(
    arguments: [
      (["v10.avsc", "v2.avsc", "v1.avsc"], ["v1.avsc", "v2.avsc", "v10.avsc"]),
      (["1.10", "1.9", "1.1"], ["1.1", "1.9", "1.10"]),
      (["a/v2/x", "a/v10/x", "a/v1/x"], ["a/v1/x", "a/v2/x", "a/v10/x"]),
      (["v01", "v1", "v001"], ["v1", "v01", "v001"]),
      (["b", "a10", "a9"], ["a9", "a10", "b"]),
      (["v2-beta", "v2", "v10"], ["v2", "v2-beta", "v10"]),
    ])
  func naturalOrder(input: [String], expected: [String]) {
    #expect(input.sorted(by: NaturalOrder.areInIncreasingOrder) == expected)
  }

  @Test func expanderWalksFromTheLiteralPrefixInNaturalOrder() throws {
    let tree = try TemporaryTree()
    defer { tree.remove() }
    for path in [
      "schemas/o/v10.avsc", "schemas/o/v2.avsc", "schemas/o/v1.avsc", "schemas/o/notes.txt",
      "schemas/.hidden/v3.avsc", "other/v4.avsc",
    ] {
      try tree.write(path, "{}")
    }
    #expect(
      GlobExpander.files(matching: GlobPattern("schemas/**/v*.avsc"), under: tree.root) == [
        "schemas/o/v1.avsc", "schemas/o/v2.avsc", "schemas/o/v10.avsc",
      ])
    #expect(
      GlobExpander.files(matching: GlobPattern("other/v4.avsc"), under: tree.root) == [
        "other/v4.avsc"
      ])
  }
}
