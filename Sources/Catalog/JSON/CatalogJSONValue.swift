import SchemaModel

/// The catalog writes its JSON with the same deterministic writer as the reports.
typealias CatalogJSONValue = JSONOutput

extension JSONOutput {
  static func strings(_ texts: [String]) -> JSONOutput { .array(texts.map { .string($0) }) }

  /// Pretty-printed with two spaces and a final newline.
  var text: String { rendered() }
}

/// Builds an object's members in order: `object { $0["id"] = .string(id) }` reads like the
/// document it writes.
struct CatalogJSONObject {
  private(set) var members: [JSONOutput.Member] = []

  subscript(key: String) -> JSONOutput? {
    get { members.first { $0.key == key }?.value }
    set {
      guard let newValue else { return }
      members.append(JSONOutput.Member(key, newValue))
    }
  }

  static func object(_ build: (inout CatalogJSONObject) -> Void) -> JSONOutput {
    var object = CatalogJSONObject()
    build(&object)
    return .object(object.members)
  }
}
