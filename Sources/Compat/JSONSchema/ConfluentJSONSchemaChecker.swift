import SchemaModel

/// Confluent's JSON Schema check inside `CompatibilityChecker`: BACKWARD diffs
/// (original: old, update: new), FORWARD swaps them; a difference outside the policy's
/// compatible set is an error.
enum ConfluentJSONSchemaChecker {
  static func applies(to version: SchemaVersion) -> Bool {
    version.document.format == .jsonSchema && version.jsonSchema != nil
  }

  static func findings(new: SchemaVersion, old: SchemaVersion, directions: [ReadDirection])
    -> [Diagnostic]
  {
    guard new.jsonSchema != nil, old.jsonSchema != nil else { return [] }
    let policy = new.jsonSchemaPolicy
    var all: [Diagnostic] = []
    for direction in directions {
      let backward = direction == .backward
      let differences: [ConfluentJSONDifference]
      do {
        differences =
          backward
          ? try ConfluentJSONSchemaDiff.compare(original: old, update: new, policy: policy)
          : try ConfluentJSONSchemaDiff.compare(original: new, update: old, policy: policy)
      } catch {
        return [unresolved(error, new: new, old: old)]
      }
      for difference in differences where !difference.type.isCompatible(under: policy) {
        all.append(
          difference.diagnostic(
            direction: direction, policy: policy, new: new, old: old))
      }
    }
    return all
  }

  static func unresolved(
    _ error: ConfluentJSONSchemaError, new: SchemaVersion, old: SchemaVersion
  ) -> Diagnostic {
    // Which side failed is not known from the error; try the new side first.
    let newFails =
      (try? ConfluentJSONSchemaDiff.compare(
        original: new.jsonSchema ?? JSONValue(.bool(true)),
        update: new.jsonSchema ?? JSONValue(.bool(true)))) == nil
    let version = newFails ? new : old
    let side = newFails ? "the new schema" : "version \(old.label)"
    let ruleID: RuleID
    let message: String
    let position: TextPosition
    switch error {
    case .unresolvedReference(let reference, let at):
      (ruleID, position) = (CompatRuleCatalog.unresolvedReference, at)
      message =
        "\(side) has a $ref \"\(reference)\" that points nowhere in its document, so "
        + "compatibility was not checked; define the target (e.g. under $defs) or fix the "
        + "reference"
    case .tooDeep(let limit, let at):
      (ruleID, position) = (CompatRuleCatalog.schemaTooDeep, at)
      message =
        "\(side) nests sub-schemas more than \(limit) levels deep (counting $refs followed), "
        + "so compatibility was not checked; flatten the schema or shorten the $ref chain"
    }
    let location = SourceLocation(file: version.document.path, position: position)
    return Diagnostic(
      ruleID: ruleID, severity: .error, message: message,
      location: newFails ? location : nil, previousLocation: newFails ? nil : location)
  }
}

extension ConfluentJSONDifference {
  /// The finding for this incompatible difference, located in the new file, with the old
  /// file's element as `previousLocation`.
  func diagnostic(
    direction: ReadDirection, policy: JSONSchemaCompatibilityPolicy, new: SchemaVersion,
    old: SchemaVersion
  ) -> Diagnostic {
    let backward = direction == .backward
    let newPosition = backward ? updatePosition : originalPosition
    let oldPosition = backward ? originalPosition : updatePosition
    let consequence =
      backward
      ? "the new schema rejects documents that version \(old.label) accepted"
      : "version \(old.label) rejects documents that the new schema accepts"
    let (from, to) =
      backward
      ? ("version \(old.label)", "the new schema") : ("the new schema", "version \(old.label)")
    let message =
      "\(jsonPath): \(type.summary) (from \(from) to \(to)); \(consequence) "
      + "(\(type.rawValue), \(direction.rawValue), \(policy.rawValue) policy); \(type.advice)"
    return Diagnostic(
      ruleID: RuleID(type.rawValue), severity: .error, message: message,
      location: (newPosition ?? new.jsonSchema?.position).map {
        SourceLocation(file: new.document.path, position: $0)
      },
      previousLocation: (oldPosition ?? old.jsonSchema?.position).map {
        SourceLocation(file: old.document.path, position: $0)
      },
      path: jsonPath)
  }
}

extension ConfluentJSONDifferenceType {
  /// What would make the change pass, in a few words.
  var advice: String {
    switch self {
    case .optionalPropertyAddedToOpenContentModel,
      .requiredPropertyWithDefaultAddedToOpenContentModel:
      "earlier documents may already carry any value under this name; give the property the "
        + "empty schema {}, or use the LENIENT policy for this subject"
    case .requiredPropertyAddedToOpenContentModel, .requiredPropertyAddedToUnopenContentModel,
      .requiredAttributeAdded:
      "make the property optional or give its schema a default"
    case .propertyRemovedFromClosedContentModel,
      .propertyRemovedNotCoveredByPartiallyOpenContentModel:
      "keep the property, or let additionalProperties/patternProperties accept its values"
    case .propertyAddedNotCoveredByPartiallyOpenContentModel:
      "give the property a schema that accepts what additionalProperties/patternProperties accepted"
    case .additionalPropertiesRemoved, .additionalPropertiesNarrowed,
      .unevaluatedPropertiesRemoved, .unevaluatedPropertiesNarrowed:
      "keep accepting undeclared properties, or use the LENIENT policy for this subject"
    case .typeChanged, .typeNarrowed, .combinedTypeChanged, .combinedTypeSubschemasChanged:
      "keep the type, or widen it with anyOf/oneOf including the old one"
    case .enumArrayNarrowed, .enumArrayChanged:
      "keep every earlier enum value (adding values is fine)"
    case .sumTypeNarrowed, .productTypeExtended:
      "keep every earlier anyOf/oneOf branch and add no allOf branch"
    default:
      "relax the constraint back to what the earlier version accepted"
    }
  }

  /// This type's entry in the rule catalog.
  public var ruleDescription: CompatRuleDescription {
    let verdict =
      isCompatible(under: .lenient)
      ? "incompatible under STRICT, compatible under LENIENT"
      : "incompatible under STRICT and LENIENT"
    return CompatRuleDescription(
      id: RuleID(rawValue), format: .jsonSchema, family: "Confluent", summary: summary,
      rationale: "\(verdict) (Confluent's JSON Schema SchemaDiff)")
  }
}

/// Confluent's JSON Schema differences as `Change`s: the diff old -> new marks what breaks
/// BACKWARD; the diff new -> old marks what breaks FORWARD.
enum ConfluentJSONSchemaChanges {
  static func changes(
    old: SchemaVersion, new: SchemaVersion
  )
    -> [Change]
  {
    let policy = new.jsonSchemaPolicy
    guard
      let backward = try? ConfluentJSONSchemaDiff.compare(
        original: old, update: new, policy: policy),
      let forward = try? ConfluentJSONSchemaDiff.compare(
        original: new, update: old, policy: policy)
    else { return [] }
    let forwardBreakPaths = Set(
      forward.filter { !$0.type.isCompatible(under: policy) }.map(\.jsonPath))
    var changes = backward.map { difference in
      Change(
        kind: RuleID(difference.type.rawValue), path: difference.jsonPath,
        message: "\(difference.jsonPath): \(difference.type.summary)",
        oldLocation: difference.originalPosition.map {
          SourceLocation(file: old.document.path, position: $0)
        },
        newLocation: difference.updatePosition.map {
          SourceLocation(file: new.document.path, position: $0)
        },
        breaksBackward: !difference.type.isCompatible(under: policy),
        breaksForward: forwardBreakPaths.contains(difference.jsonPath))
    }
    let listedPaths = Set(backward.map(\.jsonPath))
    for difference in forward
    where !difference.type.isCompatible(under: policy) && !listedPaths.contains(difference.jsonPath)
    {
      changes.append(
        Change(
          kind: RuleID(difference.type.rawValue), path: difference.jsonPath,
          message: "\(difference.jsonPath): \(difference.type.summary) (new -> old)",
          oldLocation: difference.updatePosition.map {
            SourceLocation(file: old.document.path, position: $0)
          },
          newLocation: difference.originalPosition.map {
            SourceLocation(file: new.document.path, position: $0)
          },
          breaksBackward: false, breaksForward: true))
    }
    return changes
  }
}
