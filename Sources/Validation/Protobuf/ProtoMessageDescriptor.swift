import Parsers

/// One message of a linked image, with its fields indexed by number and by name.
public struct ProtoMessageDescriptor: Hashable, Sendable {
  /// Fully qualified without a leading dot (`acme.orders.Order.Line`).
  public var fullName: String
  /// The import path of the file that declares it (`acme/orders/order.proto`).
  public var filePath: String
  /// The declaring file's syntax or edition.
  public var syntax: ProtoSyntax
  /// Fields in declaration order, oneof members and groups included.
  public var fields: [ProtoFieldDescriptor]
  /// Names of the message's real oneofs, indexed by `ProtoFieldDescriptor.oneofIndex`.
  public var oneofs: [String]
  /// Inclusive `extensions` ranges (proto2 and editions); their numbers are not unknown fields
  /// in the binary encoding's sense, but no extension is indexed.
  public var extensionRanges: [ClosedRange<Int>]
  /// True for the message a proto2 `group` defines.
  public var isGroup: Bool
  /// Positions in `fields` of the required fields (proto2 `required`, editions
  /// `LEGACY_REQUIRED`).
  public private(set) var requiredFieldIndices: [Int]

  private var jsonNames: [String]
  private var indexByNumber: [Int: Int]
  private var indexByJSONName: [String: Int]
  private var indexByName: [String: Int]

  public init(
    fullName: String, filePath: String, syntax: ProtoSyntax, fields: [ProtoFieldDescriptor],
    oneofs: [String] = [], extensionRanges: [ClosedRange<Int>] = [], isGroup: Bool = false
  ) {
    self.fullName = fullName
    self.filePath = filePath
    self.syntax = syntax
    self.fields = fields
    self.oneofs = oneofs
    self.extensionRanges = extensionRanges
    self.isGroup = isGroup
    requiredFieldIndices = fields.indices.filter { fields[$0].cardinality == .required }
    var byNumber: [Int: Int] = [:]
    var byJSONName: [String: Int] = [:]
    var byName: [String: Int] = [:]
    // First declaration wins on a clash, which the linker already reports.
    for (index, field) in fields.enumerated() {
      if byNumber[field.number] == nil { byNumber[field.number] = index }
      if byJSONName[field.jsonName] == nil { byJSONName[field.jsonName] = index }
      if byName[field.name] == nil { byName[field.name] = index }
    }
    jsonNames = fields.map(\.jsonName)
    indexByNumber = byNumber
    indexByJSONName = byJSONName
    indexByName = byName
  }

  /// True when some field is required.
  public var hasRequiredFields: Bool { !requiredFieldIndices.isEmpty }

  /// The field with this number.
  public func field(number: Int) -> ProtoFieldDescriptor? {
    indexByNumber[number].map { fields[$0] }
  }

  /// The field with this JSON name or, failing that, this declared name (the order protoc's
  /// and Python's JSON parsers look names up in).
  public func field(named name: String) -> ProtoFieldDescriptor? {
    fieldIndex(named: name).map { fields[$0] }
  }

  /// The position in `fields` of the field `field(named:)` finds.
  public func fieldIndex(named name: String) -> Int? {
    indexByJSONName[name] ?? indexByName[name]
  }

  /// `fieldIndex(named:)`, trying the field at `hint` first: payloads mostly list fields in
  /// declaration order, and one string comparison is cheaper than hashing the name.
  func fieldIndex(named name: String, hint: Int) -> Int? {
    if hint < jsonNames.count, jsonNames[hint] == name { return hint }
    return fieldIndex(named: name)
  }

  /// The position in `fields` of the field with this number.
  public func fieldIndex(number: Int) -> Int? { indexByNumber[number] }
}
