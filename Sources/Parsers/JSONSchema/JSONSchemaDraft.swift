/// The JSON Schema drafts schemacheck reads, chosen by `$schema` (default 2020-12).
public enum JSONSchemaDraft: String, Hashable, Sendable, CaseIterable, Comparable {
  case draft4 = "4"
  case draft6 = "6"
  case draft7 = "7"
  case draft201909 = "2019-09"
  case draft202012 = "2020-12"

  private var order: Int {
    switch self {
    case .draft4: 0
    case .draft6: 1
    case .draft7: 2
    case .draft201909: 3
    case .draft202012: 4
    }
  }

  public static func < (lhs: JSONSchemaDraft, rhs: JSONSchemaDraft) -> Bool {
    lhs.order < rhs.order
  }

  /// The meta-schema URI as `$schema` writes it (with or without `#`, http or https).
  public init?(metaSchemaURI: String) {
    var uri = metaSchemaURI
    if uri.hasSuffix("#") { uri.removeLast() }
    if uri.hasPrefix("https://") { uri = "http://" + uri.dropFirst("https://".count) }
    switch uri {
    case "http://json-schema.org/draft-04/schema": self = .draft4
    case "http://json-schema.org/draft-06/schema": self = .draft6
    case "http://json-schema.org/draft-07/schema": self = .draft7
    case "http://json-schema.org/draft/2019-09/schema": self = .draft201909
    case "http://json-schema.org/draft/2020-12/schema": self = .draft202012
    default: return nil
    }
  }
}
