import Parsers
import SchemaModel

@testable import Compat

/// Avro schema JSON text turned into versions through the real parser.
enum AvroText {
  /// Parses `json` as the file `label.avsc`; parse errors stay in the document's diagnostics.
  static func version(_ label: String, _ json: String) -> SchemaVersion {
    let document = AvroParser.parse(Array(json.utf8), path: "\(label).avsc")
    return SchemaVersion(label: label, document: document)
  }

  /// Runs the checker on two schema texts and returns `KIND location` strings in Java's order,
  /// or the parse errors when a text does not parse.
  static func check(reader: String, writer: String) -> [String] {
    let readerVersion = version("reader", reader)
    let writerVersion = version("writer", writer)
    let errors = (readerVersion.document.diagnostics + writerVersion.document.diagnostics)
      .filter { $0.severity == .error }
    guard errors.isEmpty else { return errors.map { "PARSE \($0.ruleID) \($0.message)" } }
    return AvroReaderWriterChecker.check(reader: readerVersion, writer: writerVersion)
      .incompatibilities.map { "\($0.kind.rawValue) \($0.location)" }
  }
}
