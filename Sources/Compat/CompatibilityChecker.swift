import SchemaModel

/// Gates a new version against its history under a Confluent compatibility mode.
///
/// Follows Confluent's `SchemaValidatorBuilder`: previous versions are walked newest first;
/// non-transitive modes check only the newest; transitive modes check each version and stop at
/// the first that fails, returning that version's findings only (`validateAll`); FULL reports
/// forward findings before backward ones (`mutualReadStrategy`).
public enum CompatibilityChecker {
  /// `previous` is oldest first, as Confluent's callers pass it.
  public static func check(
    new: SchemaVersion, previous: [SchemaVersion], mode: CompatibilityMode
  ) -> CompatibilityResult {
    guard mode != .none else {
      return CompatibilityResult(mode: mode, isCompatible: true, findings: [], checkedAgainst: [])
    }
    if new.hasErrors {
      return CompatibilityResult(
        mode: mode, isCompatible: false, findings: [unusable(new, isNew: true)], checkedAgainst: [])
    }
    if ConfluentProtobufChecker.applies(to: new),
      let identical = ConfluentProtobufChecker.identicalVersion(to: new, in: previous)
    {
      // Confluent returns the existing version of an identical schema without any check.
      return CompatibilityResult(
        mode: mode, isCompatible: true, findings: [], checkedAgainst: [identical])
    }
    let newestFirst = Array(previous.reversed())
    let toCheck = mode.isTransitive ? newestFirst : Array(newestFirst.prefix(1))
    if new.document.format != .avro, !ConfluentProtobufChecker.applies(to: new),
      !ConfluentJSONSchemaChecker.applies(to: new),
      toCheck.contains(where: { $0.document.format == new.document.format })
    {
      // Other formats get their own rule sets later; say so instead of passing silently.
      let notice = Diagnostic(
        ruleID: CompatRuleCatalog.formatNotSupported, severity: .warning,
        message:
          "compatibility of \(new.document.format.rawValue) schemas is not checked yet; "
          + "no earlier version was compared",
        location: rootLocation(new))
      return CompatibilityResult(
        mode: mode, isCompatible: true, findings: [notice], checkedAgainst: [])
    }
    var checked: [String] = []
    for old in toCheck {
      checked.append(old.label)
      let findings = findings(new: new, old: old, directions: mode.directions)
      if findings.hasErrors {
        return CompatibilityResult(
          mode: mode, isCompatible: false, findings: findings, checkedAgainst: checked)
      }
    }
    return CompatibilityResult(
      mode: mode, isCompatible: true, findings: [], checkedAgainst: checked)
  }

  /// The findings of one new/old pair in the given directions, in direction order.
  static func findings(new: SchemaVersion, old: SchemaVersion, directions: [ReadDirection])
    -> [Diagnostic]
  {
    if old.hasErrors { return [unusable(old, isNew: false)] }
    guard new.document.format == old.document.format else {
      return [
        Diagnostic(
          ruleID: CompatRuleCatalog.differentSchemaType, severity: .error,
          message:
            "Incompatible because of different schema type: the new schema is "
            + "\(new.document.format.rawValue), version \(old.label) is "
            + "\(old.document.format.rawValue)",
          location: rootLocation(new), previousLocation: rootLocation(old))
      ]
    }
    if ConfluentProtobufChecker.applies(to: new) {
      guard ConfluentProtobufChecker.applies(to: old) else { return [unusable(old, isNew: false)] }
      return ConfluentProtobufChecker.findings(new: new, old: old, directions: directions)
    }
    if ConfluentJSONSchemaChecker.applies(to: new) {
      guard ConfluentJSONSchemaChecker.applies(to: old) else {
        return [unusable(old, isNew: false)]
      }
      return ConfluentJSONSchemaChecker.findings(new: new, old: old, directions: directions)
    }
    var all: [Diagnostic] = []
    for direction in directions {
      let (reader, writer) = direction == .backward ? (new, old) : (old, new)
      let result = AvroReaderWriterChecker.check(reader: reader, writer: writer)
      var seen: Set<Diagnostic> = []
      for incompatibility in result.incompatibilities {
        let diagnostic = incompatibility.diagnostic(
          direction: direction, versionLabel: old.label, newFallback: rootLocation(new))
        // Java repeats a memoized named type's findings at each use; report each once.
        if seen.insert(diagnostic).inserted { all.append(diagnostic) }
      }
    }
    return all
  }

  static func rootLocation(_ version: SchemaVersion) -> SourceLocation? {
    if let location = version.document.root?.location { return location }
    // A Protobuf version without a chosen root message: the start of its file.
    return version.protoImage.flatMap { ConfluentProtobufDiff.mainFile(of: $0) }
      .map { SourceLocation(file: $0.displayPath, line: 1, column: 1) }
  }

  static func unusable(_ version: SchemaVersion, isNew: Bool) -> Diagnostic {
    let which = isNew ? "the new schema" : "version \(version.label)"
    return Diagnostic(
      ruleID: CompatRuleCatalog.schemaHasErrors, severity: .error,
      message:
        "\(which) (\(version.document.path)) has errors, so compatibility was not checked; "
        + "fix the schema first",
      location: isNew ? rootLocation(version) : nil,
      previousLocation: isNew ? nil : rootLocation(version))
  }
}
