import Compat

/// What a subject is gated with: a Confluent compatibility mode (every format) or one of Buf's
/// breaking categories (Protobuf subjects only, against the latest earlier version).
public enum GateMode: Hashable, Sendable {
  case confluent(CompatibilityMode)
  case buf(BufCategory)

  /// Reads `--mode`: a Confluent mode or a Buf category, in any case.
  public init?(name: String) {
    if let mode = CompatibilityMode(name: name) {
      self = .confluent(mode)
    } else if let category = BufCategory(rawValue: name.uppercased()) {
      self = .buf(category)
    } else {
      return nil
    }
  }

  /// Every name `init(name:)` accepts, Confluent's first.
  public static var allNames: [String] {
    CompatibilityMode.allCases.map(\.rawValue) + BufCategory.allCases.map(\.rawValue)
  }

  /// The name as the user writes it.
  public var name: String {
    switch self {
    case .confluent(let mode): mode.rawValue
    case .buf(let category): category.rawValue
    }
  }
}
