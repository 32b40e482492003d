import Foundation
import Parsers
import SchemaModel

/// The elements of a `.proto` file the Buf rules visit, each with what the rule messages name.
extension ProtoFile {
  /// Every message, nested ones included (group messages too), with its parent chain.
  var allMessages: [ProtoMessage] {
    func walk(_ messages: [ProtoMessage]) -> [ProtoMessage] {
      messages.flatMap { [$0] + walk($0.messages) }
    }
    return walk(messages)
  }

  /// Every enum, nested ones included.
  var allEnums: [ProtoEnum] { enums + allMessages.flatMap(\.enums) }

  /// Every field of every message and every extension field.
  var allFields: [ProtoField] {
    allMessages.flatMap(\.fields) + (extends + allMessages.flatMap(\.extends)).flatMap(\.fields)
  }

  /// Every oneof with the message that declares it.
  var allOneofs: [(oneof: ProtoOneof, message: ProtoMessage)] {
    allMessages.flatMap { message in message.oneofs.map { ($0, message) } }
  }

  /// Every rpc with its service.
  var allMethods: [(method: ProtoMethod, service: ProtoService)] {
    services.flatMap { service in service.methods.map { ($0, service) } }
  }

  /// The directory of the import path, `.` for a file at the root (as Buf's `normalpath.Dir`).
  var directory: String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let directory = String(path[..<slash])
    return directory.isEmpty ? "." : directory
  }
}

extension ProtoMethod {
  /// The request's full name without a leading dot (resolved when linked).
  var requestTypeName: String {
    resolvedInputType ?? String(inputType.drop { $0 == "." })
  }

  /// The response's full name without a leading dot (resolved when linked).
  var responseTypeName: String {
    resolvedOutputType ?? String(outputType.drop { $0 == "." })
  }
}

extension LintInput {
  /// Where `span` starts, in the file findings are reported with.
  func location(_ span: SourceSpan) -> SourceLocation {
    SourceLocation(file: path, position: span.start)
  }

  /// The linked `.proto` file, nil for other formats.
  var proto: ProtoFile? { document.format == .protobuf ? protoFile : nil }
}

extension RuleDescription {
  /// A Buf lint rule: Buf's id, an error by default as in `buf lint`.
  static func buf(_ id: RuleID, _ summary: String, _ rationale: String) -> RuleDescription {
    RuleDescription(
      id: id, format: .protobuf, family: "Buf", defaultSeverity: .error, summary: summary,
      rationale: rationale)
  }
}

extension ProtoField {
  /// True for the field a proto2 `group` declares (its comments belong to the group message).
  var isGroupField: Bool {
    if case .group = type { return true }
    return false
  }
}

/// Buf's test for documentation: a leading comment with at least one line that has text and
/// is not a `buf:lint:ignore` directive.
enum BufComments {
  static func documents(_ comments: ProtoComments) -> Bool {
    guard let leading = comments.leading else { return false }
    return leading.split(separator: "\n").contains {
      let line = $0.trimmingCharacters(in: .whitespaces)
      return !line.isEmpty && !line.hasPrefix("buf:lint:ignore")
    }
  }
}
