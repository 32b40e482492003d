/// What reading one Avro payload gives: the datum when it could be read, and every problem
/// found (warnings too). A datum with errors is nil.
public struct AvroDecodeResult: Sendable {
  public var datum: AvroDatum?
  public var errors: [PayloadError]

  public init(datum: AvroDatum?, errors: [PayloadError]) {
    self.datum = datum
    self.errors = errors
  }

  /// True when the payload has no error (warnings allowed).
  public var isValid: Bool { !errors.hasErrors }
}
