import Parsers
import SchemaModel

/// Every message and enum of an image by full name, with the file that defines it and its
/// name relative to that file's package (Confluent's paths and "local names" use it).
struct ProtoTypeIndex: Sendable {
  struct MessageEntry: Sendable {
    var message: ProtoMessage
    var file: ProtoFileRef
    /// Names from the file's top level down (`["outer", "GoogleHome"]`).
    var localPath: [String]
  }

  struct EnumEntry: Sendable {
    var enumeration: ProtoEnum
    var file: ProtoFileRef
    var localPath: [String]
  }

  private(set) var messages: [String: MessageEntry] = [:]
  private(set) var enums: [String: EnumEntry] = [:]

  init(files: [ProtoFile]) {
    for file in files {
      let ref = ProtoFileRef(file)
      for message in file.messages { add(message, file: ref, parentPath: []) }
      for enumeration in file.enums { add(enumeration, file: ref, parentPath: []) }
    }
  }

  private mutating func add(_ message: ProtoMessage, file: ProtoFileRef, parentPath: [String]) {
    let path = parentPath + [message.name]
    // The first definition wins, as the linker reports duplicates.
    if messages[message.fullName] == nil {
      messages[message.fullName] = MessageEntry(message: message, file: file, localPath: path)
    }
    for nested in message.messages { add(nested, file: file, parentPath: path) }
    for nested in message.enums { add(nested, file: file, parentPath: path) }
  }

  private mutating func add(_ enumeration: ProtoEnum, file: ProtoFileRef, parentPath: [String]) {
    if enums[enumeration.fullName] == nil {
      enums[enumeration.fullName] = EnumEntry(
        enumeration: enumeration, file: file, localPath: parentPath + [enumeration.name])
    }
  }
}

/// What the diff needs to know about the file an element is in.
struct ProtoFileRef: Hashable, Sendable {
  var path: String
  var displayPath: String
  var package: String?

  init(_ file: ProtoFile) {
    path = file.path
    displayPath = file.displayPath
    package = file.package
  }

  func location(_ span: SourceSpan) -> SourceLocation {
    SourceLocation(file: displayPath, position: span.start)
  }

  /// Where findings about the file as a whole point.
  var start: SourceLocation { SourceLocation(file: displayPath, line: 1, column: 1) }
}
