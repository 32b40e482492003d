import SchemaModel

extension CheckRun {
  /// A subject's outcome under the config's `compat:` rules: findings left out or with another
  /// severity. When that leaves no compatibility error, the subject counts as compatible: the
  /// team decided those breaks do not matter.
  func configured(_ outcome: SubjectOutcome) -> SubjectOutcome {
    guard !findingRules.isEmpty else { return outcome }
    var adjusted = outcome
    adjusted.findings = outcome.findings.compactMap { finding in
      let file = finding.diagnostic.location?.file
      let path = file.map {
        $0.hasPrefix(displayPrefix) ? String($0.dropFirst(displayPrefix.count)) : $0
      }
      var diagnostic = finding.diagnostic
      if diagnostic.ruleID == OmittedPayloads.ruleID,
        let omitted = outcome.omittedPayloads.first(where: { $0.file == file }),
        !omitted.rules.isEmpty
      {
        // "… and N more" is as severe as the findings it stands for, as configured.
        guard let severity = configuredSeverity(of: omitted, at: diagnostic.location, path: path)
        else { return nil }
        diagnostic.severity = severity
      }
      return findingRules.apply(to: diagnostic, path: path).map {
        Finding($0, subject: finding.subject)
      }
    }
    if !outcome.result.compatible, !adjusted.unparseable {
      adjusted.result.compatible = !adjusted.findings.contains {
        $0.diagnostic.severity == .error && Self.isCompatibilityRule($0.diagnostic.ruleID)
      }
    }
    return adjusted
  }

  /// The highest severity the config leaves to the findings `omitted` stands for; nil when it
  /// drops them all.
  func configuredSeverity(of omitted: OmittedPayloads, at location: SourceLocation?, path: String?)
    -> Severity?
  {
    omitted.rules.compactMap { rule, severity in
      findingRules.apply(
        to: Diagnostic(ruleID: rule, severity: severity, message: "", location: location),
        path: path)?.severity
    }.max()
  }

  /// Rules of the compatibility checkers (Avro, Confluent, Buf, and schemacheck's own
  /// `COMPAT_*`), not of parsing or payloads.
  static func isCompatibilityRule(_ id: RuleID) -> Bool {
    guard let description = RuleRegistry.description(for: id) else { return false }
    return ["Apache Avro", "Confluent", "Buf"].contains(description.family)
      || id.rawValue.hasPrefix("COMPAT_")
  }
}
