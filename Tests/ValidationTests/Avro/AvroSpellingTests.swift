import Testing

@testable import Validation

@Suite struct AvroSpellingTests {
  @Test(arguments: [
    ("colour", ["color", "size"], "color"),
    ("Color", ["color"], "color"),
    ("prise", ["price", "pride"], "price"),
    ("x", ["y"], nil),
    ("X", ["x"], "x"),
    ("quantity", ["id", "sku"], nil),
    ("abc", [], nil),
  ])
  func closest(name: String, candidates: [String], expected: String?) {
    #expect(AvroSpelling.closest(to: name, among: candidates) == expected)
  }

  @Test func editDistance() {
    func distance(_ a: String, _ b: String) -> Int {
      AvroSpelling.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }
    #expect(distance("kitten", "sitting") == 3)
    #expect(distance("", "abc") == 3)
    #expect(distance("same", "same") == 0)
  }
}
