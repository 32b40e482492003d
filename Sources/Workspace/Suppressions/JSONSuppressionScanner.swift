import Parsers
import SchemaModel

/// Reads suppressions from a JSON schema file: `"x-schemacheck-ignore": ["RULE_ID", ...]` (JSON
/// Schema) or `"schemacheck.ignore": [...]` (an Avro property) in an object covers the findings
/// located inside that object, from its `{` to its `}`, and from the key that holds it when it is
/// a member's value (findings about a property point at its key). Both keys are read in any JSON
/// file; a single string is taken as a one-id list. Files that are not JSON (YAML) have none.
enum JSONSuppressionScanner {
  static let keys: Set<String> = ["x-schemacheck-ignore", "schemacheck.ignore"]

  static func scan(_ bytes: [UInt8], path: String) -> SuppressionScan {
    guard
      let root = try? JSONReader.parse(
        bytes, options: JSONReader.Options(allowDuplicateKeys: true))
    else { return SuppressionScan() }
    let text = SourceText(bytes)
    var scan = SuppressionScan()
    // Each value with where its region starts: its own position, or the key holding it.
    var pending = [(root, root.position)]
    while let (value, start) = pending.popLast() {
      switch value.kind {
      case .array(let elements): pending += elements.map { ($0, $0.position) }
      case .object(let members):
        pending += members.map { ($0.value, $0.keyPosition) }
        for member in members where keys.contains(member.key) {
          let ids = (member.value.elements ?? [member.value]).compactMap(\.stringValue)
          let end = text.endOfContainer(startingAt: value.position) ?? value.position
          scan.suppressions.append(
            Suppression(
              ruleIDs: ids.map { RuleID($0) }, region: .span(start: start, end: end),
              location: SourceLocation(file: path, position: member.keyPosition)))
        }
      default: break
      }
    }
    return scan
  }
}

/// Converts the reader's line and column positions to byte offsets and back.
struct SourceText {
  let bytes: [UInt8]
  /// The byte offset where each line starts (index 0 is line 1).
  let lineStarts: [Int]
  /// A UTF-8 byte order mark is skipped by the reader and not counted in line 1's columns.
  let bomLength: Int

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var starts = [0]
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "\r") {
        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
        starts.append(index + 1)
      } else if bytes[index] == UInt8(ascii: "\n") {
        starts.append(index + 1)
      }
      index += 1
    }
    lineStarts = starts
  }

  func offset(of position: TextPosition) -> Int? {
    let line = Int(position.line) - 1
    guard line >= 0, line < lineStarts.count, position.column >= 1 else { return nil }
    let offset = lineStarts[line] + Int(position.column) - 1 + (line == 0 ? bomLength : 0)
    return offset < bytes.count ? offset : nil
  }

  func position(of offset: Int) -> TextPosition {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    let column = offset - lineStarts[low] + 1 - (low == 0 ? bomLength : 0)
    return TextPosition(line: low + 1, column: column)
  }

  /// The position of the `}` or `]` closing the object or array that opens at `start`.
  func endOfContainer(startingAt start: TextPosition) -> TextPosition? {
    guard let first = offset(of: start) else { return nil }
    var depth = 0
    var inString = false
    var index = first
    while index < bytes.count {
      let byte = bytes[index]
      if inString {
        if byte == UInt8(ascii: "\\") {
          index += 1
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
      } else if byte == UInt8(ascii: "\"") {
        inString = true
      } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
        depth += 1
      } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
        depth -= 1
        if depth == 0 { return position(of: index) }
      }
      index += 1
    }
    return nil
  }
}
