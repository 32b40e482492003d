import SchemaModel

/// The kinds of change the Avro differ lists; raw values are the stable `Change.kind` ids.
public enum AvroChangeKind: String, Hashable, Sendable, CaseIterable {
  case fieldAdded = "FIELD_ADDED"
  case fieldRemoved = "FIELD_REMOVED"
  case fieldRenamed = "FIELD_RENAMED"
  case fieldTypeChanged = "FIELD_TYPE_CHANGED"
  case typeChanged = "TYPE_CHANGED"
  case fieldDefaultAdded = "FIELD_DEFAULT_ADDED"
  case fieldDefaultRemoved = "FIELD_DEFAULT_REMOVED"
  case fieldDefaultChanged = "FIELD_DEFAULT_CHANGED"
  case fieldOrderChanged = "FIELD_ORDER_CHANGED"
  case fieldAliasesChanged = "FIELD_ALIASES_CHANGED"
  case fieldAliasAmbiguous = "FIELD_ALIAS_AMBIGUOUS"
  case docChanged = "DOC_CHANGED"
  case aliasesChanged = "ALIASES_CHANGED"
  case nameChanged = "NAME_CHANGED"
  case namespaceChanged = "NAMESPACE_CHANGED"
  case enumSymbolAdded = "ENUM_SYMBOL_ADDED"
  case enumSymbolRemoved = "ENUM_SYMBOL_REMOVED"
  case enumDefaultChanged = "ENUM_DEFAULT_CHANGED"
  case fixedSizeChanged = "FIXED_SIZE_CHANGED"
  case unionBranchAdded = "UNION_BRANCH_ADDED"
  case unionBranchRemoved = "UNION_BRANCH_REMOVED"
  case logicalTypeChanged = "LOGICAL_TYPE_CHANGED"
  case recordAdded = "RECORD_ADDED"
  case recordRemoved = "RECORD_REMOVED"
  case enumAdded = "ENUM_ADDED"
  case enumRemoved = "ENUM_REMOVED"
  case fixedAdded = "FIXED_ADDED"
  case fixedRemoved = "FIXED_REMOVED"

  public var ruleID: RuleID { RuleID(rawValue) }
}
