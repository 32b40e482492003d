import Foundation
import Parsers
import SchemaModel

extension SubjectResolver {
  /// Adds the subjects AsyncAPI messages give. A message whose subject name (or whose payload
  /// file) is already a subject adds its examples to it, and the config's settings win; any
  /// other message with a payload schemacheck reads becomes a subject of its own (its root type
  /// named by `x-schemacheck-message` when the file defines several): its payload
  /// file, or the schema written in the document (checked and validated, without history).
  static func merging(
    _ sources: AsyncAPISources, into subjects: [Subject], config: Config
  ) -> (subjects: [Subject], notes: [Diagnostic]) {
    var subjects = subjects
    var notes: [Diagnostic] = []
    // A document with errors still gives the messages that could be read; its errors fail the
    // run anyway. A refused version gives nothing.
    for document in sources.documents where document.version != nil {
      for message in document.messages {
        let name = AsyncAPIMessageSubject.name(of: message)
        let schema = AsyncAPIMessageSubject.schema(of: message)
        let headersSchema = AsyncAPIMessageSubject.headersSchema(of: message)
        let examples = message.examples.compactMap { example in
          example.payload.map {
            InlineExample(
              file: document.path, name: example.name, value: $0, headers: example.headers,
              headersSchema: example.headers == nil ? nil : headersSchema)
          }
        }
        let existing = subjects.firstIndex { subject in
          if subject.name == name { return true }
          if case .file(let path) = schema { return subject.schemaPath == path }
          return false
        }
        if let existing {
          if let differs = differingPayload(schema, of: subjects[existing]) {
            notes.append(
              Diagnostic(
                ruleID: "ASYNCAPI_PAYLOAD_DIFFERS", severity: .warning,
                message: "message '\(message.id)' gives subject '\(subjects[existing].name)' "
                  + "\(differs), not its schema \(subjects[existing].schemaPath); the subject's "
                  + "schema is checked and the message's examples are validated against it",
                location: message.payload?.location ?? message.location))
          }
          subjects[existing].inlineExamples += examples
          if !subjects[existing].asyncAPIDocuments.contains(document.path) {
            subjects[existing].asyncAPIDocuments.append(document.path)
          }
          continue
        }
        var subject: Subject
        switch schema {
        case .file(let path):
          subject = Subject(
            name: name, schemaPath: path, file: config.url(for: path),
            compatibility: config.defaults.compatibility)
        case .embedded(let bytes):
          subject = Subject(
            name: name, schemaPath: "\(document.path)#\(name)",
            file: config.url(for: document.path), compatibility: config.defaults.compatibility)
          subject.embeddedSchema = bytes
        case .none(let reason):
          notes.append(
            Diagnostic(
              ruleID: "ASYNCAPI_PAYLOAD_NOT_CHECKED", severity: .note,
              message: "message '\(message.id)' is not checked: \(reason)",
              location: message.location))
          continue
        }
        subject.inlineExamples = examples
        // `.proto` files often define several messages: `x-schemacheck-message` names the root.
        subject.message = message.extensionValue("x-schemacheck-message")?.stringValue
        subject.asyncAPIDocuments = [document.path]
        subject.declaredByConfig = false
        subjects.append(subject)
      }
    }
    return (subjects.sorted { $0.name < $1.name }, notes)
  }

  /// What the message's payload is when it is not the subject's schema; nil when it is.
  private static func differingPayload(_ schema: AsyncAPIMessageSubject.Schema, of subject: Subject)
    -> String?
  {
    switch schema {
    case .file(let path):
      return path == subject.schemaPath && subject.embeddedSchema == nil
        ? nil : "the payload \(path)"
    case .embedded(let bytes):
      return bytes == subject.embeddedSchema ? nil : "a payload written in the document"
    case .none:
      return nil
    }
  }
}
