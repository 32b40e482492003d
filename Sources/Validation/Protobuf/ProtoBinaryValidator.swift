import Parsers
import SchemaModel

/// Validates Protobuf binary (wire-format) messages against one message of a linked image,
/// deciding as protoc's C++ parser and Python's `ParseFromString` (upb) decide. What they
/// reject is an error: truncated or overlong data, bad tags, unmatched groups, invalid UTF-8
/// in proto3 and `VERIFY` strings, nesting deeper than 100. Stricter than they are: a declared
/// field written with another wire type (they silently move it to unknown fields) and a missing
/// proto2 `required` field (C++ and Java reject it; Python leaves `IsInitialized()` false) are
/// errors. What they keep as unknown fields is a warning: undeclared numbers, numbers of a
/// closed enum that name no value.
///
/// Build it once and validate many messages; it is a value and `Sendable`.
public struct ProtoBinaryValidator: Sendable {
  /// The full name of the message payloads are validated against.
  public let messageName: String
  /// Unknown fields are warnings in the binary encoding whatever `allowUnknownFields` says:
  /// parsers keep them, and a newer writer's fields are expected there.
  public let options: PayloadOptions
  /// At most this many findings are reported per payload.
  public var maximumFindings = 100
  private var plan: ProtoBinaryPlan

  public init(
    index: ProtoDescriptorIndex, messageName: String, options: PayloadOptions = PayloadOptions()
  ) throws(ProtoPayloadSetupError) {
    let root = try index.requireMessage(named: messageName)
    self.messageName = root.fullName
    self.options = options
    self.plan = ProtoBinaryPlan(index: index, root: root)
  }

  /// The same validator with its own copy of every table, for one worker thread of a
  /// parallel batch (threads sharing one validator contend on its reference counts).
  public func forWorkerThread() -> ProtoBinaryValidator {
    var copy = self
    copy.plan = plan.withCopiedStorage()
    return copy
  }

  /// Validates one message that fills `bytes` exactly. Byte offsets count from the first
  /// byte of `bytes`.
  public func validate(_ bytes: ArraySlice<UInt8>) -> [PayloadError] {
    bytes.withUnsafeBufferPointer { buffer in
      var walk = ProtoBinaryWalk(plan: plan, bytes: buffer, maximumFindings: maximumFindings)
      walk.walkEmbedded(plan.root, range: 0..<buffer.count, depth: 0)
      return walk.findings
    }
  }

  /// Validates one message that fills `bytes` exactly, with byte offsets counted from index
  /// `origin` of the buffer the slice is taken from (the start of a file that holds a framed
  /// or delimited message), so that they point into the whole file.
  public func validate(_ bytes: ArraySlice<UInt8>, offsetsFrom origin: Int) -> [PayloadError] {
    var findings = validate(bytes)
    let shift = bytes.startIndex - origin
    guard shift != 0 else { return findings }
    for index in findings.indices {
      findings[index].byteOffset = findings[index].byteOffset.map { $0 + shift }
    }
    return findings
  }
}
