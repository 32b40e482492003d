import SchemaModel

/// Records, enums and fixed: the named types, with their full names, aliases and docs.
extension AvroSchemaBuilder {
  /// The full name of a definition (spec "Names"): a dotted `name` is a full name and the
  /// `namespace` attribute is ignored; otherwise `namespace` (`""` being the null namespace) or
  /// the enclosing namespace. Registers the name so that later uses become references.
  mutating func defineName(_ object: JSONValue, kind: String, enclosingNamespace: String)
    -> QualifiedName
  {
    guard let nameValue = object["name"] else {
      report(.missingAttribute(attribute: "name", owner: kind), at: object.position)
      return QualifiedName(namespace: enclosingNamespace, name: "")
    }
    guard let written = nameValue.stringValue else {
      report(
        .invalidAttribute(
          attribute: "name", owner: kind, expected: "a string", found: nameValue.typeName),
        at: nameValue.position)
      return QualifiedName(namespace: enclosingNamespace, name: "")
    }
    let name =
      written.contains(".")
      ? QualifiedName(fullName: written)
      : QualifiedName(namespace: namespaceAttribute(object) ?? enclosingNamespace, name: written)
    guard
      checkName(
        AvroNames.validity(ofFullName: written), written, what: "\(kind) name",
        at: nameValue.position)
    else { return name }
    if AvroNames.primitives[name.name] != nil {
      report(.primitiveRedefined(name: name.name), at: nameValue.position)
      return name
    }
    if let first = definitionPositions[name.fullName] {
      // Java 1.12 accepts a repeated definition equal to the first; decided once it is built.
      repeatedDefinitions[object.position] = RepeatedDefinition(
        fullName: name.fullName, namePosition: nameValue.position, firstPosition: first)
      return name
    }
    definitionPositions[name.fullName] = object.position
    slotByFullName[name.fullName] = definitionSlots.count
    definitionSlots.append(nil)
    return name
  }

  /// The `namespace` attribute when it is a string (JSON null counts as absent, as in Java).
  private mutating func namespaceAttribute(_ object: JSONValue) -> String? {
    guard let value = object["namespace"], !value.isNull else { return nil }
    guard let namespace = value.stringValue else {
      report(
        .invalidAttribute(
          attribute: "namespace", owner: "a named type", expected: "a string",
          found: value.typeName),
        at: value.position)
      return nil
    }
    switch AvroNames.validity(ofNamespace: namespace) {
    case .valid: break
    case .javaOnly:
      report(.nonPortableName(name: namespace, what: "namespace"), at: value.position)
    case .invalid: report(.invalidNamespace(namespace: namespace), at: value.position)
    }
    return namespace
  }

  /// Reports a name that breaks the spec's rule; false when even Java would refuse it.
  mutating func checkName(
    _ validity: AvroNames.Validity, _ name: String, what: String, at position: TextPosition
  ) -> Bool {
    switch validity {
    case .valid:
      return true
    case .javaOnly:
      report(.nonPortableName(name: name, what: what), at: position)
      return true
    case .invalid:
      report(.invalidName(name: name, what: what), at: position)
      return false
    }
  }

  /// Type aliases, resolved to full names against the type's own namespace (spec "Aliases").
  /// Any string is accepted as an alias, so they are not checked as names.
  mutating func typeAliases(_ object: JSONValue, namespace: String, owner: String)
    -> [QualifiedName]
  {
    stringList("aliases", of: object, owner: owner).map {
      AvroNames.qualify($0.text, in: namespace)
    }
  }

  /// An optional list of strings, such as `aliases`.
  mutating func stringList(_ attribute: String, of object: JSONValue, owner: String)
    -> [(text: String, position: TextPosition)]
  {
    guard let value = object[attribute], !value.isNull else { return [] }
    guard let elements = value.elements else {
      report(
        .invalidAttribute(
          attribute: attribute, owner: owner, expected: "an array of strings",
          found: value.typeName),
        at: value.position)
      return []
    }
    var result: [(text: String, position: TextPosition)] = []
    for element in elements {
      guard let text = element.stringValue else {
        report(
          .invalidAttribute(
            attribute: attribute, owner: owner, expected: "an array of strings",
            found: "an array containing \(element.typeName)"),
          at: element.position)
        continue
      }
      result.append((text, element.position))
    }
    return result
  }

  /// The `doc` attribute; a doc that is not a string is reported and dropped.
  mutating func doc(_ object: JSONValue, owner: String) -> String? {
    guard let value = object["doc"], !value.isNull else { return nil }
    guard let text = value.stringValue else {
      report(
        .invalidAttribute(
          attribute: "doc", owner: owner, expected: "a string", found: value.typeName),
        at: value.position)
      return nil
    }
    return text
  }

  // MARK: - Record

  mutating func record(_ object: JSONValue, namespace: String, depth: Int) -> TypeNode {
    let name = defineName(object, kind: "record", enclosingNamespace: namespace)
    let owner = "record '\(name.name)'"
    let aliases = typeAliases(object, namespace: name.namespace, owner: owner)
    let documentation = doc(object, owner: owner)
    var fields: [Field] = []
    if let fieldsValue = object["fields"] {
      if let elements = fieldsValue.elements {
        var seen: Set<String> = []
        seen.reserveCapacity(elements.count)
        fields.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
          pathTokens.append(contentsOf: ["fields", String(index)])
          defer { pathTokens.removeLast(2) }
          guard
            let field = field(
              element, recordName: name.name, namespace: name.namespace, depth: depth)
          else { continue }
          if !seen.insert(field.name).inserted {
            report(
              .duplicateField(record: name.name, field: field.name),
              at: element["name"]?.position ?? element.position)
          }
          fields.append(field)
        }
      } else {
        report(
          .invalidAttribute(
            attribute: "fields", owner: owner, expected: "an array of field objects",
            found: fieldsValue.typeName),
          at: fieldsValue.position)
      }
    } else {
      report(.missingAttribute(attribute: "fields", owner: owner), at: object.position)
    }
    let record = RecordType(name: name, aliases: aliases, doc: documentation, fields: fields)
    return TypeNode(.record(record), location: location(object.position))
  }

  // MARK: - Enum

  mutating func enumeration(_ object: JSONValue, namespace: String) -> TypeNode {
    let name = defineName(object, kind: "enum", enclosingNamespace: namespace)
    let owner = "enum '\(name.name)'"
    let aliases = typeAliases(object, namespace: name.namespace, owner: owner)
    let documentation = doc(object, owner: owner)
    var symbols: [EnumSymbol] = []
    if let symbolsValue = object["symbols"] {
      if symbolsValue.elements != nil {
        var seen: Set<String> = []
        for (symbol, position) in stringList("symbols", of: object, owner: owner) {
          let validity = AvroNames.validity(ofName: symbol)
          if checkName(validity, symbol, what: "enum symbol", at: position),
            !seen.insert(symbol).inserted
          {
            report(.duplicateSymbol(enumName: name.name, symbol: symbol), at: position)
          }
          symbols.append(EnumSymbol(name: symbol, location: location(position)))
        }
      } else {
        report(
          .invalidAttribute(
            attribute: "symbols", owner: owner, expected: "an array of strings",
            found: symbolsValue.typeName),
          at: symbolsValue.position)
      }
    } else {
      report(.missingAttribute(attribute: "symbols", owner: owner), at: object.position)
    }
    var defaultSymbol: String?
    if let defaultValue = object["default"], !defaultValue.isNull {
      if let symbol = defaultValue.stringValue {
        if symbols.contains(where: { $0.name == symbol }) {
          defaultSymbol = symbol
        } else {
          report(
            .enumDefaultNotSymbol(enumName: name.name, symbol: symbol),
            at: defaultValue.position)
        }
      } else {
        report(
          .invalidAttribute(
            attribute: "default", owner: owner, expected: "a string (one of the symbols)",
            found: defaultValue.typeName),
          at: defaultValue.position)
      }
    }
    let enumeration = EnumType(
      name: name, aliases: aliases, doc: documentation, symbols: symbols,
      defaultSymbol: defaultSymbol)
    return TypeNode(.enumeration(enumeration), location: location(object.position))
  }

  // MARK: - Fixed

  mutating func fixed(_ object: JSONValue, namespace: String) -> TypeNode {
    let name = defineName(object, kind: "fixed", enclosingNamespace: namespace)
    let owner = "fixed '\(name.name)'"
    let aliases = typeAliases(object, namespace: name.namespace, owner: owner)
    let documentation = doc(object, owner: owner)
    var size = 0
    if let sizeValue = object["size"] {
      // Java reads the size as a 32-bit int; a negative size has no meaning.
      if case .number(let number) = sizeValue.kind, let wide = number.int64Value,
        let narrow = Int32(exactly: wide), narrow >= 0
      {
        size = Int(narrow)
      } else {
        let found =
          if case .number(let number) = sizeValue.kind { number.text } else {
            sizeValue.typeName
          }
        report(
          .invalidAttribute(
            attribute: "size", owner: owner, expected: "a non-negative 32-bit integer",
            found: found),
          at: sizeValue.position)
      }
    } else {
      report(.missingAttribute(attribute: "size", owner: owner), at: object.position)
    }
    let fixed = FixedType(name: name, aliases: aliases, doc: documentation, size: size)
    return TypeNode(.fixed(fixed), location: location(object.position))
  }
}
