import Parsers
import SchemaModel

extension ConfluentDiffRun {
  /// Oneofs are matched by their members, not their names: each oneof of the update is checked
  /// for the original groups its surviving members come from (an original oneof is one group;
  /// each original plain field is a group of its own). Members from more than one group mean
  /// data may set several of them at once: MULTIPLE_FIELDS_MOVED_TO_ONEOF when more than one
  /// was a plain field, otherwise FIELD_MOVED_TO_EXISTING_ONEOF.
  mutating func compareOneofGroups(_ members: MessageMembers, path: [String], site: Site) {
    for (index, oneof) in members.update.oneofs.enumerated() {
      var groups: Set<OriginalGroup> = []
      var plainFields: [String] = []
      for field in members.update.fields where field.oneofIndex == index {
        guard let old = members.originalFields[field.number] else { continue }
        if let oldIndex = old.oneofIndex {
          groups.insert(.oneof(oldIndex))
        } else {
          groups.insert(.plainField(old.number))
          plainFields.append(old.name)
        }
      }
      guard groups.count > 1 else { continue }
      add(
        plainFields.count > 1 ? .multipleFieldsMovedToOneof : .fieldMovedToExistingOneof,
        path: path + [oneof.name], element: "oneof '\(members.update.name).\(oneof.name)'",
        updateDetail: plainFields.isEmpty
          ? nil : plainFields.map { "'\($0)'" }.joined(separator: ", "),
        originalLocation: site.originalFile.location(members.original.span),
        updateLocation: site.updateFile.location(oneof.span))
    }
  }

  /// ONEOF_REMOVED for names only in the original, then ONEOF_ADDED for names only in the
  /// update.
  mutating func compareOneofNames(_ members: MessageMembers, path: [String], site: Site) {
    let originalNames = Set(members.original.oneofs.map(\.name))
    let updateNames = Set(members.update.oneofs.map(\.name))
    for oneof in members.original.oneofs where !updateNames.contains(oneof.name) {
      add(
        .oneofRemoved, path: path + [oneof.name],
        element: "oneof '\(members.original.name).\(oneof.name)'",
        originalLocation: site.originalFile.location(oneof.span),
        updateLocation: site.updateFile.location(members.update.span))
    }
    for oneof in members.update.oneofs where !originalNames.contains(oneof.name) {
      add(
        .oneofAdded, path: path + [oneof.name],
        element: "oneof '\(members.update.name).\(oneof.name)'",
        originalLocation: site.originalFile.location(members.original.span),
        updateLocation: site.updateFile.location(oneof.span))
    }
  }

  /// Where a field was in the original: a oneof (by index) or on its own.
  enum OriginalGroup: Hashable {
    case oneof(Int)
    case plainField(Int)
  }
}
