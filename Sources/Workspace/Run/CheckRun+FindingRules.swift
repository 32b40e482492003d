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
      return findingRules.apply(to: finding.diagnostic, path: path).map {
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

  /// Rules of the compatibility checkers (Avro, Confluent, Buf, and schemacheck's own
  /// `COMPAT_*`), not of parsing or payloads.
  static func isCompatibilityRule(_ id: RuleID) -> Bool {
    guard let description = RuleRegistry.description(for: id) else { return false }
    return ["Apache Avro", "Confluent", "Buf"].contains(description.family)
      || id.rawValue.hasPrefix("COMPAT_")
  }
}
