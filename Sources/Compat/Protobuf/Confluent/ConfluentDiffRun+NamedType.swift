import Parsers
import SchemaModel

extension ConfluentDiffRun {
  /// Message-typed fields: the names are compared without their file's package (so
  /// `Status` vs `.foo.TestMessage.Status`, or an imported type whose package changed, are no
  /// change). When a side's type lives outside its main file, the two messages are diffed
  /// too, their differences are reported at their own paths, and any incompatible one adds
  /// FIELD_NAMED_TYPE_CHANGED. Types of the main files are diffed by the file walk already.
  mutating func compareNamedTypes(
    original originalName: String, update updateName: String, path: [String], element: String,
    at locations: FieldLocations
  ) {
    let oldEntry = original.types.messages[originalName]
    let newEntry = update.types.messages[updateName]
    let oldLocal = oldEntry.map { $0.localPath.joined(separator: ".") } ?? originalName
    let newLocal = newEntry.map { $0.localPath.joined(separator: ".") } ?? updateName
    guard oldLocal == newLocal else {
      add(
        .fieldNamedTypeChanged, path: path, element: element,
        originalDetail: "message \(originalName)", updateDetail: "message \(updateName)",
        originalLocation: locations.original,
        updateLocation: locations.update)
      return
    }
    guard let oldEntry, let newEntry,
      oldEntry.file.path != original.mainFile.path || newEntry.file.path != update.mainFile.path
    else { return }
    if !referencedMessagesAreCompatible(oldEntry, newEntry) {
      // No original detail: the name is the same, the message behind it changed.
      add(
        .fieldNamedTypeChanged, path: path, element: element, updateDetail: "message \(updateName)",
        originalLocation: locations.original,
        updateLocation: locations.update)
    }
  }

  /// Diffs two referenced messages once; later uses (and uses met while the pair is being
  /// compared, in a cycle) reuse the verdict without repeating the differences.
  private mutating func referencedMessagesAreCompatible(
    _ old: ProtoTypeIndex.MessageEntry, _ new: ProtoTypeIndex.MessageEntry
  ) -> Bool {
    let pair = NamedTypePair(original: old.message.fullName, update: new.message.fullName)
    if let verdict = namedTypeVerdicts[pair] { return verdict }
    // Each level is a distinct pair, so only a chain of that many different referenced
    // messages gets here; it is not followed further rather than exhausting the stack.
    guard referenceDepth < Self.maxReferenceDepth else { return true }
    namedTypeVerdicts[pair] = true
    let start = differences.count
    referenceDepth += 1
    compareMessage(
      original: old.message, update: new.message, path: new.localPath,
      site: Site(originalFile: old.file, updateFile: new.file))
    referenceDepth -= 1
    let verdict = differences[start...].allSatisfy(\.isCompatible)
    namedTypeVerdicts[pair] = verdict
    return verdict
  }
}
