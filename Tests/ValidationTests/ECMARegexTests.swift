import Testing

@testable import Validation

@Test(arguments: [
  ("^abc$", "abc", true), ("abc", "xxabcxx", true), ("^a|b$", "xb", true),
  ("^\\d+$", "0123", true), ("^\\d+$", "١٢", false), ("^\\w+$", "é", false),
  ("^\\s$", "\u{FEFF}", true), ("^.$", "\n", false), ("^.$", "😀", true),
  ("^a{2,3}$", "aaaa", false), ("^a{2,}?b$", "aaab", true), ("^(?:ab)+$", "ababab", true),
  ("^(a)\\1$", "aa", true), ("^(?<x>b)\\k<x>$", "bb", true), ("^(a)?\\1b$", "b", true),
  ("a(?=b)", "ac", false), ("a(?!b)", "ac", true), ("(?<=x)y", "xy", true),
  ("(?<!x)y", "xy", false), ("\\bfoo\\b", "a foo b", true), ("\\Bfoo", "a foo", false),
  ("^[a-c\\d]+$", "a1c", true), ("^[^a-c]$", "d", true), ("^[\\w-]+$", "a-b", true),
  ("^\\u{1F600}$", "😀", true), ("^\\uD83D\\uDE00$", "😀", true), ("^\\x41\\u0042$", "AB", true),
  ("^\\cJ$", "\n", true), ("^\\p{L}+$", "Ωé", true), ("^\\p{Lu}$", "a", false),
  ("^\\p{Script=Greek}+$", "αβγ", true), ("^\\P{L}$", "1", true), ("^(a*)*$", "aaa", true),
  ("^(a|ab)(c|bcd)(d*)$", "abcd", true), ("[$]", "$", true), ("^a$", "a\n", false),
  ("^[]$", "", false), ("^[^]$", "\n", true), ("^(?:a|b)*?c$", "abac", true),
  ("(?<=(\\d+)(\\d+))$", "1053", true), ("^(?:(a)|b)+\\1$", "aba", false),
  ("^(?:(a)|b)+$", "ab", true), ("^a{0}b$", "b", true), ("^\\p{digit}+$", "৪২", true),
  ("^(?:ab){10,12}$", String(repeating: "ab", count: 11), true),
  ("^(?:ab){10,12}$", String(repeating: "ab", count: 13), false),
  ("^(?:a|b){20}$", String(repeating: "ab", count: 10), true),
  ("^(?:a|b){9,}?c$", String(repeating: "a", count: 9) + "c", true),
  ("^(?:a|b){9,}?c$", String(repeating: "a", count: 8) + "c", false),
  ("^(?:a?){100}b$", "aab", true), ("^(?:ab){100000}$", "ab", false),
  ("^(?:(a)|b){10}\\1$", "aaaaaaaaab", true),
  ("^\\p{Ideo}+$", "漢字", true), ("^\\p{Emoji_Presentation}$", "😀", true),
  ("^\\p{sc=Han}\\P{Lu}$", "漢a", true), ("^\\p{White_Space}$", "\u{3000}", true),
])
func searches(pattern: String, text: String, matches: Bool) throws {
  let regex = try ECMARegex(pattern)
  #expect(regex.search(in: text) == (matches ? .match : .noMatch))
}

@Test(arguments: [
  "(", ")", "[a", "a**", "{1}", "a{2,1}", "\\", "(?<n>a)\\k<m>", "\\2(a)", "\\a", "[z-a]",
  "\\p{Nope}", "(?=a)*", "a{", "]", "}", "\\01", "[\\d-z]", "(?<n>a)(?<n>b)", "\\-",
  "(?<=a)+", "\\u{110000}", "(?<1a>x)",
])
func rejectsInvalidPatterns(pattern: String) {
  #expect(throws: ECMARegexError.self) { try ECMARegex(pattern) }
}

@Test func errorCarriesOffset() {
  do {
    _ = try ECMARegex("ab(c")
    Issue.record("expected an error")
  } catch {
    #expect(error.offset == 2)
    #expect(error.message == "unterminated group")
  }
}

@Test func catastrophicBacktrackingStopsAtTheStepLimit() throws {
  let text = String(repeating: "a", count: 40) + "b"
  #expect(try ECMARegex("(a+)+$").search(in: text) == .stepLimitExceeded)
  #expect(try ECMARegex("^(a|aa)*c$").search(in: text) == .stepLimitExceeded)
  #expect(try ECMARegex("(.*a){20}$").search(in: text) == .stepLimitExceeded)
  // A small budget is honoured exactly.
  #expect(
    try ECMARegex("x*y").search(in: String(repeating: "x", count: 100), stepLimit: 10)
      == .stepLimitExceeded)
}

@Test func longInputsDoNotOverflowTheStack() throws {
  let text = String(repeating: "ab", count: 500_000)
  let outcome = try ECMARegex("(a|b)*").search(in: text, stepLimit: 50_000_000)
  #expect(outcome == .match)
}

@Test func unanchoredSearchSkipsImpossibleStarts() throws {
  // Start positions whose scalar cannot begin a match cost nothing, so a long text stays
  // within the default budget.
  let text = String(repeating: "x", count: 1_000_000) + "bar"
  #expect(try ECMARegex("(?:foo|ba[rz])").search(in: text) == .match)
  #expect(try ECMARegex("\\d{3}").search(in: text) == .noMatch)
}

@Test func emailLikePatternOnManyStrings() throws {
  let regex = try ECMARegex("^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$")
  var matches = 0
  for number in 0..<100_000 {
    if regex.search(in: "user\(number)@example.com") == .match { matches += 1 }
  }
  #expect(matches == 100_000)
  #expect(regex.search(in: "not an email") == .noMatch)
}
