import Parsers

/// The messages a binary validator can reach from its root, compiled once into arrays so that
/// the walk over a payload looks fields up by number without hashing or allocating.
struct ProtoBinaryPlan: Sendable {
  /// How a field's value is written on the wire and what is checked in it.
  enum ValueKind: Hashable, Sendable {
    /// int32, int64, uint32, uint64, sint32, sint64, bool: any varint is accepted.
    case varint
    /// fixed32, sfixed32, float.
    case fixed32
    /// fixed64, sfixed64, double.
    case fixed64
    /// `validatesUTF8` from the field's features.
    case string(validatesUTF8: Bool)
    case bytes
    /// An enum; `closedEnum` is the index into `closedEnums` for a closed enum.
    case enumeration(closedEnum: Int?)
    /// A length-delimited message (also a map entry), by index into `messages`.
    case message(Int)
    /// A group, by index into `messages`.
    case group(Int)
    /// A type the linker could not resolve: its value is skipped.
    case unresolved

    /// The wire type a single value of this kind is written with.
    var wireType: ProtoWireType {
      switch self {
      case .varint, .enumeration: .varint
      case .fixed32: .i32
      case .fixed64: .i64
      case .string, .bytes, .message, .unresolved: .len
      case .group: .startGroup
      }
    }

    /// True for the kinds a repeated field may write packed.
    var isPackable: Bool {
      switch self {
      case .varint, .enumeration, .fixed32, .fixed64: true
      default: false
      }
    }
  }

  struct Field: Sendable {
    var number: Int
    var name: String
    /// The token of instance locations: the JSON name, `[full.name]` for an extension.
    var pointerToken: String
    /// `double`, `message acme.Money`, `map<string, int32>`, ... for messages.
    var typeDescription: String
    var kind: ValueKind
    var isRepeated: Bool
    /// True for a map field (entries are the repeated messages of `kind`).
    var isMap: Bool
    /// The bit of this field in the message's required mask, for required fields.
    var requiredBit: Int?
  }

  struct Message: Sendable {
    var fullName: String
    var fields: [Field]
    /// `fieldByNumber[n]` is the index in `fields` of field n, -1 when undeclared, for the
    /// numbers below its count; larger numbers are looked up in `sparseFields`.
    var denseFields: [Int32]
    var sparseFields: [Int: Int]
    /// Required fields by bit; nil when the message has none.
    var requiredFields: [Int]
    /// True for a synthetic map entry: its fields add no token to instance locations.
    var isMapEntry: Bool

    @inline(__always)
    func fieldIndex(number: Int) -> Int? {
      if number < denseFields.count {
        let index = Int(denseFields[number])
        return index >= 0 ? index : nil
      }
      return sparseFields[number]
    }
  }

  /// Declared numbers of a closed enum.
  struct ClosedEnum: Sendable {
    var fullName: String
    /// When every number in this range is declared, membership needs no set lookup.
    var contiguous: ClosedRange<Int32>?
    var numbers: Set<Int32>

    @inline(__always)
    func declares(_ number: Int32) -> Bool {
      if let contiguous { return contiguous.contains(number) }
      return numbers.contains(number)
    }
  }

  /// What the walk reads for each field: no strings, so reading one copies no references.
  struct HotField: Sendable {
    var kind: ValueKind
    /// `kind.wireType`, computed once.
    var wireType: ProtoWireType
    /// True for a repeated field of a packable kind: LEN data is a packed run.
    var acceptsPacked: Bool
    var isRepeated: Bool
    /// The bit in the message's required mask, -1 for fields that are not required.
    var requiredBit: Int
  }

  /// Where a message's fields are in the flat tables.
  struct HotMessage: Sendable {
    /// Start of the message's `denseCount` entries in `denseFields`.
    var denseStart: Int
    var denseCount: Int
    /// Start of the message's fields in `hotFields`.
    var fieldStart: Int
    var hasSparseFields: Bool
    var hasRequiredFields: Bool
  }

  var messages: [Message] = []
  var closedEnums: [ClosedEnum] = []
  /// Flat copies of every message's lookup table and fields, for the walk.
  private(set) var hotMessages: [HotMessage] = []
  private(set) var hotFields: [HotField] = []
  private(set) var denseFields: [Int32] = []
  /// The root message's index in `messages` (always 0).
  let root = 0

  /// Field numbers below this are looked up in an array.
  static let denseLimit = 256

  init(index: ProtoDescriptorIndex, root: ProtoMessageDescriptor) {
    var builder = Builder(index: index)
    _ = builder.messageID(for: root)
    messages = builder.messages
    closedEnums = builder.closedEnums
    for message in messages {
      hotMessages.append(
        HotMessage(
          denseStart: denseFields.count, denseCount: message.denseFields.count,
          fieldStart: hotFields.count, hasSparseFields: !message.sparseFields.isEmpty,
          hasRequiredFields: !message.requiredFields.isEmpty))
      denseFields += message.denseFields
      hotFields += message.fields.map {
        HotField(
          kind: $0.kind, wireType: $0.kind.wireType,
          acceptsPacked: $0.isRepeated && $0.kind.isPackable, isRepeated: $0.isRepeated,
          requiredBit: $0.requiredBit ?? -1)
      }
    }
  }

  /// A copy whose tables share no storage with this one: threads that each use their own copy
  /// do not contend on the reference counts of shared arrays.
  func withCopiedStorage() -> ProtoBinaryPlan {
    var copy = self
    copy.messages = messages.map { message in
      var message = message
      message.fields = message.fields.map { $0 }
      message.denseFields = message.denseFields.map { $0 }
      return message
    }
    copy.closedEnums = closedEnums.map { closed in
      var closed = closed
      closed.numbers = Set(closed.numbers.map { $0 })
      return closed
    }
    copy.hotMessages = hotMessages.map { $0 }
    copy.hotFields = hotFields.map { $0 }
    copy.denseFields = denseFields.map { $0 }
    return copy
  }

  /// The index in the message's `fields` of field `number`, or nil when it is undeclared.
  @inline(__always)
  func fieldIndex(_ hot: HotMessage, messageID: Int, number: Int) -> Int? {
    if number < hot.denseCount {
      let index = Int(denseFields[hot.denseStart + number])
      return index >= 0 ? index : nil
    }
    return hot.hasSparseFields ? messages[messageID].sparseFields[number] : nil
  }

  private struct Builder {
    let index: ProtoDescriptorIndex
    var messages: [Message] = []
    var closedEnums: [ClosedEnum] = []
    var messageIDs: [String: Int] = [:]
    var enumIDs: [String: Int] = [:]

    init(index: ProtoDescriptorIndex) { self.index = index }

    mutating func messageID(for descriptor: ProtoMessageDescriptor) -> Int {
      if let id = messageIDs[descriptor.fullName] { return id }
      let id = messages.count
      messageIDs[descriptor.fullName] = id
      messages.append(
        Message(
          fullName: descriptor.fullName, fields: [], denseFields: [], sparseFields: [:],
          requiredFields: [], isMapEntry: false))
      var fields: [Field] = []
      for field in descriptor.fields {
        fields.append(plan(field, token: field.jsonName, in: descriptor.fullName))
      }
      for ext in index.extensions(of: descriptor.fullName) {
        fields.append(plan(ext.field, token: "[\(ext.fullName)]", in: descriptor.fullName))
      }
      var required: [Int] = []
      for position in fields.indices where fields[position].requiredBit != nil {
        fields[position].requiredBit = required.count
        required.append(position)
      }
      messages[id] = Self.message(
        fullName: descriptor.fullName, fields: fields, required: required, isMapEntry: false)
      return id
    }

    static func message(fullName: String, fields: [Field], required: [Int], isMapEntry: Bool)
      -> Message
    {
      let largest = fields.map(\.number).max() ?? 0
      var dense = [Int32](repeating: -1, count: min(largest + 1, ProtoBinaryPlan.denseLimit))
      var sparse: [Int: Int] = [:]
      // The first declaration wins on a clash, which the linker reports.
      for (position, field) in fields.enumerated() {
        if field.number < dense.count {
          if dense[field.number] < 0 { dense[field.number] = Int32(position) }
        } else if sparse[field.number] == nil {
          sparse[field.number] = position
        }
      }
      return Message(
        fullName: fullName, fields: fields, denseFields: dense, sparseFields: sparse,
        requiredFields: required, isMapEntry: isMapEntry)
    }

    private mutating func plan(_ field: ProtoFieldDescriptor, token: String, in owner: String)
      -> Field
    {
      var planned = Field(
        number: field.number, name: field.name, pointerToken: token,
        typeDescription: Self.describe(field.kind), kind: .unresolved,
        isRepeated: field.isRepeated, isMap: false,
        requiredBit: field.cardinality == .required ? 0 : nil)
      switch field.kind {
      case .map(let key, let value):
        planned.isMap = true
        planned.kind = .message(mapEntryID(field: field, key: key, value: value, owner: owner))
      default:
        planned.kind = valueKind(field.kind, validatesUTF8: field.validatesUTF8)
      }
      return planned
    }

    private mutating func valueKind(_ kind: ProtoFieldKind, validatesUTF8: Bool) -> ValueKind {
      switch kind {
      case .scalar(let scalar): return Self.valueKind(scalar, validatesUTF8: validatesUTF8)
      case .enumeration(let name):
        guard let enumeration = index.enumeration(named: name), enumeration.isClosed else {
          return .enumeration(closedEnum: nil)
        }
        return .enumeration(closedEnum: closedEnumID(enumeration))
      case .message(let name):
        guard let descriptor = index.message(named: name) else { return .unresolved }
        return .message(messageID(for: descriptor))
      case .group(let name):
        guard let descriptor = index.message(named: name) else { return .unresolved }
        return .group(messageID(for: descriptor))
      case .map, .unresolved:
        return .unresolved
      }
    }

    static func valueKind(_ scalar: ProtoScalar, validatesUTF8: Bool) -> ValueKind {
      switch scalar {
      case .int32, .int64, .uint32, .uint64, .sint32, .sint64, .bool: .varint
      case .fixed32, .sfixed32, .float: .fixed32
      case .fixed64, .sfixed64, .double: .fixed64
      case .string: .string(validatesUTF8: validatesUTF8)
      case .bytes: .bytes
      }
    }

    /// A synthetic entry message `{key = 1; value = 2}` per map field.
    private mutating func mapEntryID(
      field: ProtoFieldDescriptor, key: ProtoScalar, value: ProtoFieldKind, owner: String
    ) -> Int {
      let id = messages.count
      let fullName = "\(owner).\(field.name)"
      messages.append(
        Message(
          fullName: fullName, fields: [], denseFields: [], sparseFields: [:], requiredFields: [],
          isMapEntry: true))
      let keyField = Field(
        number: 1, name: "key", pointerToken: "key", typeDescription: key.rawValue,
        kind: Self.valueKind(key, validatesUTF8: field.validatesUTF8), isRepeated: false,
        isMap: false, requiredBit: nil)
      let valueField = Field(
        number: 2, name: "value", pointerToken: "value", typeDescription: Self.describe(value),
        kind: valueKind(value, validatesUTF8: field.validatesUTF8), isRepeated: false,
        isMap: false, requiredBit: nil)
      messages[id] = Self.message(
        fullName: fullName, fields: [keyField, valueField], required: [], isMapEntry: true)
      return id
    }

    private mutating func closedEnumID(_ enumeration: ProtoEnumDescriptor) -> Int {
      if let id = enumIDs[enumeration.fullName] { return id }
      let numbers = Set(enumeration.values.map(\.number))
      var contiguous: ClosedRange<Int32>?
      if let low = numbers.min(), let high = numbers.max(),
        Int(high) - Int(low) + 1 == numbers.count
      {
        contiguous = low...high
      }
      let id = closedEnums.count
      enumIDs[enumeration.fullName] = id
      closedEnums.append(
        ClosedEnum(fullName: enumeration.fullName, contiguous: contiguous, numbers: numbers))
      return id
    }

    static func describe(_ kind: ProtoFieldKind) -> String {
      switch kind {
      case .scalar(let scalar): scalar.rawValue
      case .message(let name): "message \(name)"
      case .enumeration(let name): "enum \(name)"
      case .group(let name): "group \(name)"
      case .map(let key, let value): "map<\(key.rawValue), \(describeShort(value))>"
      case .unresolved(let name): "unresolved type \(name)"
      }
    }

    private static func describeShort(_ kind: ProtoFieldKind) -> String {
      switch kind {
      case .scalar(let scalar): scalar.rawValue
      case .message(let name), .enumeration(let name), .group(let name), .unresolved(let name):
        name
      case .map: describe(kind)
      }
    }
  }
}
