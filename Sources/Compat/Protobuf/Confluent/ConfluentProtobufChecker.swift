import Parsers
import SchemaModel

/// Runs Confluent's Protobuf diff for the compatibility checker: BACKWARD diffs
/// (original = the earlier version, update = the new one), FORWARD the other way round
/// (`SchemaValidatorBuilder.canBeReadStrategy`).
enum ConfluentProtobufChecker {
  /// True when both versions carry a linked Protobuf image to compare.
  static func applies(to version: SchemaVersion) -> Bool {
    version.document.format == .protobuf && version.protoImage != nil
  }

  /// Errors for the incompatible differences of one pair, in direction order.
  static func findings(new: SchemaVersion, old: SchemaVersion, directions: [ReadDirection])
    -> [Diagnostic]
  {
    guard let newImage = new.protoImage, let oldImage = old.protoImage else { return [] }
    var all: [Diagnostic] = []
    for direction in directions {
      let (original, update) = direction == .backward ? (oldImage, newImage) : (newImage, oldImage)
      for difference in ConfluentProtobufDiff.compare(original: original, update: update)
      where !difference.isCompatible {
        all.append(difference.diagnostic(direction: direction, versionLabel: old.label))
      }
    }
    return all
  }

  /// Confluent registers nothing new (and checks nothing) when the subject already has this
  /// schema: the label of an earlier version identical to `new`, if any.
  static func identicalVersion(to new: SchemaVersion, in previous: [SchemaVersion]) -> String? {
    guard let image = new.protoImage else { return nil }
    let identity = image.identity
    return previous.last { $0.protoImage?.identity == identity }?.label
  }
}
