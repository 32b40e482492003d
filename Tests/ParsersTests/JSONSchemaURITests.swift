import Parsers
import Testing

/// RFC 3986 §5.4.1 and §5.4.2 examples, base `http://a/b/c/d;p?q`.
@Test(arguments: [
  ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
  ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"),
  ("g?y", "http://a/b/c/g?y"),
  ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("", "http://a/b/c/d;p?q"),
  (".", "http://a/b/c/"), ("..", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"),
  ("../../../g", "http://a/g"), ("/./g", "http://a/g"), ("g.", "http://a/b/c/g."),
  ("./../g", "http://a/b/g"), ("g/../h", "http://a/b/c/h"), ("g;x=1/../y", "http://a/b/c/y"),
])
func uriResolution(reference: String, expected: String) {
  #expect(URIReference.resolve(reference, against: "http://a/b/c/d;p?q") == expected)
}

@Test func uriResolutionAgainstURN() {
  #expect(
    URIReference.resolve("#/$defs/a", against: "urn:uuid:deadbeef-1234")
      == "urn:uuid:deadbeef-1234#/$defs/a")
}

@Test func jsonPointerTokensAndEscapes() throws {
  #expect(JSONPointer.tokens("/a~1b/c~0d/0") == ["a/b", "c~d", "0"])
  #expect(JSONPointer.tokens("") == [])
  #expect(JSONPointer.tokens("a") == nil)
  #expect(JSONPointer.escape("a/b~c") == "a~1b~0c")
  #expect(JSONPointer.percentDecoded("/x%25y%22") == "/x%y\"")
  let document = try JSONReader.parse(#"{"a/b": [10, {"c": true}]}"#)
  #expect(JSONPointer.value(at: ["a/b", "1", "c"], in: document)?.kind == .bool(true))
  #expect(JSONPointer.value(at: ["a/b", "01"], in: document) == nil)
}
