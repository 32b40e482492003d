/// Buf's reading of a package's version suffix: a package of two components or more whose last
/// is `v1`, `v1test...`, `v1alpha1`, `v1beta2`, `v1p1alpha1` or `v1p1beta1` (the number after
/// `alpha`/`beta` may be left out), every number written at least 1.
enum BufPackageVersion {
  /// How stable a versioned package is.
  enum Stability: Hashable, Sendable { case stable, alpha, beta, test }

  /// The stability of `package`'s version, nil when its last component is not a version.
  static func stability(ofPackage package: String) -> Stability? {
    let components = package.split(separator: ".", omittingEmptySubsequences: false)
    guard components.count > 1, let component = components.last else { return nil }
    return stability(ofComponent: String(component))
  }

  static func stability(ofComponent component: String) -> Stability? {
    guard component.hasPrefix("v") else { return nil }
    let rest = component.dropFirst()
    if let range = rest.range(of: "test") {
      return positive(rest[..<range.lowerBound]) ? .test : nil
    }
    for (word, level) in [("alpha", Stability.alpha), ("beta", .beta)] {
      guard let range = rest.range(of: word) else { continue }
      let before = rest[..<range.lowerBound]
      let number = rest[range.upperBound...]
      guard number.isEmpty || positive(number) else { return nil }
      let parts = before.split(separator: "p", omittingEmptySubsequences: false)
      switch parts.count {
      case 1: return positive(parts[0]) ? level : nil
      case 2: return positive(parts[0]) && positive(parts[1]) ? level : nil
      default: return nil
      }
    }
    return positive(rest) ? .stable : nil
  }

  /// Digits only, a number of at least 1.
  private static func positive(_ text: Substring) -> Bool {
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = UInt64(text)
    else { return false }
    return value >= 1
  }
}
