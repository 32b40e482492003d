/// The `asyncapi:` version of a document: 2.0-2.6 and 3.0-3.1 are read.
public struct AsyncAPIVersion: Hashable, Sendable, CustomStringConvertible {
  public var major: Int
  public var minor: Int
  /// The text as written (`2.6.0`).
  public var text: String

  /// The versions schemacheck reads, by major version.
  static let supportedMinors: [Int: ClosedRange<Int>] = [2: 0...6, 3: 0...1]

  /// The version in `text`, when it is `MAJOR.MINOR[.PATCH]` of a supported version.
  public init?(_ text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }),
      let major = Int(parts[0]), let minor = Int(parts[1]),
      Self.supportedMinors[major]?.contains(minor) == true
    else { return nil }
    self.major = major
    self.minor = minor
    self.text = text
  }

  /// True for 3.x, where operations have `action` and channels an `address`.
  public var isV3: Bool { major >= 3 }

  public var description: String { text }
}
