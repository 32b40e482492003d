import Compat
import Parsers
import SchemaModel

/// What the cache keeps of one subject's check: everything `check` reports about it before the
/// config's `compat:` rules and suppressions are applied (those run on every run).
struct CachedSubject: Hashable, Sendable {
  var result: SubjectResult
  /// The subject's findings in the order the check produced them.
  var diagnostics: [Diagnostic]
  var unparseable: Bool
}

extension CachedSubject {
  /// The entry's JSON body.
  var json: JSONOutput {
    .object([
      .init("subject", Self.output(result)),
      .init("unparseable", .bool(unparseable)),
      .init("findings", .array(diagnostics.map(Self.output))),
    ])
  }

  /// Reads a body `json` wrote; nil for anything else (a foreign or damaged entry is a miss).
  init?(json value: JSONValue) {
    guard let subject = value["subject"].flatMap(Self.subjectResult),
      case .bool(let unparseable)? = value["unparseable"]?.kind,
      let elements = value["findings"]?.elements
    else { return nil }
    var diagnostics: [Diagnostic] = []
    for element in elements {
      guard let diagnostic = Self.diagnostic(element) else { return nil }
      diagnostics.append(diagnostic)
    }
    self.init(result: subject, diagnostics: diagnostics, unparseable: unparseable)
  }

  private static func output(_ result: SubjectResult) -> JSONOutput {
    .object([
      .init("name", .string(result.name)),
      .init("format", .string(result.format.rawValue)),
      .init("schema", .string(result.schemaPath)),
      .init("mode", .string(result.mode.rawValue)),
      .init("compatible", .bool(result.compatible)),
      .init("checkedAgainst", .array(result.checkedAgainst.map(JSONOutput.string))),
      .init("breaking", .array(result.breaking.map(JSONOutput.string))),
    ])
  }

  private static func subjectResult(_ value: JSONValue) -> SubjectResult? {
    guard let name = value["name"]?.stringValue,
      let format = value["format"]?.stringValue.flatMap(SchemaFormat.init(rawValue:)),
      let schema = value["schema"]?.stringValue,
      let mode = value["mode"]?.stringValue.flatMap(CompatibilityMode.init(rawValue:)),
      case .bool(let compatible)? = value["compatible"]?.kind,
      let checkedAgainst = strings(value["checkedAgainst"]),
      let breaking = strings(value["breaking"])
    else { return nil }
    return SubjectResult(
      name: name, format: format, schemaPath: schema, mode: mode, compatible: compatible,
      checkedAgainst: checkedAgainst, breaking: breaking)
  }

  private static func output(_ diagnostic: Diagnostic) -> JSONOutput {
    .object([
      .init("ruleId", .string(diagnostic.ruleID.rawValue)),
      .init("severity", .string(diagnostic.severity.rawValue)),
      .init("message", .string(diagnostic.message)),
      .init("location", output(diagnostic.location)),
      .init("previousLocation", output(diagnostic.previousLocation)),
      .init("path", .optional(diagnostic.path)),
      .init(
        "notes",
        .array(
          diagnostic.notes.map { note in
            .object([
              .init("message", .string(note.message)), .init("location", output(note.location)),
            ])
          })),
    ])
  }

  private static func diagnostic(_ value: JSONValue) -> Diagnostic? {
    guard let rule = value["ruleId"]?.stringValue,
      let severity = value["severity"]?.stringValue.flatMap(Severity.init(rawValue:)),
      let message = value["message"]?.stringValue,
      let location = optionalLocation(value["location"]),
      let previousLocation = optionalLocation(value["previousLocation"]),
      let pathValue = value["path"],
      let noteValues = value["notes"]?.elements
    else { return nil }
    var notes: [Diagnostic.Note] = []
    for noteValue in noteValues {
      guard let noteMessage = noteValue["message"]?.stringValue,
        let noteLocation = optionalLocation(noteValue["location"])
      else { return nil }
      notes.append(Diagnostic.Note(message: noteMessage, location: noteLocation))
    }
    let path: String?
    if pathValue.isNull {
      path = nil
    } else {
      guard let text = pathValue.stringValue else { return nil }
      path = text
    }
    return Diagnostic(
      ruleID: RuleID(rawValue: rule), severity: severity, message: message, location: location,
      previousLocation: previousLocation, path: path, notes: notes)
  }

  private static func output(_ location: SourceLocation?) -> JSONOutput {
    guard let location else { return .null }
    return .object([
      .init("file", .string(location.file)),
      .init("line", .int(location.line)),
      .init("column", .int(location.column)),
    ])
  }

  /// `.some(nil)` for JSON null, nil when the value is neither null nor a location.
  private static func optionalLocation(_ value: JSONValue?) -> SourceLocation?? {
    guard let value else { return nil }
    if value.isNull { return .some(nil) }
    guard let file = value["file"]?.stringValue,
      let line = integer(value["line"]),
      let column = integer(value["column"])
    else { return nil }
    return .some(SourceLocation(file: file, line: line, column: column))
  }

  private static func integer(_ value: JSONValue?) -> Int? {
    guard case .number(let number)? = value?.kind, let integer = number.int64Value else {
      return nil
    }
    return Int(exactly: integer)
  }

  private static func strings(_ value: JSONValue?) -> [String]? {
    guard let elements = value?.elements else { return nil }
    var result: [String] = []
    for element in elements {
      guard let text = element.stringValue else { return nil }
      result.append(text)
    }
    return result
  }
}
