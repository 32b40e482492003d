import Parsers
import SchemaModel

/// Confluent Schema Registry's Protobuf compatibility (`ProtobufSchema.isBackwardCompatible`):
/// the differences between an original and an update, and whether all are compatible.
///
/// Confluent compares the registered schema's file and follows the types it references into
/// their files. Here that file is the image's target file (a subject is one `.proto`); when an
/// image has several targets the first in image order is used unless a path is given.
public enum ConfluentProtobufDiff {
  /// Every difference from `original` to `update`, in Confluent's reporting order.
  public static func compare(
    original: ProtoImage, update: ProtoImage, originalFile: String? = nil,
    updateFile: String? = nil
  ) -> [ConfluentDifference] {
    var run = ConfluentDiffRun(
      original: ConfluentDiffSide(image: original, mainPath: originalFile),
      update: ConfluentDiffSide(image: update, mainPath: updateFile))
    run.compareFiles()
    return run.differences
  }

  /// True when every difference from `original` to `update` is in Confluent's compatible set:
  /// `update` can read data written with `original`.
  public static func isCompatible(original: ProtoImage, update: ProtoImage) -> Bool {
    compare(original: original, update: update).allSatisfy(\.isCompatible)
  }

  /// The file a subject's schema is: the given path, else the first target file.
  public static func mainFile(of image: ProtoImage, path: String? = nil) -> ProtoFile? {
    if let path { return image.files.first { $0.path == path } }
    return image.targetFiles.first
  }
}

/// One side of a comparison: its main file and every type of its image.
struct ConfluentDiffSide: Sendable {
  var mainFile: ProtoFile
  var types: ProtoTypeIndex

  init(image: ProtoImage, mainPath: String?) {
    mainFile = ConfluentProtobufDiff.mainFile(of: image, path: mainPath) ?? ProtoFile(path: "")
    types = ProtoTypeIndex(files: image.files)
  }
}

/// The state of one comparison: differences found so far, and the verdicts of message pairs
/// reached through fields that refer to other files' types (compared once; a pair met again
/// while it is being compared counts as compatible, which ends cycles).
struct ConfluentDiffRun {
  let original: ConfluentDiffSide
  let update: ConfluentDiffSide
  var differences: [ConfluentDifference] = []
  var namedTypeVerdicts: [NamedTypePair: Bool] = [:]
  /// How many referenced messages deep the comparison is.
  var referenceDepth = 0
  static let maxReferenceDepth = 200

  struct NamedTypePair: Hashable {
    var original: String
    var update: String
  }

  init(original: ConfluentDiffSide, update: ConfluentDiffSide) {
    self.original = original
    self.update = update
  }

  /// A pair of elements, one on each side, with the files they are in.
  struct Site {
    var originalFile: ProtoFileRef
    var updateFile: ProtoFileRef
  }

  mutating func add(
    _ type: ConfluentDifferenceType, path: [String], element: String,
    originalDetail: String? = nil, updateDetail: String? = nil,
    originalLocation: SourceLocation?, updateLocation: SourceLocation?
  ) {
    differences.append(
      ConfluentDifference(
        type: type, path: Self.pathText(path), element: element, originalDetail: originalDetail,
        updateDetail: updateDetail, originalLocation: originalLocation,
        updateLocation: updateLocation))
  }

  static func pathText(_ components: [String]) -> String {
    "#/" + components.joined(separator: "/")
  }

  /// PACKAGE_CHANGED, then the file's messages and enums.
  mutating func compareFiles() {
    let originalFile = original.mainFile
    let updateFile = update.mainFile
    let site = Site(
      originalFile: ProtoFileRef(originalFile), updateFile: ProtoFileRef(updateFile))
    if (originalFile.package ?? "") != (updateFile.package ?? "") {
      add(
        .packageChanged, path: [], element: "the package",
        originalDetail: originalFile.package.map { "'\($0)'" } ?? "no package",
        updateDetail: updateFile.package.map { "'\($0)'" } ?? "no package",
        originalLocation: originalFile.packageSpan.map(site.originalFile.location)
          ?? site.originalFile.start,
        updateLocation: updateFile.packageSpan.map(site.updateFile.location)
          ?? site.updateFile.start)
    }
    compareScope(
      ScopePair(
        originalMessages: originalFile.messages, updateMessages: updateFile.messages,
        originalEnums: originalFile.enums, updateEnums: updateFile.enums,
        originalLocation: site.originalFile.start, updateLocation: site.updateFile.start),
      path: [], site: site)
  }
}
