import SchemaModel
import Testing

@testable import Parsers

/// Mutated documents (a fixed-seed generator, so failures reproduce) never crash the reader, and
/// every error points inside the text.
@Suite struct JSONReaderRobustnessTests {
  private static let seeds: [[UInt8]] = [
    Array(#"{"a":[1,-2.5e3,{"b":null}],"c":"x\u00e9y\n","d":true,"e":false}"#.utf8),
    Array("[\"long plain ASCII content here\", \"日本語 é\", {\"k\": [[], {}]}]\r\n".utf8),
    Array(#"{"k":"v","k2":{"k3":[true,null,"\"\\\/\b\f\n\r\t\uD83D\uDE00"]}}"#.utf8),
  ]
  private static let alphabet: [UInt8] =
    Array(#"{}[],:"\ 01-+.eEtrufalsn/u'x"#.utf8) + [
      0x0A, 0x0D, 0x09, 0xC3, 0xA9, 0xFF, 0x80, 0xED, 0x00,
    ]

  /// A small deterministic generator (SplitMix64).
  private struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var mixed = state
      mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
      mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
      mixed ^= mixed >> 31
      return Int(mixed % UInt64(bound))
    }
  }

  @Test func survivesMutatedDocuments() {
    var generator = Generator(state: 2024)
    var refused = 0
    for round in 0..<3000 {
      var text = Self.seeds[round % Self.seeds.count]
      for _ in 0..<(1 + generator.next(6)) {
        let offset = generator.next(text.count + 1)
        switch generator.next(3) {
        case 0 where offset < text.count: text.remove(at: offset)
        case 1: text.insert(Self.alphabet[generator.next(Self.alphabet.count)], at: offset)
        default:
          if offset < text.count {
            text[offset] = Self.alphabet[generator.next(Self.alphabet.count)]
          }
        }
      }
      let result = Result { () throws(JSONSyntaxError) in try JSONReader.parse(text) }
      guard case .failure(let error) = result else { continue }
      refused += 1
      let lines = text.split(omittingEmptySubsequences: false) { $0 == 0x0A || $0 == 0x0D }
      #expect(error.position.line >= 1 && Int(error.position.line) <= lines.count)
      #expect(error.position.column >= 1 && Int(error.position.column) <= text.count + 1)
      #expect(!error.message.isEmpty && error.ruleID.rawValue.hasPrefix("PARSE_"))
    }
    #expect(refused > 1000)
  }
}
