import SchemaModel

/// Record fields: name, type, default, order, aliases, doc and custom properties.
extension AvroSchemaBuilder {
  static let fieldKeys = ["name", "type", "doc", "default", "order", "aliases"]

  /// One field of a record, or nil when the element is not an object.
  ///
  /// Presence: `.optional` when the type is a union with a `null` branch (the Avro idiom for an
  /// optional value), `.required` otherwise. A default does not make a field optional: the spec
  /// says the field is still encoded, the default only serves readers of older data.
  mutating func field(_ object: JSONValue, recordName: String, namespace: String, depth: Int)
    -> Field?
  {
    guard let members = object.members else {
      report(
        .invalidAttribute(
          attribute: "fields", owner: "record '\(recordName)'",
          expected: "an array of field objects", found: "an array containing \(object.typeName)"),
        at: object.position)
      return nil
    }
    var name = ""
    if let nameValue = object["name"] {
      if let text = nameValue.stringValue {
        name = text
        _ = checkName(
          AvroNames.validity(ofName: text), text, what: "field name", at: nameValue.position)
      } else {
        report(
          .invalidAttribute(
            attribute: "name", owner: "a field of record '\(recordName)'", expected: "a string",
            found: nameValue.typeName),
          at: nameValue.position)
      }
    } else {
      report(
        .missingAttribute(attribute: "name", owner: "a field of record '\(recordName)'"),
        at: object.position)
    }
    let fieldPath = "\(recordName).\(name)"
    let owner = "field '\(fieldPath)'"
    let type: TypeNode
    if let typeValue = object["type"] {
      pathTokens.append("type")
      type = schema(typeValue, namespace: namespace, depth: depth + 1)
      pathTokens.removeLast()
    } else {
      report(.missingAttribute(attribute: "type", owner: owner), at: object.position)
      type = TypeNode(.any, location: location(object.position))
    }
    let defaultValue = object["default"]
    if let defaultValue {
      pendingDefaults.append(
        PendingDefault(
          fieldPath: fieldPath, schemaPath: currentSchemaPath + "/default", type: type,
          value: defaultValue))
    }
    return Field(
      name: name,
      type: type,
      presence: Self.presence(of: type),
      defaultValue: defaultValue,
      doc: doc(object, owner: owner),
      aliases: stringList("aliases", of: object, owner: owner).map(\.text),
      // A custom property to Avro (kept among the properties), but a widespread convention.
      deprecated: object["deprecated"]?.kind == .bool(true),
      order: order(object, fieldPath: fieldPath),
      location: location(object.position),
      properties: members.filter { !Self.fieldKeys.contains($0.key) })
  }

  static func presence(of type: TypeNode) -> FieldPresence {
    guard case .union(let branches) = type.kind else { return .required }
    let hasNull = branches.contains {
      if case .primitive(.null) = $0.kind { return true }
      return false
    }
    return hasNull ? .optional : .required
  }

  private mutating func order(_ object: JSONValue, fieldPath: String) -> FieldOrder? {
    guard let value = object["order"] else { return nil }
    // Java upper-cases the value before matching, so "ASCENDING" is accepted too.
    guard let text = value.stringValue, let order = FieldOrder(rawValue: text.lowercased())
    else {
      let found = value.stringValue.map { "\"\($0)\"" } ?? value.typeName
      report(.invalidOrder(field: fieldPath, value: found), at: value.position)
      return nil
    }
    return order
  }
}
