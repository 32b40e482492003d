import Parsers
import SchemaModel

/// The same field number on both sides, with the full names of the messages declaring them.
struct FieldPair {
  var original: ProtoField
  var update: ProtoField
  var originalMessage: String
  var updateMessage: String
}

extension ConfluentDiffRun {
  /// Name, then kind (scalar, message, map; a kind change ends the comparison), then the
  /// type within the kind, then the label when both sides wrote one.
  mutating func compareField(_ pair: FieldPair, path: [String], site: Site) {
    let old = pair.original
    let new = pair.update
    let element = "field '\(Self.shortName(pair.updateMessage)).\(new.name)' (number \(new.number))"
    let locations = FieldLocations(
      original: site.originalFile.location(old.span), update: site.updateFile.location(new.span))
    if old.name != new.name {
      add(
        .fieldNameChanged, path: path, element: element, originalDetail: "'\(old.name)'",
        updateDetail: "'\(new.name)'", originalLocation: locations.original,
        updateLocation: locations.update)
    }
    let oldShape = ConfluentFieldShape(
      field: old, enclosingFullName: pair.originalMessage, types: original.types)
    let newShape = ConfluentFieldShape(
      field: new, enclosingFullName: pair.updateMessage, types: update.types)
    guard compareShapes(oldShape, newShape, path: path, element: element, at: locations) else {
      return
    }
    compareLabels(old: old, new: new, shape: oldShape, path: path, element: element, at: locations)
  }

  struct FieldLocations {
    var original: SourceLocation
    var update: SourceLocation
  }

  /// Returns false when the kinds differ (FIELD_KIND_CHANGED), which ends the comparison.
  private mutating func compareShapes(
    _ old: ConfluentFieldShape, _ new: ConfluentFieldShape, path: [String], element: String,
    at locations: FieldLocations
  ) -> Bool {
    switch (old, new) {
    case (.scalar(let oldGroup, _), .scalar(let newGroup, _)):
      if oldGroup != newGroup {
        add(
          .fieldScalarKindChanged, path: path, element: element, originalDetail: old.text,
          updateDetail: new.text, originalLocation: locations.original,
          updateLocation: locations.update)
      }
      return true
    case (.message(let oldName, _), .message(let newName, _)):
      compareNamedTypes(
        original: oldName, update: newName, path: path, element: element, at: locations)
      return true
    case (.map(let oldKey, let oldValue), .map(let newKey, let newValue)):
      // Confluent compares the synthetic entry messages' key and value like fields, and
      // reports what it finds at the map field's own path.
      guard compareShapes(oldKey, newKey, path: path, element: element, at: locations) else {
        return false
      }
      return compareShapes(oldValue, newValue, path: path, element: element, at: locations)
    default:
      add(
        .fieldKindChanged, path: path, element: element, originalDetail: old.text,
        updateDetail: new.text, originalLocation: locations.original,
        updateLocation: locations.update)
      return false
    }
  }

  /// Labels count only when both sides wrote one (a proto3 field without a label has none),
  /// and never for message fields.
  private mutating func compareLabels(
    old: ProtoField, new: ProtoField, shape: ConfluentFieldShape, path: [String],
    element: String, at locations: FieldLocations
  ) {
    guard let oldLabel = old.label, let newLabel = new.label, oldLabel != newLabel,
      case .scalar = shape
    else { return }
    add(
      shape.isStringOrBytes ? .fieldStringOrBytesLabelChanged : .fieldNumericLabelChanged,
      path: path, element: element, originalDetail: oldLabel.rawValue,
      updateDetail: newLabel.rawValue, originalLocation: locations.original,
      updateLocation: locations.update)
  }

  /// The last component of a full name (`acme.Order` -> `Order`), for messages.
  static func shortName(_ fullName: String) -> String {
    fullName.split(separator: ".").last.map(String.init) ?? fullName
  }
}
