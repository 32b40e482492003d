import Parsers
import SchemaModel
import Validation

extension PayloadSchemaPreparation {
  /// An Avro schema (its root, or the subject's `message:`) with the named types of `types`.
  func avro(_ document: SchemaDocument, types: TypeTable)
    -> Result<any PayloadValidating, PreparationFailure>
  {
    guard let root = document.root else {
      return .failure(failure(document.path, "the schema defines no type to validate with"))
    }
    do throws(AvroSchemaGraphError) {
      let graph = try AvroSchemaGraph(root: root, types: types)
      return .success(
        AvroPayloadValidator(
          graph: graph, encoding: settings.avroEncoding, options: settings.options,
          framing: settings.framing))
    } catch {
      let location = {
        if case .unresolvedReference(_, let location?) = error { return location }
        return root.location ?? SourceLocation(file: document.path, line: 1, column: 1)
      }()
      return .failure(
        PreparationFailure(diagnostics: [
          Diagnostic(
            ruleID: "PAYLOAD_SCHEMA_UNUSABLE", severity: .error, message: error.message,
            location: location)
        ]))
    }
  }

  /// A linked `.proto` file's message: `message` (a full or top-level name), else the file's
  /// only top-level message. With several and no choice the payloads' type is a guess (Confluent
  /// takes the first), so it is asked for instead.
  func protobuf(_ image: ProtoImage, displayPath: String, message: String?)
    -> Result<any PayloadValidating, PreparationFailure>
  {
    if message == nil, let file = image.targetFiles.first, file.messages.count > 1 {
      let names = file.messages.map(\.fullName).joined(separator: ", ")
      return .failure(
        failure(
          displayPath,
          "the file defines \(file.messages.count) messages (\(names)); name the payloads' "
            + "message with --message or the subject's 'message:'"))
    }
    let document = ProtoToolchain.document(of: image, displayPath: displayPath, message: message)
    if document.hasErrors {
      return .failure(PreparationFailure(diagnostics: document.diagnostics))
    }
    guard let file = image.targetFiles.first,
      let name = document.root?.qualifiedName?.fullName
    else {
      return .failure(failure(displayPath, "the file defines no message to validate with"))
    }
    do throws(ProtoPayloadSetupError) {
      return .success(
        try ProtoPayloadValidator(
          index: ProtoDescriptorIndex(image: image), messageName: name, file: file,
          options: settings.options, framing: settings.framing))
    } catch {
      return .failure(failure(displayPath, error.description))
    }
  }

  private func failure(_ path: String, _ message: String) -> PreparationFailure {
    PreparationFailure(diagnostics: [
      Diagnostic(
        ruleID: "PAYLOAD_SCHEMA_UNUSABLE", severity: .error, message: message,
        location: SourceLocation(file: path, line: 1, column: 1))
    ])
  }
}
