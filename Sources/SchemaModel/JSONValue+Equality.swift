/// Equality and hashing without recursion, so trees as deep as the reader allows can be compared
/// and hashed on threads with small stacks (the synthesised versions recurse once per level).
extension JSONValue {
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    var pending: [(JSONValue, JSONValue)] = [(lhs, rhs)]
    while let (left, right) = pending.popLast() {
      guard left.position == right.position else { return false }
      switch (left.kind, right.kind) {
      case (.null, .null):
        continue
      case (.bool(let leftBool), .bool(let rightBool)):
        guard leftBool == rightBool else { return false }
      case (.number(let leftNumber), .number(let rightNumber)):
        guard leftNumber == rightNumber else { return false }
      case (.string(let leftString), .string(let rightString)):
        guard leftString == rightString else { return false }
      case (.array(let leftElements), .array(let rightElements)):
        guard leftElements.count == rightElements.count else { return false }
        pending.append(contentsOf: zip(leftElements, rightElements))
      case (.object(let leftMembers), .object(let rightMembers)):
        guard leftMembers.count == rightMembers.count else { return false }
        for (leftMember, rightMember) in zip(leftMembers, rightMembers) {
          guard leftMember.key == rightMember.key,
            leftMember.keyPosition == rightMember.keyPosition
          else { return false }
          pending.append((leftMember.value, rightMember.value))
        }
      default:
        return false
      }
    }
    return true
  }

  public func hash(into hasher: inout Hasher) {
    var pending: [JSONValue] = [self]
    while let value = pending.popLast() {
      hasher.combine(value.position)
      switch value.kind {
      case .null:
        hasher.combine(0)
      case .bool(let bool):
        hasher.combine(1)
        hasher.combine(bool)
      case .number(let number):
        hasher.combine(2)
        hasher.combine(number)
      case .string(let string):
        hasher.combine(3)
        hasher.combine(string)
      case .array(let elements):
        hasher.combine(4)
        hasher.combine(elements.count)
        pending.append(contentsOf: elements.reversed())
      case .object(let members):
        hasher.combine(5)
        hasher.combine(members.count)
        for member in members.reversed() {
          hasher.combine(member.key)
          hasher.combine(member.keyPosition)
          pending.append(member.value)
        }
      }
    }
  }
}
