import Parsers
import SchemaModel

extension ConfluentDiffRun {
  /// Oneof regrouping first, then oneofs added and removed, then fields by number (top-level
  /// and oneof members alike, ascending), then the nested messages and enums.
  mutating func compareMessage(
    original: ProtoMessage, update: ProtoMessage, path: [String], site: Site
  ) {
    let members = MessageMembers(original: original, update: update)
    compareOneofGroups(members, path: path, site: site)
    compareOneofNames(members, path: path, site: site)
    for number in members.numbers {
      compareField(number: number, members: members, path: path, site: site)
    }
    compareScope(
      ScopePair(
        originalMessages: original.messages, updateMessages: update.messages,
        originalEnums: original.enums, updateEnums: update.enums,
        originalLocation: site.originalFile.location(original.span),
        updateLocation: site.updateFile.location(update.span)),
      path: path, site: site)
  }

  private mutating func compareField(
    number: Int, members: MessageMembers, path: [String], site: Site
  ) {
    let original = members.original
    let update = members.update
    switch (members.originalFields[number], members.updateFields[number]) {
    case (let old?, nil):
      let oldOneof = members.originalOneof(of: old)
      let element = "field '\(original.name).\(old.name)' (number \(number))"
      let locations = (
        site.originalFile.location(old.span), site.updateFile.location(update.span)
      )
      if let oldOneof {
        // Dropping a whole oneof whose members all disappear is allowed; dropping one member
        // while others live on is not.
        guard members.hasSurvivingMember(oneofIndex: old.oneofIndex) else { return }
        add(
          .oneofFieldRemoved, path: path + [oldOneof.name, String(number)],
          element: element + " of oneof '\(oldOneof.name)'",
          originalLocation: locations.0, updateLocation: locations.1)
      } else {
        add(
          old.label == .required ? .requiredFieldRemoved : .fieldRemoved,
          path: path + [String(number)], element: element,
          originalLocation: locations.0, updateLocation: locations.1)
      }
    case (nil, let new?):
      let newOneof = members.updateOneof(of: new)
      let element = "field '\(update.name).\(new.name)' (number \(number))"
      let locations = (
        site.originalFile.location(original.span), site.updateFile.location(new.span)
      )
      if let newOneof {
        add(
          .oneofFieldAdded, path: path + [newOneof.name, String(number)],
          element: element + " of oneof '\(newOneof.name)'",
          originalLocation: locations.0, updateLocation: locations.1)
      } else {
        add(
          new.label == .required ? .requiredFieldAdded : .fieldAdded,
          path: path + [String(number)], element: element,
          originalLocation: locations.0, updateLocation: locations.1)
      }
    case (let old?, let new?):
      let newOneof = members.updateOneof(of: new)
      let fieldPath = path + (newOneof.map { [$0.name] } ?? []) + [String(number)]
      if members.originalOneof(of: old) != nil, newOneof == nil {
        add(
          .oneofFieldMovedToTopLevel, path: fieldPath,
          element: "field '\(update.name).\(new.name)' (number \(number))",
          originalLocation: site.originalFile.location(old.span),
          updateLocation: site.updateFile.location(new.span))
      }
      compareField(
        FieldPair(
          original: old, update: new, originalMessage: original.fullName,
          updateMessage: update.fullName),
        path: fieldPath, site: site)
    case (nil, nil):
      break
    }
  }
}

/// The fields of a message pair by number, and the oneofs they belong to.
struct MessageMembers {
  let original: ProtoMessage
  let update: ProtoMessage
  let originalFields: [Int: ProtoField]
  let updateFields: [Int: ProtoField]

  init(original: ProtoMessage, update: ProtoMessage) {
    self.original = original
    self.update = update
    originalFields = Self.byNumber(original.fields)
    updateFields = Self.byNumber(update.fields)
  }

  /// Every field number of either side, ascending.
  var numbers: [Int] { Set(originalFields.keys).union(updateFields.keys).sorted() }

  func originalOneof(of field: ProtoField) -> ProtoOneof? {
    Self.oneof(field.oneofIndex, in: original)
  }

  func updateOneof(of field: ProtoField) -> ProtoOneof? {
    Self.oneof(field.oneofIndex, in: update)
  }

  /// True when some member of the original oneof still exists in the update.
  func hasSurvivingMember(oneofIndex: Int?) -> Bool {
    original.fields.contains { $0.oneofIndex == oneofIndex && updateFields[$0.number] != nil }
  }

  private static func oneof(_ index: Int?, in message: ProtoMessage) -> ProtoOneof? {
    guard let index, message.oneofs.indices.contains(index) else { return nil }
    return message.oneofs[index]
  }

  private static func byNumber(_ fields: [ProtoField]) -> [Int: ProtoField] {
    var byNumber: [Int: ProtoField] = [:]
    for field in fields where byNumber[field.number] == nil { byNumber[field.number] = field }
    return byNumber
  }
}
