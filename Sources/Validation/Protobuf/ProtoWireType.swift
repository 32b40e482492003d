/// The six wire types of the Protobuf binary encoding (the low three bits of a tag).
public enum ProtoWireType: UInt8, Hashable, Sendable {
  case varint = 0
  case i64 = 1
  case len = 2
  case startGroup = 3
  case endGroup = 4
  case i32 = 5

  /// The name the Protobuf encoding guide uses (`VARINT`, `I64`, `LEN`, `SGROUP`, `EGROUP`,
  /// `I32`).
  public var displayName: String {
    switch self {
    case .varint: "VARINT"
    case .i64: "I64"
    case .len: "LEN"
    case .startGroup: "SGROUP"
    case .endGroup: "EGROUP"
    case .i32: "I32"
    }
  }
}

/// A field's key: its number and the wire type of the value that follows.
public struct ProtoWireTag: Hashable, Sendable {
  public var fieldNumber: Int
  public var wireType: ProtoWireType

  public init(fieldNumber: Int, wireType: ProtoWireType) {
    self.fieldNumber = fieldNumber
    self.wireType = wireType
  }

  /// The largest field number a tag can carry (2^29 - 1).
  public static let maximumFieldNumber = 536_870_911
}
