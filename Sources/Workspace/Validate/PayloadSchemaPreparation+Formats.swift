import Parsers
import SchemaModel
import Validation

// Replaced when the Avro and Protobuf validators land (issue 5); until then such schemas are
// refused with a message, as before.
extension PayloadSchemaPreparation {
  func avro(_ document: SchemaDocument, types: TypeTable)
    -> Result<any PayloadValidating, PreparationFailure>
  {
    .failure(unsupported(document.path, format: "Avro"))
  }

  func protobuf(_ image: ProtoImage, displayPath: String, message: String?)
    -> Result<any PayloadValidating, PreparationFailure>
  {
    .failure(unsupported(displayPath, format: "Protobuf"))
  }

  private func unsupported(_ path: String, format: String) -> PreparationFailure {
    PreparationFailure(diagnostics: [
      Diagnostic(
        ruleID: "PAYLOAD_FORMAT_UNSUPPORTED", severity: .error,
        message: "\(format) payload validation is not built yet",
        location: SourceLocation(file: path, line: 1, column: 1))
    ])
  }
}
