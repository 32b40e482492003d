/// Every Buf breaking rule, deprecated ids included (the registry).
///
/// Rules are values (`BufRule`), grouped in `Rules/BufRules+<Element>.swift` by the element
/// they compare rather than one file per rule: 31 of the 69 come from shared factories (16
/// file options, the 3 field and 3 enum-value deletion variants, 3 cardinality and 2 wire-type
/// rules, streaming and request/response pairs) whose only difference is data.
public enum BufRules {
  /// All rules, in no particular order; ids are unique (a test checks it).
  public static let all: [BufRule] =
    deletions + files + messages + fieldTypes + fieldValues + enums + services + deprecated

  /// Looks a rule up by id.
  public static func rule(_ id: String) -> BufRule? { byID[id] }

  private static let byID: [String: BufRule] = Dictionary(
    all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
}
