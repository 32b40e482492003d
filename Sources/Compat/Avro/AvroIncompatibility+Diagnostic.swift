import SchemaModel

extension AvroIncompatibility {
  /// The finding a person reads: names the element, the direction, the earlier version's label
  /// and ends with Java's own message. Located in the new file, with the old file's element as
  /// `previousLocation`.
  func diagnostic(direction: ReadDirection, versionLabel: String, newFallback: SourceLocation?)
    -> Diagnostic
  {
    let newSchema = "the new schema"
    let oldSchema = "version \(versionLabel)"
    let (reader, writer) =
      direction == .backward ? (newSchema, oldSchema) : (oldSchema, newSchema)
    let (newLocation, oldLocation) =
      direction == .backward ? (readerLocation, writerLocation) : (writerLocation, readerLocation)
    let text = describe(direction: direction, reader: reader, writer: writer)
    return Diagnostic(
      ruleID: kind.ruleID, severity: .error, message: "\(text) (\(message))",
      location: newLocation ?? newFallback, previousLocation: oldLocation, path: location)
  }

  var elementPhrase: String {
    element.contains(".") ? "field '\(element)'" : "'\(element)'"
  }

  func describe(direction: ReadDirection, reader: String, writer: String) -> String {
    switch kind {
    case .typeMismatch:
      return "\(elementPhrase) changed type: \(reader) (reader) cannot read \(writerFragment) "
        + "written by \(writer)"
    case .nameMismatch:
      let fix =
        direction == .backward
        ? "keep the name or add the old full name to the new type's aliases"
        : "keep the old name"
      return "\(elementPhrase) was renamed: \(reader) (reader) expects \(readerFragment) but "
        + "\(writer) wrote \(writerFragment); \(fix)"
    case .fixedSizeMismatch:
      return "\(elementPhrase) changed its fixed size: \(reader) (reader) cannot read "
        + "\(writerFragment) written by \(writer)"
    case .missingEnumSymbols:
      let fix =
        direction == .backward
        ? "keep the symbols or give the enum a default"
        : "the enum needs a default in \(reader) before symbols can be added"
      return "\(elementPhrase) lacks enum symbols that \(writer) can write: \(reader) (reader) "
        + "has no enum default to read them with; \(fix)"
    case .readerFieldMissingDefaultValue:
      if direction == .backward {
        return "\(elementPhrase) was added without a default: \(reader) (reader) cannot read "
          + "data written by \(writer), which lacks it; give the field a default"
      }
      return "\(elementPhrase) is missing from \(writer) but has no default in \(reader) "
        + "(reader): \(reader) cannot read data written by \(writer); keep the field"
    case .missingUnionBranch:
      return "\(elementPhrase): the union in \(reader) (reader) has no branch that reads "
        + "\(writerFragment) written by \(writer); add that branch"
    case .ambiguousFieldAlias:
      return "\(elementPhrase): its name and aliases in \(reader) (reader) match several fields "
        + "written by \(writer); remove the ambiguous alias"
    }
  }
}
