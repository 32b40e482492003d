import Compat
import Foundation
import Testing

@testable import Workspace

@Test func scratchPerf() async throws {
  let root = URL(fileURLWithPath: "/tmp/perf")
  for mode in [CompatibilityMode.backward, .fullTransitive] {
    let start = Date()
    let outcome = try await CompatRun.run(
      files: ["order.avsc"], against: .revision("HEAD"), mode: mode, currentDirectory: root)
    print(
      "OUT", mode, Date().timeIntervalSince(start),
      outcome.report.subjects.first?.checkedAgainst.count ?? -1, outcome.report.findings.count)
    let start2 = Date()
    let subject = Subject(
      name: "o", schemaPath: "order.avsc", file: root.appendingPathComponent("order.avsc"),
      compatibility: mode)
    let o2 = try await CheckRun(subjects: [subject], baseDirectory: root).run()
    print(
      "OUT default-history", mode, Date().timeIntervalSince(start2),
      o2.report.subjects.first?.checkedAgainst.count ?? -1)
  }
}
