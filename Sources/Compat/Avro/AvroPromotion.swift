/// The writer types a reader type accepts besides its own: Java `calculateCompatibility`'s
/// different-type switch (spec "Schema Resolution": int -> long, float, double; long -> float,
/// double; float -> double; string <-> bytes). Precision loss (long -> float) is accepted, as in
/// Java.
enum AvroPromotion {
  static func readerAccepts(reader: AvroSchemaType, writer: AvroSchemaType) -> Bool {
    switch reader {
    case .long: writer == .int
    case .float: writer == .int || writer == .long
    case .double: writer == .int || writer == .long || writer == .float
    case .bytes: writer == .string
    case .string: writer == .bytes
    default: false
    }
  }
}
