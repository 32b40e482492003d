import Parsers
import SchemaModel

/// Confluent's differences as `Change`s for `schemacheck diff`: the differences from old to new,
/// each marked with the directions it breaks. BACKWARD is the diff old -> new; FORWARD is the
/// diff new -> old, where the same change shows under its mirror type (an added field is a
/// removed one) at the same path; forward breaks that match no old -> new difference are
/// listed after the others.
enum ConfluentProtobufChanges {
  static func changes(old: ProtoImage, new: ProtoImage) -> [Change] {
    let backward = ConfluentProtobufDiff.compare(original: old, update: new)
    let forward = ConfluentProtobufDiff.compare(original: new, update: old)
    let forwardBreaks = Set(
      forward.filter { !$0.isCompatible }.map { Key(type: $0.type, path: $0.path) })
    var changes = backward.map { difference in
      Change(
        kind: difference.type.ruleID, path: difference.path,
        message: difference.statement(original: "the old schema", update: "the new schema"),
        oldLocation: difference.originalLocation, newLocation: difference.updateLocation,
        breaksBackward: !difference.isCompatible,
        breaksForward: forwardBreaks.contains(
          Key(type: difference.type.mirror, path: difference.path)))
    }
    let listed = Set(backward.map { Key(type: $0.type.mirror, path: $0.path) })
    for difference in forward
    where !difference.isCompatible
      && !listed.contains(Key(type: difference.type, path: difference.path))
    {
      changes.append(
        Change(
          kind: difference.type.ruleID, path: difference.path,
          message: difference.statement(original: "the new schema", update: "the old schema"),
          oldLocation: difference.updateLocation, newLocation: difference.originalLocation,
          breaksBackward: false, breaksForward: true))
    }
    return changes
  }

  private struct Key: Hashable {
    var type: ConfluentDifferenceType
    var path: String
  }
}

extension ConfluentDifferenceType {
  /// The type the same change has when original and update swap roles.
  var mirror: ConfluentDifferenceType {
    switch self {
    case .messageAdded: .messageRemoved
    case .messageRemoved: .messageAdded
    case .enumAdded: .enumRemoved
    case .enumRemoved: .enumAdded
    case .enumConstAdded: .enumConstRemoved
    case .enumConstRemoved: .enumConstAdded
    case .fieldAdded: .fieldRemoved
    case .fieldRemoved: .fieldAdded
    case .requiredFieldAdded: .requiredFieldRemoved
    case .requiredFieldRemoved: .requiredFieldAdded
    case .oneofAdded: .oneofRemoved
    case .oneofRemoved: .oneofAdded
    case .oneofFieldAdded: .oneofFieldRemoved
    case .oneofFieldRemoved: .oneofFieldAdded
    default: self
    }
  }
}
