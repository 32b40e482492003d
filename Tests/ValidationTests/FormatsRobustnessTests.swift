import Parsers
import Testing

@testable import Validation

/// A fixed-seed generator, so a failure reproduces.
private struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

private let alphabet: [Character] = Array(
  "aZ09-._:/?#[]@!$&'()*+,;=%~{}|^\\\"<> PTWYMDHSxn--৪২ßς·͵׳・ب٠۰\u{200C}\u{200D}क्😀Ωé\n"
)

private func randomStrings(count: Int, seed: UInt64) -> [String] {
  var generator = SplitMix(state: seed)
  return (0..<count).map { _ in
    let length = Int.random(in: 0...24, using: &generator)
    return String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" })
  }
}

/// Random strings through every format: the checks must answer, never trap.
@Test func formatsAnswerOnArbitraryInput() {
  let formats = Array(JSONSchemaFormats.introducedIn.keys).sorted()
  var answers = 0
  for text in randomStrings(count: 3_000, seed: 1) {
    for format in formats
    where JSONSchemaFormats.isValid(text, format: format, draft: .draft202012) != nil {
      answers += 1
    }
  }
  #expect(answers == 3_000 * formats.count)
}

/// Random patterns through the parser and a bounded search: errors or outcomes, never traps.
@Test func regexEngineAnswersOnArbitraryPatterns() {
  var outcomes = 0
  let texts = randomStrings(count: 4_000, seed: 3)
  for (offset, pattern) in randomStrings(count: 4_000, seed: 2).enumerated() {
    guard let regex = try? ECMARegex(pattern) else {
      outcomes += 1
      continue
    }
    _ = regex.search(in: texts[offset], stepLimit: 10_000)
    outcomes += 1
  }
  #expect(outcomes == 4_000)
}

/// Patterns assembled from regex tokens, so that many of them are valid and get searched.
@Test func regexEngineAnswersOnGeneratedPatterns() {
  let tokens = [
    "a", "b", ".", "\\d", "\\w", "\\s", "(", ")", "(?:", "(?=", "(?<=", "(?!", "(?<!", "|", "*",
    "+", "?", "*?", "{1,3}", "{2}", "[a-c]", "[^\\d]", "\\1", "^", "$", "\\b", "\\B",
    "\\p{L}", "(?<n>", "\\k<n>", "😀",
  ]
  var generator = SplitMix(state: 4)
  let texts = randomStrings(count: 5_000, seed: 5)
  var valid = 0
  for text in texts {
    let length = Int.random(in: 1...10, using: &generator)
    let pattern = (0..<length).map { _ in tokens.randomElement(using: &generator) ?? "a" }
      .joined()
    guard let regex = try? ECMARegex(pattern) else { continue }
    valid += 1
    _ = regex.search(in: text + "aab😀 b1", stepLimit: 20_000)
  }
  #expect(valid > 500)
}
