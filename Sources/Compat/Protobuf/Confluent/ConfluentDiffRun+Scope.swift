import Parsers
import SchemaModel

/// The messages and enums declared in one scope (a file's top level or a message's body) on
/// each side.
struct ScopePair {
  var originalMessages: [ProtoMessage]
  var updateMessages: [ProtoMessage]
  var originalEnums: [ProtoEnum]
  var updateEnums: [ProtoEnum]
  /// What encloses the scope, for differences about elements missing on one side.
  var originalLocation: SourceLocation
  var updateLocation: SourceLocation
}

extension ConfluentDiffRun {
  /// Messages are matched by name: removed ones (original order), then added and moved ones
  /// (update order), then each pair is compared; enums likewise after all messages.
  /// A message's index counts messages only, as Confluent's message indexes on the wire do.
  mutating func compareScope(_ scope: ScopePair, path: [String], site: Site) {
    let originalIndex = Self.indexByName(scope.originalMessages.map(\.name))
    let updateIndex = Self.indexByName(scope.updateMessages.map(\.name))
    for message in scope.originalMessages where updateIndex[message.name] == nil {
      add(
        .messageRemoved, path: path + [message.name],
        element: "message '\(message.fullName)'",
        originalLocation: site.originalFile.location(message.span),
        updateLocation: scope.updateLocation)
    }
    for (position, message) in scope.updateMessages.enumerated() {
      guard let before = originalIndex[message.name] else {
        add(
          .messageAdded, path: path + [message.name], element: "message '\(message.fullName)'",
          originalLocation: scope.originalLocation,
          updateLocation: site.updateFile.location(message.span))
        continue
      }
      if before != position {
        add(
          .messageMoved, path: path + [message.name], element: "message '\(message.fullName)'",
          originalDetail: "index \(before)", updateDetail: "index \(position)",
          originalLocation: site.originalFile.location(scope.originalMessages[before].span),
          updateLocation: site.updateFile.location(message.span))
      }
    }
    for message in scope.originalMessages {
      guard let position = updateIndex[message.name] else { continue }
      compareMessage(
        original: message, update: scope.updateMessages[position],
        path: path + [message.name], site: site)
    }
    compareEnums(scope, path: path, site: site)
  }

  private mutating func compareEnums(_ scope: ScopePair, path: [String], site: Site) {
    let originalIndex = Self.indexByName(scope.originalEnums.map(\.name))
    let updateIndex = Self.indexByName(scope.updateEnums.map(\.name))
    for enumeration in scope.originalEnums where updateIndex[enumeration.name] == nil {
      add(
        .enumRemoved, path: path + [enumeration.name],
        element: "enum '\(enumeration.fullName)'",
        originalLocation: site.originalFile.location(enumeration.span),
        updateLocation: scope.updateLocation)
    }
    for enumeration in scope.updateEnums where originalIndex[enumeration.name] == nil {
      add(
        .enumAdded, path: path + [enumeration.name], element: "enum '\(enumeration.fullName)'",
        originalLocation: scope.originalLocation,
        updateLocation: site.updateFile.location(enumeration.span))
    }
    for enumeration in scope.originalEnums {
      guard let position = updateIndex[enumeration.name] else { continue }
      compareEnum(
        original: enumeration, update: scope.updateEnums[position],
        path: path + [enumeration.name], site: site)
    }
  }

  /// Enum values are matched by number; aliases after the first name of a number are ignored.
  mutating func compareEnum(original: ProtoEnum, update: ProtoEnum, path: [String], site: Site) {
    let originalValues = Self.firstByNumber(original.values)
    let updateValues = Self.firstByNumber(update.values)
    let numbers = Set(originalValues.keys).union(updateValues.keys).sorted()
    for number in numbers {
      let element = "value \(number) of enum '\(update.fullName)'"
      switch (originalValues[number], updateValues[number]) {
      case (let old?, nil):
        add(
          .enumConstRemoved, path: path + [String(number)], element: element,
          originalDetail: old.name, originalLocation: site.originalFile.location(old.span),
          updateLocation: site.updateFile.location(update.span))
      case (nil, let new?):
        add(
          .enumConstAdded, path: path + [String(number)], element: element,
          updateDetail: new.name, originalLocation: site.originalFile.location(original.span),
          updateLocation: site.updateFile.location(new.span))
      case (let old?, let new?) where old.name != new.name:
        add(
          .enumConstChanged, path: path + [String(number)], element: element,
          originalDetail: old.name, updateDetail: new.name,
          originalLocation: site.originalFile.location(old.span),
          updateLocation: site.updateFile.location(new.span))
      default:
        break
      }
    }
  }

  static func indexByName(_ names: [String]) -> [String: Int] {
    var index: [String: Int] = [:]
    for (position, name) in names.enumerated() where index[name] == nil {
      index[name] = position
    }
    return index
  }

  static func firstByNumber(_ values: [ProtoEnumValue]) -> [Int: ProtoEnumValue] {
    var byNumber: [Int: ProtoEnumValue] = [:]
    for value in values where byNumber[value.number] == nil { byNumber[value.number] = value }
    return byNumber
  }
}
