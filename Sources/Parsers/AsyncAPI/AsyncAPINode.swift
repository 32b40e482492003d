import SchemaModel

/// A JSON value with the file it was read from and its JSON pointer in that file, so that a
/// `$ref` inside it resolves against the right file and its identity survives references.
struct AsyncAPINode {
  var value: JSONValue
  var file: String
  var pointer: String

  /// The member `key`, when the value is an object holding it.
  func child(_ key: String) -> AsyncAPINode? {
    value[key].map {
      AsyncAPINode(value: $0, file: file, pointer: pointer + "/" + JSONPointer.escape(key))
    }
  }

  /// The object's members as nodes, in source order.
  var members: [(key: String, keyPosition: TextPosition, node: AsyncAPINode)] {
    (value.members ?? []).map { member in
      (
        member.key, member.keyPosition,
        AsyncAPINode(
          value: member.value, file: file, pointer: pointer + "/" + JSONPointer.escape(member.key))
      )
    }
  }

  /// The array's elements as nodes.
  var elements: [AsyncAPINode] {
    (value.elements ?? []).enumerated().map { index, element in
      AsyncAPINode(value: element, file: file, pointer: pointer + "/\(index)")
    }
  }

  /// `file#pointer`: the same for every `$ref` that reaches this node.
  var identity: String { file + "#" + pointer }

  /// The `$ref` string when the value is a reference object.
  var reference: String? { value["$ref"]?.stringValue }

  /// A string member.
  func string(_ key: String) -> String? { value[key]?.stringValue }
}
