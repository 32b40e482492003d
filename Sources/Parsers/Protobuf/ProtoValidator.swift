import SchemaModel

/// Checks that need the whole tree (duplicate numbers and names, ranges, proto3 rules).
enum ProtoValidator {
  static func check(_ file: ProtoFile, file displayPath: String) -> [Diagnostic] {
    []
  }
}
