/// One step into a decoded datum, kept as a value so that the success path builds no strings:
/// a JSON Pointer is rendered only when a problem is reported.
enum AvroPathToken: Sendable {
  case field(String)
  case index(Int)
  case key(String)

  /// Renders tokens collected innermost first (the order in which failures unwind) as a JSON
  /// Pointer from the root.
  static func pointer(innermostFirst tokens: [AvroPathToken]) -> String {
    var pointer = ""
    for token in tokens.reversed() {
      switch token {
      case .field(let name), .key(let name): pointer = PayloadPointer.appending(name, to: pointer)
      case .index(let index): pointer = PayloadPointer.appending(index, to: pointer)
      }
    }
    return pointer
  }

  /// Renders tokens collected root first as a JSON Pointer.
  static func pointer(rootFirst tokens: [AvroPathToken]) -> String {
    pointer(innermostFirst: tokens.reversed())
  }
}
