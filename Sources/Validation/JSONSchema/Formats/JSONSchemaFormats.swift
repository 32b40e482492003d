import Parsers

/// The `format` checks of JSON Schema, used as assertions when asked (`--assert-format`).
public enum JSONSchemaFormats {
  /// Whether `value` conforms to `format`; nil when this draft does not define the format, in
  /// which case `format` is only an annotation.
  public static func isValid(_ value: String, format: String, draft: JSONSchemaDraft) -> Bool? {
    guard let introduced = introducedIn[format], introduced <= draft else { return nil }
    switch format {
    case "date-time": return DateTimeFormat.isDateTime(value)
    case "date": return DateTimeFormat.isDate(value)
    case "time": return DateTimeFormat.isTime(value)
    case "duration": return DurationFormat.isValid(value)
    case "email": return EmailFormat.isValid(value, international: false)
    case "idn-email": return EmailFormat.isValid(value, international: true)
    case "hostname": return HostnameFormat.isValid(value, checksALabels: draft > .draft6)
    case "idn-hostname": return IDNHostnameFormat.isValid(value)
    case "ipv4": return IPAddressFormat.isIPv4(value)
    case "ipv6": return IPAddressFormat.isIPv6(value)
    case "uri": return URIFormat.isValid(value, reference: false, international: false)
    case "uri-reference": return URIFormat.isValid(value, reference: true, international: false)
    case "iri": return URIFormat.isValid(value, reference: false, international: true)
    case "iri-reference": return URIFormat.isValid(value, reference: true, international: true)
    case "uri-template": return URITemplateFormat.isValid(value)
    case "uuid": return UUIDFormat.isValid(value)
    case "json-pointer": return JSONPointerFormat.isValid(value)
    case "relative-json-pointer": return JSONPointerFormat.isRelative(value)
    case "regex": return (try? ECMARegex(value)) != nil
    default: return nil
    }
  }

  /// The formats this draft defines, sorted (others are annotations only).
  public static func knownFormats(in draft: JSONSchemaDraft) -> [String] {
    introducedIn.filter { $0.value <= draft }.keys.sorted()
  }

  /// The draft that first defined each format.
  static let introducedIn: [String: JSONSchemaDraft] = [
    "date-time": .draft4, "email": .draft4, "hostname": .draft4, "ipv4": .draft4,
    "ipv6": .draft4, "uri": .draft4,
    "uri-reference": .draft6, "uri-template": .draft6, "json-pointer": .draft6,
    "date": .draft7, "time": .draft7, "idn-email": .draft7, "idn-hostname": .draft7,
    "iri": .draft7, "iri-reference": .draft7, "relative-json-pointer": .draft7, "regex": .draft7,
    "duration": .draft201909, "uuid": .draft201909,
  ]
}
