import SchemaModel

/// RFC 7386 JSON Merge Patch, which AsyncAPI uses to apply traits.
enum JSONMergePatch {
  /// `target` with `patch` applied: members of an object patch merge recursively, `null`
  /// removes a member, any other patch value replaces the target.
  static func apply(_ patch: JSONValue, to target: JSONValue, depth: Int = 0) -> JSONValue {
    guard case .object(let patchMembers) = patch.kind else { return patch }
    guard depth < 64 else { return patch }
    var members = target.members ?? []
    for member in patchMembers {
      let index = members.firstIndex { $0.key == member.key }
      if member.value.isNull {
        if let index { members.remove(at: index) }
      } else if let index {
        members[index].value = apply(member.value, to: members[index].value, depth: depth + 1)
      } else {
        members.append(
          JSONMember(
            key: member.key, keyPosition: member.keyPosition,
            value: apply(
              member.value, to: JSONValue(.object([]), at: member.value.position),
              depth: depth + 1)))
      }
    }
    let position = target.members == nil ? patch.position : target.position
    return JSONValue(.object(members), at: position)
  }
}
