/// A line and column in a text, both 1-based; the column counts UTF-8 bytes (as gcc and clang do),
/// except in `.proto` files, where a tab advances to the next multiple of 8 as protoc and Buf count.
public struct TextPosition: Hashable, Sendable, Codable, Comparable {
  public var line: Int32
  public var column: Int32

  @inlinable
  public init(line: Int, column: Int) {
    self.line = Int32(clamping: line)
    self.column = Int32(clamping: column)
  }

  public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

/// A position in a named file: where a finding points.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable {
  /// The file as the user named it (relative to the config file or the working directory).
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public init(file: String, position: TextPosition) {
    self.init(file: file, line: Int(position.line), column: Int(position.column))
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}

extension SourceLocation: CustomStringConvertible {
  /// `file:line:col`, the form editors and problem matchers parse.
  public var description: String { "\(file):\(line):\(column)" }
}
