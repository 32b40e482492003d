import SchemaModel

extension ConfluentDifference {
  /// The finding for an incompatible difference found while checking `direction` against the
  /// earlier version `versionLabel`: BACKWARD diffs original = that version, update = the new
  /// schema; FORWARD swaps them. Located in the new file, with the old file's element as
  /// `previousLocation`.
  func diagnostic(direction: ReadDirection, versionLabel: String) -> Diagnostic {
    let newSchema = "the new schema"
    let oldSchema = "version \(versionLabel)"
    let backward = direction == .backward
    let (originalName, updateName) = backward ? (oldSchema, newSchema) : (newSchema, oldSchema)
    let consequence =
      backward
      ? "\(newSchema) cannot read data written with \(oldSchema)"
      : "\(oldSchema) cannot read data written with \(newSchema)"
    let text =
      "\(statement(original: originalName, update: updateName)); \(consequence) "
      + "(\(type.rawValue), \(direction.rawValue)); \(fix(backward: backward))"
    return Diagnostic(
      ruleID: type.ruleID, severity: .error, message: text,
      location: backward ? updateLocation : originalLocation,
      previousLocation: backward ? originalLocation : updateLocation, path: path)
  }

  /// What differs, naming the two sides.
  func statement(original: String, update: String) -> String {
    let before = originalDetail.map { " (\($0))" } ?? ""
    let after = updateDetail.map { " (\($0))" } ?? ""
    switch type {
    case .messageAdded, .enumAdded, .enumConstAdded, .fieldAdded, .requiredFieldAdded,
      .oneofAdded, .oneofFieldAdded:
      return "\(element)\(after) is in \(update) but not in \(original)"
    case .messageRemoved, .enumRemoved, .enumConstRemoved, .fieldRemoved,
      .requiredFieldRemoved, .oneofRemoved, .oneofFieldRemoved:
      return "\(element)\(before) is in \(original) but not in \(update)"
    case .fieldNamedTypeChanged where originalDetail == nil:
      return
        "\(element) refers to \(updateDetail ?? "a message") whose definition changed "
        + "incompatibly between \(original) and \(update) (see the findings inside it)"
    case .packageChanged, .messageMoved, .enumConstChanged, .fieldNameChanged,
      .fieldKindChanged, .fieldScalarKindChanged, .fieldNamedTypeChanged,
      .fieldNumericLabelChanged, .fieldStringOrBytesLabelChanged:
      return
        "\(element) is \(originalDetail ?? "?") in \(original) and \(updateDetail ?? "?") "
        + "in \(update)"
    case .oneofFieldMovedToTopLevel:
      return "\(element) is in a oneof in \(original) and a plain field in \(update)"
    case .multipleFieldsMovedToOneof:
      return
        "\(element) in \(update) gathers fields\(after) that are separate fields in \(original)"
    case .fieldMovedToExistingOneof:
      return
        "\(element) in \(update) gathers fields that are in different oneofs or plain fields "
        + "in \(original)"
    }
  }

  /// What would make the change pass.
  func fix(backward: Bool) -> String {
    switch type {
    case .packageChanged: "keep the package"
    case .messageRemoved:
      backward
        ? "keep the message (move it to an imported file only with a new subject)"
        : "Confluent rejects adding a message under FORWARD and FULL; use BACKWARD for this "
          + "subject or add the message in another file"
    case .fieldKindChanged, .fieldScalarKindChanged, .fieldNamedTypeChanged:
      "keep the field's type, or add a new field with a new number and reserve the old one"
    case .fieldNumericLabelChanged: "keep the label of numeric fields"
    case .requiredFieldAdded: "make the new field optional"
    case .requiredFieldRemoved: "keep the required field"
    case .oneofFieldRemoved: "keep the oneof member (it can be deprecated)"
    case .multipleFieldsMovedToOneof, .fieldMovedToExistingOneof:
      "move at most one existing field into a oneof, and only into a new one"
    default: "no change needed"
    }
  }
}
