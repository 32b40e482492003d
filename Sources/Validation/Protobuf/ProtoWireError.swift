import SchemaModel

/// Why bytes are not a well-formed Protobuf wire-format stream; `offset` counts from the first
/// byte of the reader's data.
public struct ProtoWireError: Error, Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// A varint, fixed-width value or tag runs past the end of the data.
    case truncated(what: String, needed: Int, remaining: Int)
    /// A varint whose last byte still has its continuation bit set at the end of the data.
    case unterminatedVarint(what: String)
    /// A varint longer than 10 bytes (5 for tags and lengths), as parsers refuse.
    case overlongVarint(what: String, maximumBytes: Int)
    /// Wire type 6 or 7.
    case invalidWireType(UInt8)
    /// Field number 0 (numbers above 2^29 - 1 cannot be encoded in a 32-bit tag).
    case invalidFieldNumber(Int)
    /// A tag whose varint does not fit in 32 bits.
    case tagTooLarge(UInt64)
    /// A length prefix larger than the bytes that follow it.
    case lengthPastEnd(length: UInt64, remaining: Int)
    /// A packed run of fixed-width values whose length is not a multiple of their width.
    case packedLengthNotMultiple(what: String, length: Int, width: Int)
    /// An end-group tag with no open group, or closing a group of another number.
    case unmatchedEndGroup(fieldNumber: Int, openGroup: Int?)
    /// A start-group tag whose end-group tag never comes.
    case unterminatedGroup(fieldNumber: Int)
    /// Groups nested deeper than the recursion limit.
    case tooDeep(limit: Int)
  }

  public var kind: Kind
  public var offset: Int

  public init(_ kind: Kind, at offset: Int) {
    self.kind = kind
    self.offset = offset
  }

  /// The `PAYLOAD_*` rule id a validator reports this error with.
  public var ruleID: RuleID {
    switch kind {
    case .truncated, .unterminatedVarint, .lengthPastEnd, .unterminatedGroup: "PAYLOAD_TRUNCATED"
    case .overlongVarint: "PAYLOAD_INVALID_VARINT"
    case .invalidWireType, .invalidFieldNumber, .tagTooLarge: "PAYLOAD_INVALID_TAG"
    case .packedLengthNotMultiple: "PAYLOAD_INVALID_LENGTH"
    case .unmatchedEndGroup: "PAYLOAD_GROUP_MISMATCH"
    case .tooDeep: "PAYLOAD_TOO_DEEP"
    }
  }

  /// What is wrong, with the byte offset.
  public var message: String {
    switch kind {
    case .truncated(let what, let needed, let remaining):
      "the \(what) at byte \(offset) needs \(needed) \(needed == 1 ? "byte" : "bytes") but "
        + "only \(remaining) \(remaining == 1 ? "remains" : "remain"); the data is truncated"
    case .unterminatedVarint(let what):
      "the \(what) at byte \(offset) runs past the end of the data; the data is truncated"
    case .overlongVarint(let what, let maximumBytes):
      "the \(what) at byte \(offset) is longer than \(maximumBytes) bytes"
    case .invalidWireType(let wireType):
      "the tag at byte \(offset) has wire type \(wireType), which does not exist "
        + "(valid wire types are 0 to 5)"
    case .invalidFieldNumber(let number):
      "the tag at byte \(offset) has field number \(number); field numbers start at 1"
    case .tagTooLarge(let value):
      "the tag at byte \(offset) has the value \(value), which does not fit in 32 bits"
    case .lengthPastEnd(let length, let remaining):
      "the length at byte \(offset) says \(length) bytes follow but only \(remaining) "
        + "\(remaining == 1 ? "remains" : "remain"); the data is truncated"
    case .packedLengthNotMultiple(let what, let length, let width):
      "the \(what) at byte \(offset) are \(length) bytes long, which is not a multiple of "
        + "\(width)"
    case .unmatchedEndGroup(let number, let open):
      if let open {
        "the end-group tag of field \(number) at byte \(offset) does not close the open "
          + "group of field \(open)"
      } else {
        "the end-group tag of field \(number) at byte \(offset) has no matching start-group tag"
      }
    case .unterminatedGroup(let number):
      "the group of field \(number) that starts at byte \(offset) has no end-group tag"
    case .tooDeep(let limit):
      "the data at byte \(offset) nests messages or groups deeper than \(limit) levels"
    }
  }
}
