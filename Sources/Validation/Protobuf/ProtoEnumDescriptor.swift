import Parsers

/// One enum of a linked image.
public struct ProtoEnumDescriptor: Hashable, Sendable {
  /// One named value (aliases with `allow_alias` are separate values with the same number).
  public struct Value: Hashable, Sendable {
    public var name: String
    public var number: Int32

    public init(name: String, number: Int32) {
      self.name = name
      self.number = number
    }
  }

  /// Fully qualified without a leading dot.
  public var fullName: String
  /// Values in declaration order.
  public var values: [Value]
  /// True for a closed enum (proto2, editions `enum_type = CLOSED`): a number that names no
  /// value is not a valid value of a field of this type. Open enums (proto3) keep any int32.
  public var isClosed: Bool

  private var numberByName: [String: Int32]
  private var declaredNumbers: Set<Int32>

  public init(fullName: String, values: [Value], isClosed: Bool) {
    self.fullName = fullName
    self.values = values
    self.isClosed = isClosed
    var byName: [String: Int32] = [:]
    for value in values where byName[value.name] == nil { byName[value.name] = value.number }
    numberByName = byName
    declaredNumbers = Set(values.map(\.number))
  }

  /// The number of the value with this name.
  public func number(named name: String) -> Int32? { numberByName[name] }

  /// True when some value has this number.
  public func declares(_ number: Int32) -> Bool { declaredNumbers.contains(number) }

  /// The first value with this number.
  public func value(number: Int32) -> Value? { values.first { $0.number == number } }
}
