import Foundation
import Testing

/// `check --cache`: the reports of a cached run are byte for byte those of an uncached one, and
/// a cache folder that is damaged or cannot be written never changes the verdict.
@Suite struct CacheCommandTests {
  /// Every format of one run: text on stdout, the others into files of `folder`.
  private func check(config: String, cache: URL?, into folder: URL) throws -> [String] {
    var arguments = [
      "check", "--config", config, "--format",
      "text,json=\(folder.path)/r.json,sarif=\(folder.path)/r.sarif,junit=\(folder.path)/r.xml",
    ]
    if let cache { arguments += ["--cache-dir", cache.path] }
    let result = try CommandRunner.run(arguments)
    var outputs = ["status \(result.status)", result.stdout, result.stderr]
    for name in ["r.json", "r.sarif", "r.xml"] {
      outputs.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
    }
    return outputs
  }

  private func entryCount(_ cache: URL) -> Int {
    // Entries sit in folders named by their key's first two digits.
    let names =
      (try? FileManager.default.subpathsOfDirectory(
        atPath: cache.appendingPathComponent("check").path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.count
  }

  @Test(arguments: ["Fixtures/schemacheck.yaml", "Fixtures/breaking/schemacheck.yaml"])
  func cachedRunsReportExactlyWhatAnUncachedRunReports(config: String) throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let cache = scratch.url.appendingPathComponent("cache")
    let uncached = try check(config: config, cache: nil, into: scratch.url)
    let cold = try check(config: config, cache: cache, into: scratch.url)
    let warm = try check(config: config, cache: cache, into: scratch.url)
    #expect(cold == uncached)
    #expect(warm == uncached)
    #expect(entryCount(cache) > 0)
    #expect(
      FileManager.default.fileExists(atPath: cache.appendingPathComponent("CACHEDIR.TAG").path))
    let ignore = try String(
      contentsOf: cache.appendingPathComponent(".gitignore"), encoding: .utf8)
    #expect(ignore == "*\n")
  }

  @Test func damagedEntriesAreMissesAndAreRewritten() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let config = "Fixtures/breaking/schemacheck.yaml"
    let cache = scratch.url.appendingPathComponent("cache")
    let uncached = try check(config: config, cache: nil, into: scratch.url)
    _ = try check(config: config, cache: cache, into: scratch.url)
    let entries = cache.appendingPathComponent("check")
    let names = try FileManager.default.subpathsOfDirectory(atPath: entries.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    #expect(!names.isEmpty)
    for (index, name) in names.enumerated() {
      let url = entries.appendingPathComponent(name)
      switch index % 4 {
      case 0: try Data().write(to: url)  // truncated to nothing
      case 1:  // the body changed behind the checksum
        let text = try String(contentsOf: url, encoding: .utf8)
        let altered = text.replacingOccurrences(
          of: "\"compatible\": false", with: "\"compatible\": true")
        try Data((altered + "\n").utf8).write(to: url)
      case 2: try Data("not a cache entry\n{}".utf8).write(to: url)
      default:
        try FileManager.default.removeItem(at: url)
        try FileManager.default.createSymbolicLink(
          atPath: url.path, withDestinationPath: "/dev/zero")
      }
    }
    #expect(try check(config: config, cache: cache, into: scratch.url) == uncached)
    #expect(try check(config: config, cache: cache, into: scratch.url) == uncached)
  }

  @Test func aCacheFolderThatCannotBeWrittenIsAWarning() throws {
    let scratch = try ScratchFolder()
    defer { scratch.remove() }
    let config = "Fixtures/breaking/schemacheck.yaml"
    // A file where the folder should be: not even root can create the folder.
    let blocker = try scratch.write("blocker", "")
    let uncached = try check(config: config, cache: nil, into: scratch.url)
    let blocked = try check(
      config: config, cache: blocker.appendingPathComponent("cache"), into: scratch.url)
    #expect(blocked[0] == uncached[0])
    #expect(blocked[1] == uncached[1])
    #expect(blocked[2].hasPrefix("warning: cannot write the cache folder"))
    #expect(Array(blocked[3...]) == Array(uncached[3...]))
  }
}
