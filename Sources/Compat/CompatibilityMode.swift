import SchemaModel

/// Which way data flows in one compatibility check.
public enum ReadDirection: String, Hashable, Sendable, Codable, CaseIterable {
  /// The new schema reads data written with an earlier one.
  case backward
  /// An earlier schema reads data written with the new one.
  case forward
}

/// Confluent Schema Registry's compatibility levels, as data: the directions to check and
/// whether every earlier version is checked or only the latest.
public enum CompatibilityMode: String, Hashable, Sendable, Codable, CaseIterable {
  case none = "NONE"
  case backward = "BACKWARD"
  case backwardTransitive = "BACKWARD_TRANSITIVE"
  case forward = "FORWARD"
  case forwardTransitive = "FORWARD_TRANSITIVE"
  case full = "FULL"
  case fullTransitive = "FULL_TRANSITIVE"

  /// Forward first, then backward: the order in which Confluent's mutual-read strategy reports.
  public var directions: [ReadDirection] {
    switch self {
    case .none: []
    case .backward, .backwardTransitive: [.backward]
    case .forward, .forwardTransitive: [.forward]
    case .full, .fullTransitive: [.forward, .backward]
    }
  }

  /// True when every earlier version is checked, not only the latest.
  public var isTransitive: Bool {
    switch self {
    case .backwardTransitive, .forwardTransitive, .fullTransitive: true
    default: false
    }
  }

  /// Accepts any case, as Confluent's `CompatibilityLevel.forName` does.
  public init?(name: String) {
    self.init(rawValue: name.uppercased())
  }
}
