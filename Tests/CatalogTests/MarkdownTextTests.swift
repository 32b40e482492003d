import Catalog
import Testing

/// Untrusted text can never become HTML, a link, a cell break or a terminal sequence.
@Suite struct MarkdownTextTests {
  @Test(arguments: [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
    ("](javascript:alert(1))", "\\](javascript:alert(1))"),
    ("a | b", "a \\| b"),
    ("two\nlines\r\nhere", "two lines here"),
    ("`code`", "\\`code\\`"),
    ("*bold* _em_ ~~strike~~", "\\*bold\\* \\_em\\_ \\~\\~strike\\~\\~"),
    ("&lt; stays text", "&amp;lt; stays text"),
    ("\u{1B}[31mred\u{1B}[0m", "\\[31mred\\[0m"),
    ("bell\u{07} del\u{7F} c1\u{85}\u{9B}", "bell del c1"),
    ("bidi \u{202E}txt", "bidi txt"),
    ("- not a list", "\\- not a list"),
    ("1. not a list", "1\\. not a list"),
    ("# not a heading", "\\# not a heading"),
    ("  padded  ", "padded"),
    ("back\\slash", "back\\\\slash"),
    ("![img](x)", "\\!\\[img\\](x)"),
    ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
    ("ünïcode ✓", "ünïcode ✓"),
    ("\u{A0}nbsp_edges\u{2003}", "nbsp\\_edges"),
    ("日本_語 *🙂*", "日本\\_語 \\*🙂\\*"),
  ])
  func inlineTextIsInert(_ input: String, _ expected: String) {
    #expect(MarkdownText.inline(input) == expected)
  }

  @Test(arguments: [
    ("plain", false, "`plain`"),
    ("a`b", false, "``a`b``"),
    ("`start", false, "`` `start ``"),
    ("a | b", true, "`a \\| b`"),
    ("a | b", false, "`a | b`"),
    ("x\ny", false, "`x y`"),
    ("<script>", false, "`<script>`"),
    ("", false, ""),
  ])
  func codeSpansCannotBeClosedFromInside(_ input: String, _ inTable: Bool, _ expected: String) {
    #expect(MarkdownText.code(input, inTable: inTable) == expected)
  }

  @Test func fencesAreLongerThanAnyBacktickRun() {
    #expect(MarkdownText.fenced("a", language: "json") == "```json\na\n```\n")
    #expect(MarkdownText.fenced("```\nx\n````", language: "") == "`````\n```\nx\n````\n`````\n")
    #expect(MarkdownText.fenced("x", language: "js\n<script>") == "```jsscript\nx\n```\n")
    #expect(MarkdownText.fenced("\u{1B}[2Jx\r\ny") == "```\n[2Jx\ny\n```\n")
  }

  @Test(arguments: [
    ("Hello **world**", "Hello **world**"),
    ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
    ("see `<b>` here", "see `<b>` here"),
    ("``a ` <b>`` then <i>", "``a ` <b>`` then &lt;i>"),
    ("unclosed ` <b>", "unclosed ` &lt;b>"),
    ("[x](javascript:alert(1))", "[x](blocked-javascript:alert(1))"),
    ("[x](JavaScript:alert(1))", "[x](blocked-JavaScript:alert(1))"),
    ("[x](data:text/html,hi)", "[x](blocked-data:text/html,hi)"),
    ("```html\n<b>kept</b>\n```\n<b>", "```html\n<b>kept</b>\n```\n&lt;b>"),
    ("~~~\n<b>\n~~~", "~~~\n<b>\n~~~"),
    ("```\nnever closed <b>", "```\nnever closed <b>\n```"),
    ("red \u{1B}[31m!", "red [31m!"),
    ("[x](javascript\\:alert(1))", "[x](blocked-javascript\\:alert(1))"),
    ("[x]( \tvbscript:msgbox)", "[x]( \tblocked-vbscript:msgbox)"),
    ("[x]: javascript:alert(1)", "[x]: blocked-javascript:alert(1)"),
    ("javascript:alert(1) at line start", "blocked-javascript:alert(1) at line start"),
    ("[x](javascript&colon;alert(1))", "[x](javascript&amp;colon;alert(1))"),
    ("[x](&#106;avascript:alert(1))", "[x](&amp;#106;avascript:alert(1))"),
    ("Payload data: kept in prose", "Payload data: kept in prose"),
    ("R&D `a & b` <", "R&amp;D `a & b` &lt;"),
    ("`javascript:` in code", "`javascript:` in code"),
    ("line\r\nnext", "line\nnext"),
  ])
  func userMarkdownKeepsMarkdownButNotHTML(_ input: String, _ expected: String) {
    #expect(MarkdownText.userMarkdown(input) == expected)
  }

  @Test func printableKeepsNewlinesAndTabs() {
    #expect(MarkdownText.printable("a\tb\nc\u{0}d\u{1B}e\u{9F}f") == "a\tb\ncdef")
  }
}
