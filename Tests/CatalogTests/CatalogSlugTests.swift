import Catalog
import Testing

/// Page names from subject and service ids can never leave the output folder.
@Suite struct CatalogSlugTests {
  @Test(arguments: [
    ("orders.order-placed", "orders.order-placed"),
    ("Orders/OrderPlaced", "orders-orderplaced"),
    ("..", "x.."),
    ("../../etc/passwd", "x..-..-etc-passwd"),
    (".hidden", "x.hidden"),
    ("", "x"),
    ("ünïcode space", "-n-code-space"),
  ])
  func slugsAreSafeFileNames(_ id: String, _ slug: String) {
    #expect(CatalogSlug.make(id) == slug)
    #expect(!CatalogSlug.make(id).contains("/"))
  }

  @Test func slugsAreUniqueInTheOrderGiven() {
    let slugs = CatalogSlug.unique(["A", "a", "a-2"])
    #expect(slugs == ["A": "a", "a": "a-2", "a-2": "a-2-2"])
  }
}
