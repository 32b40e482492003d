/// Every Buf breaking rule, deprecated ids included (the registry).
public enum BufRules {
  /// All rules, in no particular order; ids are unique (a test checks it).
  public static let all: [BufRule] =
    deletions + files + messages + fieldTypes + fieldValues + enums + services + deprecated

  /// Looks a rule up by id.
  public static func rule(_ id: String) -> BufRule? { byID[id] }

  private static let byID: [String: BufRule] = Dictionary(
    all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
}
