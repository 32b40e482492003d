import Foundation
import Parsers
import SchemaModel

/// `schemacheck-bench json FILE [ITERATIONS]`: best parse time of FILE, reading excluded.
let arguments = CommandLine.arguments
guard arguments.count >= 3, arguments[1] == "json" else {
  FileHandle.standardError.write(Data("usage: schemacheck-bench json FILE [ITERATIONS]\n".utf8))
  exit(2)
}
let path = arguments[2]
let iterations = arguments.count > 3 ? max(1, Int(arguments[3]) ?? 5) : 5
guard let data = FileManager.default.contents(atPath: path) else {
  FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
  exit(2)
}

let clock = ContinuousClock()
var best = Duration.seconds(1_000_000)
var items = 0
for _ in 0..<iterations {
  let start = clock.now
  let value: JSONValue
  do {
    value = try data.withUnsafeBytes { (raw) throws(JSONSyntaxError) in
      try JSONReader.parse(raw)
    }
  } catch {
    print("error: \(error)")
    exit(1)
  }
  let elapsed = clock.now - start
  best = min(best, elapsed)
  // Uses the tree so the optimiser cannot drop the parse.
  items = value.elements?.count ?? value.members?.count ?? 1
}
let seconds =
  Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
let megabytes = Double(data.count) / 1e6
print(
  "bytes=\(data.count) items=\(items) best_seconds=\(seconds) mb_per_s=\(megabytes / seconds)")
