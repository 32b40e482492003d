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
let bytes = [UInt8](data)

/// Counts nodes so the optimiser cannot drop the tree, without recursion.
func nodeCount(_ root: JSONValue) -> Int {
  var pending = [root]
  var count = 0
  while let value = pending.popLast() {
    count += 1
    switch value.kind {
    case .array(let elements): pending.append(contentsOf: elements)
    case .object(let members): pending.append(contentsOf: members.map(\.value))
    default: break
    }
  }
  return count
}

let clock = ContinuousClock()
var best = Duration.seconds(1_000_000)
var nodes = 0
for _ in 0..<iterations {
  let start = clock.now
  let value: JSONValue
  do {
    value = try JSONReader.parse(bytes)
  } catch {
    print("error: \(error)")
    exit(1)
  }
  let elapsed = clock.now - start
  best = min(best, elapsed)
  nodes = nodeCount(value)
}
let seconds =
  Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
let megabytes = Double(bytes.count) / 1e6
print(
  "bytes=\(bytes.count) nodes=\(nodes) best_seconds=\(seconds) mb_per_s=\(megabytes / seconds)")
