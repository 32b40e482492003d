import SchemaModel

/// Checks the `logicalType` attribute of a schema object against the Avro 1.12 logical types.
///
/// The spec (section "Logical Types") says that an unknown or invalid logical type is ignored
/// and the underlying type is used, so a problem here is a warning, never an error.
enum AvroLogicalTypes {
  /// What a schema object's `logicalType` attribute amounts to.
  enum Outcome: Hashable, Sendable {
    /// No `logicalType` attribute.
    case absent
    /// A valid logical type and the attributes it consumed (kept out of the custom properties).
    case valid(LogicalType, consumedKeys: [String])
    /// Ignored, with the warning to report at the attribute's value.
    case ignored(AvroIssue, at: TextPosition)
  }

  static let timestampsOnLong: Set<String> = [
    "time-micros", "timestamp-millis", "timestamp-micros", "timestamp-nanos",
    "local-timestamp-millis", "local-timestamp-micros", "local-timestamp-nanos",
  ]

  /// Evaluates the `logicalType` of a schema object whose type has already been built.
  static func evaluate(_ object: JSONValue, annotating kind: TypeNode.Kind) -> Outcome {
    guard let attribute = object["logicalType"] else { return .absent }
    guard let name = attribute.stringValue else {
      return .ignored(
        .invalidLogicalType(
          name: attribute.typeName, reason: "'logicalType' must be a string"),
        at: attribute.position)
    }
    let position = attribute.position
    func reject(_ reason: String) -> Outcome {
      .ignored(.invalidLogicalType(name: name, reason: reason), at: position)
    }
    let underlying = describe(kind)
    switch name {
    case "decimal":
      return decimal(object, annotating: kind, reject: reject)
    case "big-decimal":
      guard case .primitive(.bytes) = kind else {
        return reject("it must annotate bytes, found \(underlying)")
      }
      return .valid(LogicalType(name: name), consumedKeys: ["logicalType"])
    case "uuid":
      switch kind {
      case .primitive(.string): break
      case .fixed(let fixed) where fixed.size == 16: break
      default: return reject("it must annotate a string or a fixed of size 16, found \(underlying)")
      }
      return .valid(LogicalType(name: name), consumedKeys: ["logicalType"])
    case "date", "time-millis":
      guard case .primitive(.int) = kind else {
        return reject("it must annotate an int, found \(underlying)")
      }
      return .valid(LogicalType(name: name), consumedKeys: ["logicalType"])
    case _ where timestampsOnLong.contains(name):
      guard case .primitive(.long) = kind else {
        return reject("it must annotate a long, found \(underlying)")
      }
      return .valid(LogicalType(name: name), consumedKeys: ["logicalType"])
    case "duration":
      guard case .fixed(let fixed) = kind, fixed.size == 12 else {
        return reject("it must annotate a fixed of size 12, found \(underlying)")
      }
      return .valid(LogicalType(name: name), consumedKeys: ["logicalType"])
    default:
      return .ignored(.unknownLogicalType(name: name), at: position)
    }
  }

  /// `decimal`: bytes or fixed, precision > 0, 0 <= scale <= precision, and a fixed large enough
  /// for the precision (the spec's floor(log10(2^(8n-1) - 1)), computed as Java does).
  private static func decimal(
    _ object: JSONValue, annotating kind: TypeNode.Kind, reject: (String) -> Outcome
  ) -> Outcome {
    var fixedSize: Int?
    switch kind {
    case .primitive(.bytes): break
    case .fixed(let fixed): fixedSize = fixed.size
    default: return reject("it must annotate bytes or a fixed, found \(describe(kind))")
    }
    guard let precisionValue = object["precision"] else {
      return reject("it needs a 'precision'")
    }
    guard let precision = int32(precisionValue) else {
      return reject("'precision' must be an integer, found \(precisionValue.typeName)")
    }
    guard precision > 0 else {
      return reject("'precision' must be greater than zero, found \(precision)")
    }
    var scale = 0
    if let scaleValue = object["scale"] {
      guard let value = int32(scaleValue) else {
        return reject("'scale' must be an integer, found \(scaleValue.typeName)")
      }
      scale = value
    }
    guard scale >= 0 else { return reject("'scale' must not be negative, found \(scale)") }
    guard scale <= precision else {
      return reject("'scale' (\(scale)) must not be greater than 'precision' (\(precision))")
    }
    if let fixedSize {
      let maxPrecision = maxDecimalPrecision(fixedSize: fixedSize)
      guard precision <= maxPrecision else {
        return reject(
          "a fixed of size \(fixedSize) holds at most \(maxPrecision) digits, "
            + "precision is \(precision)")
      }
    }
    return .valid(
      LogicalType(name: "decimal", precision: precision, scale: scale),
      consumedKeys: ["logicalType", "precision", "scale"])
  }

  /// The most decimal digits a two's-complement number of `fixedSize` bytes can hold.
  static func maxDecimalPrecision(fixedSize: Int) -> Int {
    guard fixedSize > 0 else { return 0 }
    let bits = Double(8 * min(fixedSize, 1 << 20) - 1)
    return Int((bits * 0.301_029_995_663_981_2).rounded(.down))
  }

  private static func int32(_ value: JSONValue) -> Int? {
    guard case .number(let number) = value.kind, let wide = number.int64Value,
      let narrow = Int32(exactly: wide)
    else { return nil }
    return Int(narrow)
  }

  private static func describe(_ kind: TypeNode.Kind) -> String {
    switch kind {
    case .fixed(let fixed): "fixed of size \(fixed.size)"
    default: TypeNode(kind).displayName
    }
  }
}
