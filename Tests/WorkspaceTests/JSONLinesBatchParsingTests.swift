import Testing

@testable import Workspace

@Test func aLargeBatchOfLinesParsesInOrderWithItsSyntaxErrorsInPlace() {
  let lines = (1...1_000).map { number in
    JSONLine(
      number: number * 2,
      bytes: Array((number % 97 == 0 ? "{\"n\": \(number)," : "{\"n\": \(number)}").utf8))
  }
  let items = JSONLinesBatchParsing.parse(lines, displayPath: "events.jsonl")
  #expect(items.count == 1_000)
  for (offset, item) in items.enumerated() {
    let number = offset + 1
    switch item {
    case .payload(let payload):
      #expect(number % 97 != 0)
      #expect(payload.line == number * 2)
      #expect(payload.value["n"]?.kind == .number(.init(Int64(number))))
    case .unreadable(let diagnostic):
      #expect(number % 97 == 0)
      #expect(diagnostic.location?.line == number * 2)
    case .binary, .container:
      Issue.record("a JSON line was read as binary")
    }
  }
}
