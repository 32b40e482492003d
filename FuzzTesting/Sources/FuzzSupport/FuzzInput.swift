import Foundation

/// What every fuzz target needs besides the code under test.
public enum FuzzInput {
  /// The fuzzer's input as an array (libFuzzer may pass a null pointer for an empty input).
  public static func bytes(_ start: UnsafeRawPointer?, _ count: Int) -> [UInt8] {
    [UInt8](UnsafeRawBufferPointer(start: start, count: count))
  }

  /// The fixed schema `name` from FuzzTesting/Schemas/, which the regression tests of the main
  /// package read too. A missing file is a broken checkout, not a finding.
  public static func schema(_ name: String) -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Schemas").appendingPathComponent(name)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      preconditionFailure("bug: FuzzTesting/Schemas/\(name) is missing")
    }
    return [UInt8](data)
  }
}
