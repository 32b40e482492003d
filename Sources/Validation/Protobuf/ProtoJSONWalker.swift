import Parsers
import SchemaModel

/// One step from the payload's root to the value being checked; the JSON Pointer is only
/// built when something is reported, so a valid payload costs no string building.
enum ProtoJSONPathToken {
  case key(String)
  case index(Int)
}

/// The schema element a value belongs to: a message, or one of its fields.
struct ProtoJSONSite {
  var owner: String
  var field: String?

  /// `acme.orders.Order.items`.
  var text: String { field.map { owner + "." + $0 } ?? owner }
}

/// Walks one JSON payload against a message, collecting every problem (up to a limit).
struct ProtoJSONWalker {
  /// Reports after this many are dropped: the first ones are what a person fixes first.
  static let reportLimit = 100
  /// Messages nested deeper than this are refused, counted as Python's
  /// `json_format.Parse(max_recursion_depth=100)` counts them: every message (the root and
  /// well-known types included) is one level, and every object or array inside a Value is two
  /// (its Struct or ListValue, and the Value around each member).
  static let depthLimit = 100

  let index: ProtoDescriptorIndex
  let options: PayloadOptions
  private(set) var reports: [PayloadError] = []
  private var path: [ProtoJSONPathToken] = []
  private var depth = 0
  private var reportedTooDeep = false

  init(index: ProtoDescriptorIndex, options: PayloadOptions) {
    self.index = index
    self.options = options
  }

  // MARK: Reporting

  /// The JSON Pointer of the value being checked.
  var pointer: String {
    var pointer = ""
    for token in path {
      switch token {
      case .key(let key): pointer = PayloadPointer.appending(key, to: pointer)
      case .index(let index): pointer = PayloadPointer.appending(index, to: pointer)
      }
    }
    return pointer
  }

  mutating func report(_ issue: ProtoJSONIssue, at site: ProtoJSONSite, severity: Severity = .error)
  {
    guard reports.count < Self.reportLimit else { return }
    reports.append(
      PayloadError(
        ruleID: issue.ruleID, severity: severity, instanceLocation: pointer,
        schemaLocation: site.text, message: issue.message))
  }

  /// Unknown fields and enum names are warnings with `--allow-unknown-fields`.
  var unknownSeverity: Severity { options.allowUnknownFields ? .warning : .error }

  mutating func enter(_ token: ProtoJSONPathToken) { path.append(token) }
  mutating func leave() { path.removeLast() }

  /// Runs `body` one message deeper, or reports (once) that the payload is too deep.
  mutating func frame(at site: ProtoJSONSite, _ body: (inout ProtoJSONWalker) -> Void) {
    guard depth < Self.depthLimit else {
      if !reportedTooDeep { report(.tooDeep(limit: Self.depthLimit), at: site) }
      reportedTooDeep = true
      return
    }
    depth += 1
    body(&self)
    depth -= 1
  }

  // MARK: Messages

  /// A value of the message `name`: a well-known type's special JSON, or an object of fields.
  mutating func checkMessage(_ value: JSONValue, named name: String, site: ProtoJSONSite) {
    frame(at: site) { walker in walker.checkMessageBody(value, named: name, site: site) }
  }

  private mutating func checkMessageBody(
    _ value: JSONValue, named name: String, site: ProtoJSONSite
  ) {
    if let wellKnown = ProtoWellKnownType(messageName: name) {
      checkWellKnown(value, wellKnown, site: site)
      return
    }
    guard let message = index.message(named: name) else {
      report(.unresolvedType(name), at: site)
      return
    }
    guard case .object(let members) = value.kind else {
      report(.typeMismatch(expected: "an object (\(name))", found: value.typeName), at: site)
      return
    }
    checkFields(members, of: message, skippingTypeKey: false)
  }

  /// The members of an object as the fields of `message`; `skippingTypeKey` leaves out an
  /// Any's `@type`.
  mutating func checkFields(
    _ members: [JSONMember], of message: ProtoMessageDescriptor, skippingTypeKey: Bool
  ) {
    var seen = ProtoJSONFieldSet()
    var oneofChoices: [Int]? = message.oneofs.isEmpty ? nil : []
    var hint = 0
    for member in members {
      if skippingTypeKey, member.key == "@type" { continue }
      enter(.key(member.key))
      defer { leave() }
      guard let fieldIndex = message.fieldIndex(named: member.key, hint: hint) else {
        checkUnknownOrExtension(member, of: message)
        continue
      }
      hint = fieldIndex + 1
      let field = message.fields[fieldIndex]
      let site = ProtoJSONSite(owner: message.fullName, field: field.name)
      let isSet = Self.setsField(member.value, field)
      // protoc refuses a field given twice (by both names) unless one of them is null.
      if isSet, !seen.insert(fieldIndex) {
        let first = members.first {
          !$0.value.isNull && message.fieldIndex(named: $0.key) == fieldIndex
        }?.key
        report(.duplicateField(name: member.key, firstName: first ?? member.key), at: site)
        continue
      }
      checkFieldValue(member.value, field: field, site: site)
      if isSet, let oneof = field.oneofIndex {
        noteOneofMember(fieldIndex, oneof: oneof, of: message, choices: &oneofChoices, site: site)
      }
    }
    if message.hasRequiredFields { checkRequired(members, of: message) }
  }

  /// A key that names no field: an extension (`[acme.ext]`), or an unknown field.
  private mutating func checkUnknownOrExtension(
    _ member: JSONMember, of message: ProtoMessageDescriptor
  ) {
    let key = member.key
    if key.utf8.first == UInt8(ascii: "["), key.utf8.last == UInt8(ascii: "]") {
      let name = key.dropFirst().dropLast()
      if let found = index.extensions(of: message.fullName).first(where: { $0.fullName == name }) {
        let site = ProtoJSONSite(owner: message.fullName, field: key)
        checkFieldValue(member.value, field: found.field, site: site)
        return
      }
    }
    let names = message.fields.flatMap { [$0.jsonName, $0.name] }
    report(
      .unknownField(
        name: key, message: message.fullName,
        suggestion: ProtoNameDistance.nearest(to: key, among: names)),
      at: ProtoJSONSite(owner: message.fullName), severity: unknownSeverity)
  }

  /// Records a set oneof member; a second one in the same oneof is a conflict.
  private mutating func noteOneofMember(
    _ fieldIndex: Int, oneof: Int, of message: ProtoMessageDescriptor, choices: inout [Int]?,
    site: ProtoJSONSite
  ) {
    if choices?.isEmpty == true {
      choices = Array(repeating: -1, count: message.oneofs.count)
    }
    guard let previous = choices?[oneof] else { return }
    if previous < 0 {
      choices?[oneof] = fieldIndex
    } else {
      report(
        .oneofConflict(
          oneof: message.oneofs[oneof], first: message.fields[previous].name,
          second: message.fields[fieldIndex].name), at: site)
    }
  }

  /// Proto2 `required` fields that are absent (or null). Python's `json_format.Parse` accepts
  /// such a payload (it does not check initialization), so this is a warning: the binary
  /// encoding of the message would fail `ParseFromString`.
  private mutating func checkRequired(_ members: [JSONMember], of message: ProtoMessageDescriptor) {
    for fieldIndex in message.requiredFieldIndices {
      let present = members.contains {
        !$0.value.isNull && message.fieldIndex(named: $0.key) == fieldIndex
      }
      if !present {
        let field = message.fields[fieldIndex]
        report(
          .missingRequired(field: field.name, message: message.fullName),
          at: ProtoJSONSite(owner: message.fullName, field: field.name), severity: .warning)
      }
    }
  }

  // MARK: Fields

  /// False when `value` leaves the field unset: null means "the default", except that a
  /// singular Value field holds it as NULL_VALUE.
  static func setsField(_ value: JSONValue, _ field: ProtoFieldDescriptor) -> Bool {
    guard value.isNull else { return true }
    if field.cardinality != .repeated, case .message(let name) = field.kind {
      return name == ProtoWellKnownType.value.rawValue
    }
    return false
  }

  /// The value of one field (null leaves it unset and is always fine).
  mutating func checkFieldValue(
    _ value: JSONValue, field: ProtoFieldDescriptor, site: ProtoJSONSite
  ) {
    if value.isNull { return }
    switch field.kind {
    case .map(let key, let valueKind):
      checkMap(value, key: key, value: valueKind, site: site)
    default:
      if field.cardinality == .repeated {
        checkRepeated(value, kind: field.kind, site: site)
      } else {
        checkSingle(value, kind: field.kind, site: site)
      }
    }
  }

  private mutating func checkRepeated(_ value: JSONValue, kind: ProtoFieldKind, site: ProtoJSONSite)
  {
    guard case .array(let elements) = value.kind else {
      report(.typeMismatch(expected: "an array", found: value.typeName), at: site)
      return
    }
    let allowsNull = Self.acceptsNull(kind)
    for (position, element) in elements.enumerated() {
      enter(.index(position))
      if element.isNull, !allowsNull {
        report(.nullElement(container: "a repeated field"), at: site)
      } else {
        checkSingle(element, kind: kind, site: site)
      }
      leave()
    }
  }

  private mutating func checkMap(
    _ value: JSONValue, key: ProtoScalar, value valueKind: ProtoFieldKind, site: ProtoJSONSite
  ) {
    guard case .object(let members) = value.kind else {
      report(.typeMismatch(expected: "an object (a map)", found: value.typeName), at: site)
      return
    }
    let allowsNull = Self.acceptsNull(valueKind)
    for member in members {
      enter(.key(member.key))
      checkMapKey(member.key, as: key, site: site)
      if member.value.isNull, !allowsNull {
        report(.nullElement(container: "a map"), at: site)
      } else {
        checkSingle(member.value, kind: valueKind, site: site)
      }
      leave()
    }
  }

  /// Map keys are strings; integer and bool keys are written as their JSON text.
  private mutating func checkMapKey(_ key: String, as scalar: ProtoScalar, site: ProtoJSONSite) {
    switch scalar {
    case .string:
      break
    case .bool:
      if key != "true" && key != "false" { report(.invalidBoolKey(key), at: site) }
    default:
      checkInteger(text: key, scalar, site: site, digitsOnly: true)
    }
  }

  /// One value of a field's kind (a repeated field's element, a map value, a singular value).
  mutating func checkSingle(_ value: JSONValue, kind: ProtoFieldKind, site: ProtoJSONSite) {
    switch kind {
    case .scalar(let scalar):
      checkScalar(value, scalar, site: site)
    case .enumeration(let name):
      checkEnum(value, named: name, site: site)
    case .message(let name), .group(let name):
      checkMessage(value, named: name, site: site)
    case .unresolved(let name):
      report(.unresolvedType(name), at: site)
    case .map:
      preconditionFailure("bug: a map's values are scalars, enums or messages")
    }
  }

  /// Only `google.protobuf.Value` elements may be null (they hold NULL_VALUE).
  private static func acceptsNull(_ kind: ProtoFieldKind) -> Bool {
    if case .message(let name) = kind { return name == ProtoWellKnownType.value.rawValue }
    return false
  }
}

/// Which fields of a message an object has set: a bit mask for the first 64, a set beyond.
struct ProtoJSONFieldSet {
  private var bits: UInt64 = 0
  private var overflow: Set<Int> = []

  /// Adds `index`; false when it was already there.
  mutating func insert(_ index: Int) -> Bool {
    if index < 64 {
      let mask: UInt64 = 1 << UInt64(index)
      defer { bits |= mask }
      return bits & mask == 0
    }
    return overflow.insert(index).inserted
  }
}
