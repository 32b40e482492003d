import SchemaModel

extension AvroIncompatibility {
  /// The finding a person reads: names the element, the direction and the earlier version's
  /// label, quotes Java's message in parentheses, then says what would fix it. Located in the
  /// new file, with the old file's element as `previousLocation`.
  func diagnostic(direction: ReadDirection, versionLabel: String, newFallback: SourceLocation?)
    -> Diagnostic
  {
    let newSchema = "the new schema"
    let oldSchema = "version \(versionLabel)"
    let (reader, writer) =
      direction == .backward ? (newSchema, oldSchema) : (oldSchema, newSchema)
    let (newLocation, oldLocation) =
      direction == .backward ? (readerLocation, writerLocation) : (writerLocation, readerLocation)
    let (text, fix) = describe(direction: direction, reader: reader, writer: writer)
    return Diagnostic(
      ruleID: kind.ruleID, severity: .error, message: "\(text) (\(message)); \(fix)",
      location: newLocation ?? newFallback, previousLocation: oldLocation, path: location)
  }

  var elementPhrase: String {
    element.contains(".") ? "field '\(element)'" : "'\(element)'"
  }

  /// What happened, and what would fix it, for one direction.
  func describe(direction: ReadDirection, reader: String, writer: String) -> (String, String) {
    let backward = direction == .backward
    switch kind {
    case .typeMismatch:
      return (
        "\(elementPhrase) changed type: \(reader) (reader) cannot read \(writerFragment) "
          + "written by \(writer)",
        backward
          ? "keep the old type or one it promotes to (int->long->float->double, string<->bytes)"
          : "keep the old type; the old reader only accepts types that promote to it"
      )
    case .nameMismatch:
      return (
        "\(elementPhrase) was renamed: \(reader) (reader) expects \(readerFragment) but "
          + "\(writer) wrote \(writerFragment)",
        backward
          ? "keep the name or add the old full name to the new type's aliases" : "keep the old name"
      )
    case .fixedSizeMismatch:
      return (
        "\(elementPhrase) changed its fixed size: \(reader) (reader) cannot read "
          + "\(writerFragment) written by \(writer)",
        "keep the old size"
      )
    case .missingEnumSymbols:
      return (
        "\(elementPhrase): \(reader) (reader) does not know enum symbols that \(writer) writes "
          + "and has no enum default",
        backward
          ? "keep the symbols or give the enum a default"
          : "give the enum a default in a release before adding symbols"
      )
    case .readerFieldMissingDefaultValue:
      if backward {
        return (
          "\(elementPhrase) was added without a default: \(reader) (reader) cannot read data "
            + "written by \(writer), which lacks it",
          "give the field a default"
        )
      }
      return (
        "\(elementPhrase) is missing from \(writer) but has no default in \(reader) (reader): "
          + "\(reader) cannot read data written by \(writer)",
        "keep the field"
      )
    case .missingUnionBranch:
      return (
        "\(elementPhrase): the union in \(reader) (reader) has no branch that reads "
          + "\(writerFragment) written by \(writer)",
        backward ? "add that branch to the union" : "write only types the old union can read"
      )
    case .ambiguousFieldAlias:
      return (
        "\(elementPhrase): its name and aliases in \(reader) (reader) match several fields "
          + "written by \(writer)",
        "remove the ambiguous alias"
      )
    }
  }
}
