import SchemaModel
import Testing

@testable import Parsers

/// A schema text with an optional `1️⃣` marker, removed before parsing, that tells where a
/// diagnostic must point.
struct MarkedAvroSource: Sendable {
  static let marker = "1️⃣"

  var text: String
  /// Line and column (UTF-8 bytes, 1-based) of the marker, if there was one.
  var markerPosition: (line: Int, column: Int)?

  init(_ marked: String) {
    guard let range = marked.range(of: Self.marker) else {
      text = marked
      markerPosition = nil
      return
    }
    let before = marked[..<range.lowerBound]
    let line = before.utf8.count(where: { $0 == UInt8(ascii: "\n") }) + 1
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
    let column = before[lineStart...].utf8.count + 1
    text = marked.replacingCharacters(in: range, with: "")
    markerPosition = (line, column)
  }
}

extension String {
  fileprivate func replacingCharacters(in range: Range<String.Index>, with replacement: String)
    -> String
  {
    String(self[..<range.lowerBound]) + replacement + String(self[range.upperBound...])
  }
}

enum AvroTestSupport {
  static let path = "test.avsc"

  static func parse(_ text: String, path: String = path) -> SchemaDocument {
    AvroParser.parse(Array(text.utf8), path: path)
  }

  /// The root record of a schema that must parse without errors.
  static func record(_ text: String) throws -> RecordType {
    let document = parse(text)
    #expect(document.diagnostics.filter { $0.severity == .error } == [])
    let root = try #require(document.root)
    guard case .record(let record) = root.kind else {
      Issue.record("root is \(root.displayName), not a record")
      throw AvroTestFailure.unexpectedKind
    }
    return record
  }

  static func errors(_ document: SchemaDocument) -> [Diagnostic] {
    document.diagnostics.filter { $0.severity == .error }
  }
}

enum AvroTestFailure: Error {
  case unexpectedKind
}
