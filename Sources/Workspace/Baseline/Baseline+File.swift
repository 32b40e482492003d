import Foundation
import Parsers
import SchemaModel

/// The baseline file, documented in the README:
///
/// ```json
/// {
///   "version": 1,
///   "findings": [
///     { "ruleId": "...", "subject": "...", "file": "...", "element": "...", "count": 1 }
///   ]
/// }
/// ```
///
/// `subject` is null for findings about the run itself. Entries are sorted by file, subject,
/// rule id and element, so the file is the same for the same findings and diffs stay small.
extension Baseline {
  /// The file's text: two-space indented JSON with a final newline.
  public func rendered() -> String {
    JSONOutput.object([
      .init("version", .int(Self.formatVersion)),
      .init(
        "findings",
        .array(
          entries.map { entry in
            .object([
              .init("ruleId", .string(entry.key.ruleID)),
              .init("subject", entry.key.subject.isEmpty ? .null : .string(entry.key.subject)),
              .init("file", .string(entry.key.file)),
              .init("element", .string(entry.key.element)),
              .init("count", .int(entry.count)),
            ])
          })),
    ]).rendered()
  }

  /// Writes the file atomically (a reader never sees half of it), creating its folder.
  public func write(to url: URL, displayPath: String) throws(BaselineError) {
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(rendered().utf8).write(to: url, options: .atomic)
    } catch {
      throw .unwritableFile(path: displayPath, reason: "\(error)")
    }
  }

  /// Reads a baseline file.
  public static func read(from url: URL, displayPath: String) throws(BaselineError) -> Baseline {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw .fileNotFound(path: displayPath)
    }
    if isDirectory.boolValue {
      throw .unreadableFile(path: displayPath, reason: "it is a directory")
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadableFile(path: displayPath, reason: "\(error)")
    }
    return try parse(Array(data), displayPath: displayPath)
  }

  /// Reads a baseline from its text.
  public static func parse(_ bytes: [UInt8], displayPath: String) throws(BaselineError)
    -> Baseline
  {
    let root: JSONValue
    do {
      root = try JSONReader.parse(bytes)
    } catch {
      throw .invalid(path: displayPath, reason: error.description)
    }
    guard root.members != nil else {
      throw .invalid(path: displayPath, reason: "expected a JSON object")
    }
    guard case .number(let version)? = root["version"]?.kind else {
      throw .invalid(path: displayPath, reason: "'version' is missing or not a number")
    }
    guard version.int64Value == Int64(formatVersion) else {
      throw .unsupportedVersion(path: displayPath, version: version.text)
    }
    guard let findings = root["findings"]?.elements else {
      throw .invalid(path: displayPath, reason: "'findings' is missing or not an array")
    }
    var entries: [Entry] = []
    for (index, finding) in findings.enumerated() {
      let place = "findings[\(index)] (line \(finding.position.line))"
      func text(_ name: String) throws(BaselineError) -> String {
        guard let value = finding[name]?.stringValue else {
          throw .invalid(path: displayPath, reason: "\(place): '\(name)' must be a string")
        }
        return value
      }
      guard finding.members != nil else {
        throw .invalid(path: displayPath, reason: "\(place): expected an object")
      }
      let subject: String
      switch finding["subject"] {
      case nil: subject = ""
      case let value? where value.isNull: subject = ""
      case let value?:
        guard let name = value.stringValue else {
          throw .invalid(
            path: displayPath, reason: "\(place): 'subject' must be a string or null")
        }
        subject = name
      }
      var count = 1
      if let value = finding["count"] {
        guard case .number(let number) = value.kind, let exact = number.int64Value, exact >= 1,
          exact <= Int64(Int32.max)
        else {
          throw .invalid(
            path: displayPath, reason: "\(place): 'count' must be a positive integer")
        }
        count = Int(exact)
      }
      let key = BaselineKey(
        ruleID: try text("ruleId"), subject: subject, file: try text("file"),
        element: try text("element"))
      entries.append(Entry(key: key, count: count))
    }
    return Baseline(entries: entries)
  }
}
