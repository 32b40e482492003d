import Compat
import SchemaModel

/// The machine-readable report (`--format json`), documented in the README. Version 1: later
/// reporters add keys but never change or remove these.
public struct JSONReporter: Sendable {
  public static let formatVersion = 1

  public init() {}

  public func render(_ report: Report) -> String {
    var members: [JSONOutput.Member] = [
      .init("version", .int(Self.formatVersion)),
      .init("findings", .array(report.sortedFindings.map(Self.finding))),
      .init("subjects", .array(report.subjects.map(Self.subject))),
    ]
    if !report.changes.isEmpty {
      members.append(.init("changes", .array(report.changes.map(Self.change))))
    }
    if !report.payloads.isEmpty {
      members.append(.init("payloads", .array(report.payloads.map(Self.payload))))
    }
    // Only for files past the detail limit, so other reports stay as they were.
    if !report.omittedPayloads.isEmpty {
      members.append(
        .init("omittedPayloads", .array(report.omittedPayloads.map(Self.omitted))))
    }
    members.append(.init("summary", Self.summary(report)))
    return JSONOutput.object(members).rendered()
  }

  static func location(_ location: SourceLocation?) -> JSONOutput {
    guard let location else { return .null }
    return .object([
      .init("file", .string(location.file)),
      .init("line", .int(location.line)),
      .init("column", .int(location.column)),
    ])
  }

  static func finding(_ finding: Finding) -> JSONOutput {
    let diagnostic = finding.diagnostic
    return .object([
      .init("ruleId", .string(diagnostic.ruleID.rawValue)),
      .init("severity", .string(diagnostic.severity.rawValue)),
      .init("message", .string(diagnostic.message)),
      .init("location", location(diagnostic.location)),
      .init("previousLocation", location(diagnostic.previousLocation)),
      .init("path", .optional(diagnostic.path)),
      .init("subject", .optional(finding.subject)),
    ])
  }

  static func subject(_ subject: SubjectResult) -> JSONOutput {
    var members: [JSONOutput.Member] = [
      .init("name", .string(subject.name)),
      .init("format", .string(subject.format.rawValue)),
      .init("schema", .string(subject.schemaPath)),
      .init("mode", .string(subject.mode.rawValue)),
    ]
    // Only Protobuf subjects gated with Buf's rules have it, so Avro reports stay as they were.
    if !subject.breaking.isEmpty {
      members.append(.init("breaking", .array(subject.breaking.map(JSONOutput.string))))
    }
    members += [
      .init("compatible", .bool(subject.compatible)),
      .init("checkedAgainst", .array(subject.checkedAgainst.map(JSONOutput.string))),
    ]
    return .object(members)
  }

  static func change(_ change: Change) -> JSONOutput {
    .object([
      .init("kind", .string(change.kind.rawValue)),
      .init("path", .string(change.path)),
      .init("message", .string(change.message)),
      .init("oldLocation", location(change.oldLocation)),
      .init("newLocation", location(change.newLocation)),
      .init("breaksBackward", .bool(change.breaksBackward)),
      .init("breaksForward", .bool(change.breaksForward)),
    ])
  }

  /// `keywordLocation` stays for JSON Schema payloads (version 1 had it); `schemaLocation`
  /// is the same place in every format.
  static func payload(_ payload: PayloadResult) -> JSONOutput {
    var members: [JSONOutput.Member] = [
      .init("file", .string(payload.file)),
      .init("line", .int(payload.line)),
    ]
    if let record = payload.record { members.append(.init("record", .int(record))) }
    if let offset = payload.byteOffset { members.append(.init("byteOffset", .int(offset))) }
    members.append(.init("valid", .bool(payload.valid)))
    let isJSONSchema = payload.format == .jsonSchema
    members.append(
      .init(
        "errors",
        .array(
          payload.errors.map { error in
            var fields: [JSONOutput.Member] = [
              .init("ruleId", .string(error.ruleID.rawValue)),
              .init("severity", .string(error.severity.rawValue)),
              .init("instanceLocation", .string(error.instanceLocation)),
            ]
            if isJSONSchema {
              fields.append(.init("keywordLocation", .string(error.schemaLocation)))
            }
            fields.append(.init("schemaLocation", .string(error.schemaLocation)))
            if let offset = error.byteOffset { fields.append(.init("byteOffset", .int(offset))) }
            fields.append(.init("message", .string(error.message)))
            return .object(fields)
          })))
    return .object(members)
  }

  /// The records of one file counted but not listed in `payloads`.
  static func omitted(_ omitted: OmittedPayloads) -> JSONOutput {
    .object([
      .init("file", .string(omitted.file)),
      .init("subject", .optional(omitted.subject)),
      .init("payloads", .int(omitted.payloads)),
      .init("failed", .int(omitted.failed)),
      .init("withWarnings", .int(omitted.withWarnings)),
      .init("unreadableLines", .int(omitted.unreadableLines)),
      .init("acrossVersions", .int(omitted.acrossVersions)),
    ])
  }

  /// `baselined` appears only when a baseline was applied, so other reports stay as they were.
  static func summary(_ report: Report) -> JSONOutput {
    var members: [JSONOutput.Member] = [
      .init("subjects", .int(report.subjects.count)),
      .init("incompatibleSubjects", .int(report.subjects.count { !$0.compatible })),
      .init("errors", .int(report.count(.error))),
      .init("warnings", .int(report.count(.warning))),
      .init("notes", .int(report.count(.note))),
      .init("changes", .int(report.changes.count)),
    ]
    // Present only when something was suppressed: reports without suppressions stay unchanged.
    if report.suppressed > 0 { members.append(.init("suppressed", .int(report.suppressed))) }
    if let baselined = report.baselined { members.append(.init("baselined", .int(baselined))) }
    return .object(members)
  }
}
