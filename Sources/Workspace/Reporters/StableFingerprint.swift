/// Fingerprints of findings that stay the same across runs, machines and line moves, for the
/// CI systems that track a finding from one run to the next (SARIF `partialFingerprints`,
/// GitLab Code Quality `fingerprint`).
///
/// Swift's `Hasher` is seeded per process, so it cannot be used: this is FNV-1a (64 bit).
enum StableFingerprint {
  private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// FNV-1a 64 of the UTF-8 bytes of `text`, starting from `basis`.
  static func fnv1a64(_ text: String, basis: UInt64 = offsetBasis) -> UInt64 {
    var hash = basis
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* prime
    }
    return hash
  }

  /// 16 lowercase hex digits.
  static func hex64(_ text: String) -> String { hex(fnv1a64(text)) }

  /// 32 lowercase hex digits (two FNV-1a hashes from different bases), shaped like the MD5
  /// that GitLab's own analyzers write.
  static func hex128(_ text: String) -> String {
    hex(fnv1a64(text)) + hex(fnv1a64(text, basis: fnv1a64("schemacheck")))
  }

  /// What identifies a finding independently of where its line is: the rule, the file, the
  /// subject and the element path. Only a finding without a path falls back on its message,
  /// numbers masked (messages name line numbers, and revisions like `HEAD~1`).
  static func key(for finding: Finding) -> String {
    let key = BaselineKey(finding)
    return [key.ruleID, key.file, key.subject, key.element].joined(separator: "\u{0}")
  }

  /// The keys of `findings`, in order; a key seen before gets its occurrence number appended,
  /// so that two findings alike in everything but their line (the same payload error on two
  /// lines of a JSON Lines file) keep distinct fingerprints, which GitLab requires.
  static func keys(for findings: [Finding]) -> [String] {
    var seen: [String: Int] = [:]
    return findings.map { finding in
      let key = key(for: finding)
      let occurrence = seen[key, default: 0]
      seen[key] = occurrence + 1
      return occurrence == 0 ? key : key + "\u{0}" + String(occurrence)
    }
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
