import SchemaModel

/// Checks that need a whole declaration (duplicate numbers and names, ranges, proto3 rules);
/// protoc reports the same problems after parsing.
struct ProtoValidator {
  private let file: ProtoFile
  private let displayPath: String
  private var diagnostics: [Diagnostic] = []

  static func check(_ file: ProtoFile, file displayPath: String) -> [Diagnostic] {
    var validator = ProtoValidator(file: file, displayPath: displayPath)
    validator.run()
    return validator.diagnostics
  }

  private init(file: ProtoFile, displayPath: String) {
    self.file = file
    self.displayPath = displayPath
  }

  private var isProto3: Bool { file.syntax == .proto3 }

  private var isEdition: Bool {
    if case .edition = file.syntax { return true }
    return false
  }

  private mutating func report(_ ruleID: RuleID, _ message: String, at span: SourceSpan) {
    diagnostics.append(
      Diagnostic(
        ruleID: ruleID, severity: .error, message: message,
        location: SourceLocation(file: displayPath, position: span.start)))
  }

  private mutating func run() {
    var scope = ProtoScopeNames(scope: file.package ?? "the file")
    for message in file.messages { scope.add(message.name, message.nameSpan) }
    for item in file.enums {
      scope.add(item.name, item.nameSpan)
      for value in item.values { scope.add(value.name, value.nameSpan) }
    }
    for service in file.services { scope.add(service.name, service.nameSpan) }
    for extend in file.extends {
      for field in extend.fields { scope.add(field.name, field.nameSpan) }
      checkExtensionFields(extend)
    }
    reportDuplicates(scope)
    for message in file.messages { checkMessage(message) }
    for item in file.enums { checkEnum(item) }
    for service in file.services {
      var methods = ProtoScopeNames(scope: service.fullName)
      for method in service.methods { methods.add(method.name, method.nameSpan) }
      reportDuplicates(methods)
    }
  }

  private mutating func reportDuplicates(_ scope: ProtoScopeNames) {
    for duplicate in scope.duplicates {
      report(
        "PROTO_DUPLICATE_NAME",
        "'\(duplicate.name)' is already defined in '\(scope.scope)' (line \(duplicate.first.start.line))",
        at: duplicate.span)
    }
  }

  private mutating func checkMessage(_ message: ProtoMessage) {
    var scope = ProtoScopeNames(scope: message.fullName)
    for field in message.fields { scope.add(field.name, field.nameSpan) }
    for oneof in message.oneofs { scope.add(oneof.name, oneof.nameSpan) }
    for nested in message.messages { scope.add(nested.name, nested.nameSpan) }
    for item in message.enums {
      scope.add(item.name, item.nameSpan)
      for value in item.values { scope.add(value.name, value.nameSpan) }
    }
    for extend in message.extends {
      for field in extend.fields { scope.add(field.name, field.nameSpan) }
      checkExtensionFields(extend)
    }
    reportDuplicates(scope)

    var numbers: [Int: String] = [:]
    for field in message.fields {
      checkField(field, inOneof: field.oneofIndex != nil)
      if let earlier = numbers[field.number] {
        report(
          "PROTO_DUPLICATE_FIELD_NUMBER",
          "field number \(field.number) of '\(message.fullName).\(field.name)' is already used by '\(earlier)'",
          at: field.numberSpan)
      } else {
        numbers[field.number] = field.name
      }
      if let range = message.reservedRanges.first(where: { $0.contains(field.number) }) {
        report(
          "PROTO_FIELD_NUMBER_RESERVED",
          "field '\(message.fullName).\(field.name)' uses number \(field.number), which is reserved (\(Self.describe(range)))",
          at: field.numberSpan)
      }
      if message.reservedNames.contains(where: { $0.name == field.name }) {
        report(
          "PROTO_FIELD_NUMBER_RESERVED",
          "field name '\(field.name)' is reserved in '\(message.fullName)'", at: field.nameSpan)
      }
    }
    for range in message.reservedRanges + message.extensionRanges {
      checkRange(range, maximum: ProtoLimits.maximumFieldNumber, minimum: 1)
    }
    checkExtensionRanges(of: message)
    for nested in message.messages { checkMessage(nested) }
    for item in message.enums { checkEnum(item) }
  }

  /// An extension range may hold neither a field nor a reserved number.
  private mutating func checkExtensionRanges(of message: ProtoMessage) {
    for range in message.extensionRanges {
      for field in message.fields where range.contains(field.number) {
        report(
          "PROTO_FIELD_NUMBER_RESERVED",
          "field '\(message.fullName).\(field.name)' uses number \(field.number), which is in extension range \(Self.describe(range))",
          at: field.numberSpan)
      }
      for reserved in message.reservedRanges
      where reserved.start <= range.end && range.start <= reserved.end {
        report(
          "PROTO_FIELD_NUMBER_RESERVED",
          "extension range \(Self.describe(range)) overlaps reserved range \(Self.describe(reserved))",
          at: range.span)
      }
    }
  }

  private mutating func checkExtensionFields(_ extend: ProtoExtend) {
    for field in extend.fields { checkField(field, inOneof: false) }
  }

  private mutating func checkField(_ field: ProtoField, inOneof: Bool) {
    let number = field.number
    if number < 1 || number > ProtoLimits.maximumFieldNumber {
      report(
        "PROTO_FIELD_NUMBER_OUT_OF_RANGE",
        "field '\(field.name)' has number \(number); field numbers go from 1 to \(ProtoLimits.maximumFieldNumber)",
        at: field.numberSpan)
    } else if ProtoLimits.implementationReserved.contains(number) {
      report(
        "PROTO_FIELD_NUMBER_OUT_OF_RANGE",
        "field '\(field.name)' has number \(number); 19000 to 19999 are reserved for the Protobuf implementation",
        at: field.numberSpan)
    }
    if field.label == .required && isProto3 {
      report(
        "PROTO_REQUIRED_IN_PROTO3",
        "field '\(field.name)' is required; proto3 has no required fields",
        at: field.labelSpan ?? field.span)
    }
    if case .map = field.type, let labelSpan = field.labelSpan {
      report("PROTO_SYNTAX_ERROR", "map field '\(field.name)' cannot have a label", at: labelSpan)
    } else if inOneof, let labelSpan = field.labelSpan {
      report(
        "PROTO_SYNTAX_ERROR", "oneof member '\(field.name)' cannot have a label", at: labelSpan)
    } else if field.label == nil && !inOneof && file.syntax == .proto2 {
      if case .map = field.type {
      } else {
        report(
          "PROTO_SYNTAX_ERROR",
          "expected 'optional', 'required' or 'repeated' before the type of field '\(field.name)' (proto2)",
          at: field.typeSpan)
      }
    } else if isEdition, let labelSpan = field.labelSpan, field.label != .repeated {
      report(
        "PROTO_SYNTAX_ERROR",
        "editions have no '\(field.label?.rawValue ?? "")' label: use features.field_presence",
        at: labelSpan)
    }
  }

  private mutating func checkEnum(_ item: ProtoEnum) {
    let allowAlias = item.options.named("allow_alias")?.value == .bool(true)
    let closed = item.options.named("features.enum_type")?.value == .identifier("CLOSED")
    if let first = item.values.first, first.number != 0, isProto3 || (isEdition && !closed) {
      report(
        "PROTO_ENUM_FIRST_VALUE_NOT_ZERO",
        "the first value of enum '\(item.fullName)' must be 0 (open enums default to their first value)",
        at: first.numberSpan)
    }
    var numbers: [Int: String] = [:]
    for value in item.values {
      if value.number < Int(Int32.min) || value.number > Int(Int32.max) {
        report(
          "PROTO_FIELD_NUMBER_OUT_OF_RANGE",
          "enum value '\(value.name)' is \(value.number), outside the 32-bit range",
          at: value.numberSpan)
      }
      if let earlier = numbers[value.number], !allowAlias {
        report(
          "PROTO_DUPLICATE_ENUM_VALUE",
          "'\(item.fullName).\(value.name)' reuses number \(value.number) of '\(earlier)'; set option allow_alias = true to allow aliases",
          at: value.numberSpan)
      } else if numbers[value.number] == nil {
        numbers[value.number] = value.name
      }
      if let range = item.reservedRanges.first(where: { $0.contains(value.number) }) {
        report(
          "PROTO_FIELD_NUMBER_RESERVED",
          "enum value '\(item.fullName).\(value.name)' uses number \(value.number), which is reserved (\(Self.describe(range)))",
          at: value.numberSpan)
      }
      if item.reservedNames.contains(where: { $0.name == value.name }) {
        report(
          "PROTO_FIELD_NUMBER_RESERVED",
          "enum value name '\(value.name)' is reserved in '\(item.fullName)'", at: value.nameSpan)
      }
    }
    for range in item.reservedRanges {
      checkRange(range, maximum: Int(Int32.max), minimum: Int(Int32.min))
    }
  }

  private mutating func checkRange(_ range: ProtoRange, maximum: Int, minimum: Int) {
    if range.start > range.end {
      report(
        "PROTO_FIELD_NUMBER_OUT_OF_RANGE",
        "range \(range.start) to \(range.end) ends before it starts", at: range.span)
    } else if range.start < minimum || range.end > maximum {
      report(
        "PROTO_FIELD_NUMBER_OUT_OF_RANGE",
        "range \(Self.describe(range)) is outside \(minimum) to \(maximum)", at: range.span)
    }
  }

  private static func describe(_ range: ProtoRange) -> String {
    range.start == range.end ? "\(range.start)" : "\(range.start) to \(range.end)"
  }
}

/// The names declared in one scope, in source order, and the repeats.
struct ProtoScopeNames {
  struct Duplicate {
    var name: String
    var span: SourceSpan
    var first: SourceSpan
  }

  let scope: String
  private var seen: [String: SourceSpan] = [:]
  private(set) var duplicates: [Duplicate] = []

  init(scope: String) { self.scope = scope }

  mutating func add(_ name: String, _ span: SourceSpan) {
    if let first = seen[name] {
      duplicates.append(Duplicate(name: name, span: span, first: first))
    } else {
      seen[name] = span
    }
  }
}
