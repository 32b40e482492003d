import Foundation

@testable import Workspace

/// A fresh folder under the system temporary directory, addressed by absolute paths only.
struct TemporaryTree {
  let root: URL

  init() throws {
    root =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("schemacheck-tests-\(UUID().uuidString)", isDirectory: true)
      .standardizedFileURL
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  /// A folder for configs whose paths are never read.
  static let scratchDirectory = FileManager.default.temporaryDirectory

  func url(_ path: String) -> URL { root.appendingPathComponent(path) }

  @discardableResult
  func write(_ path: String, _ text: String) throws -> URL {
    let url = url(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url
  }

  func remove() {
    try? FileManager.default.removeItem(at: root)
  }

  /// Runs git in the tree with a fixed identity; fails the test when git fails.
  @discardableResult
  func git(_ arguments: String...) throws -> String {
    guard let executable = ProcessRunner.locate("git") else { throw TreeError.gitMissing }
    let output = try ProcessRunner.run(
      executable: executable,
      arguments: [
        "-C", root.path, "-c", "user.name=Test", "-c", "user.email=test@example.com",
        "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main",
      ] + arguments)
    guard output.status == 0 else {
      throw TreeError.gitFailed(arguments.joined(separator: " "), output.standardError)
    }
    return String(decoding: output.standardOutput, as: UTF8.self)
  }

  enum TreeError: Error {
    case gitMissing
    case gitFailed(String, String)
  }
}

/// Small Avro schemas for version tests.
enum AvroSamples {
  /// A record `com.acme.Order` with the given fields (JSON fragments).
  static func order(_ fields: String...) -> String {
    """
    {
      "type": "record",
      "name": "Order",
      "namespace": "com.acme",
      "fields": [
        \(fields.joined(separator: ",\n    "))
      ]
    }

    """
  }

  static let id = #"{"name": "id", "type": "string"}"#
  static let total = #"{"name": "total", "type": "long"}"#
  static let totalWithDefault = #"{"name": "total", "type": "long", "default": 0}"#
  static let note = #"{"name": "note", "type": ["null", "string"], "default": null}"#
}
