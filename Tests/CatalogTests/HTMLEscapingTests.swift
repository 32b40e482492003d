import SchemaModel
import Testing

@testable import Catalog

/// The escaping helpers: text and attributes, descriptions, JSON inside `<script>`, and the
/// digest behind the CSP hashes.
@Suite struct HTMLEscapingTests {
  @Test func escapesTheFiveCharactersAndDropsControls() {
    #expect(HTMLText.escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
    #expect(HTMLText.escape("red\u{1B}[31m\u{7F}\u{9B}x\ty\nz") == "red[31mx\ty\nz")
  }

  /// Escaping works on UTF-8 bytes: letters beside the C1 range (U+00A0...U+00FF share its
  /// lead byte 0xC2/0xC3), other scripts and emoji pass through whole next to escaped text.
  @Test func keepsNonASCIITextWhole() {
    #expect(
      HTMLText.escape("\u{A0}¢ «q» <é> \u{80}\u{9F}日本 🙂&") == "\u{A0}¢ «q» &lt;é&gt; 日本 🙂&amp;")
    #expect(HTMLText.escape("\u{C2}\u{85}\"") == "Â&quot;")
  }

  @Test(arguments: [
    ("**bold** and *em*", "<p><strong>bold</strong> and <em>em</em></p>\n"),
    ("`<b>` code", "<p><code>&lt;b&gt;</code> code</p>\n"),
    ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"),
    ("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"),
    ("1. one\n2. two", "<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n"),
    ("a\nb\n\nc", "<p>a b</p>\n<p>c</p>\n"),
    (
      "[x](https://e.com/a?b=1&c=2)",
      "<p><a href=\"https://e.com/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">x</a></p>\n"
    ),
    ("[x](other.html#top)", "<p>x</p>\n"),
    ("[x](javascript:alert(1))", "<p>x)</p>\n"),
    ("[x](JavaScript:alert`1`)", "<p>x</p>\n"),
    ("[x](data:text/html,hi)", "<p>x</p>\n"),
    ("[x](//evil.example)", "<p>x</p>\n"),
    (
      "[x](https://e.com/\"onmouseover=alert(1))",
      "<p><a href=\"https://e.com/&quot;onmouseover=alert(1\" rel=\"noopener noreferrer\">x</a>)</p>\n"
    ),
    ("2 * 3 * 4", "<p>2 <em> 3 </em> 4</p>\n"),
    ("unclosed **bold", "<p>unclosed **bold</p>\n"),
    ("## Why\ntext", "<h4>Why</h4>\n<p>text</p>\n"),
    ("#nospace", "<p>#nospace</p>\n"),
    (
      "```\n<b>x</b>\n  *y*\n```\nafter",
      "<pre><code>&lt;b&gt;x&lt;/b&gt;\n  *y*</code></pre>\n<p>after</p>\n"
    ),
    ("```\nnever closed </pre>", "<pre><code>never closed &lt;/pre&gt;</code></pre>\n"),
  ])
  func rendersASafeMarkdownSubset(_ markdown: String, _ html: String) {
    #expect(HTMLMarkdown.render(markdown) == html)
  }

  @Test func scriptJSONCannotCloseTheScriptElement() {
    let json = HTMLScriptJSON.string("</script><!-- a&b \u{2028}\u{2029} \"q\" \\ \n")
    #expect(
      json == "\"\\u003c/script\\u003e\\u003c!-- a\\u0026b \\u2028\\u2029 \\\"q\\\" \\\\ \\n\"")
    #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
  }

  @Test(arguments: [
    ("", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="),
    ("abc", "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE="
    ),
  ])
  func sha256MatchesTheStandardVectors(_ input: String, _ base64: String) {
    #expect(SHA256.base64Digest(input) == base64)
  }
}
