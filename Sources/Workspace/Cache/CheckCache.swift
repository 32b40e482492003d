import Foundation
import Parsers
import SchemaModel

/// Where `check --cache` keeps its entries, and how messages name that folder.
public struct CheckCacheSettings: Hashable, Sendable {
  /// The default folder, next to the config file.
  public static let defaultFolderName = ".schemacheck-cache"

  public var directory: URL
  public var displayPath: String

  public init(directory: URL, displayPath: String) {
    self.directory = directory
    self.displayPath = displayPath
  }
}

/// The content-hash cache of `check`: one file per subject outcome, named by its key. A file
/// that is missing, unreadable, truncated, damaged or written by something else is a miss; a
/// folder that cannot be written costs a warning, never the run. Thread-safe: subjects checked
/// in parallel read and write distinct files.
final class CheckCache: @unchecked Sendable {
  /// The first line of every entry, before its key and the checksum of its body.
  static let header = "schemacheck-check-cache 1"
  /// The largest entry read; anything bigger was not written by this cache.
  static let entryLimit = 64 << 20

  let settings: CheckCacheSettings
  private let entries: URL
  private let lock = NSLock()
  private var used: Set<String> = []
  private var warnings: [String] = []
  private var writable: Bool
  private var shallow: [String: Bool] = [:]

  init(_ settings: CheckCacheSettings) {
    self.settings = settings
    entries = settings.directory.appendingPathComponent("check", isDirectory: true)
    writable = true
    if let problem = CacheFolder.prepare(settings.directory, entries: entries) {
      writable = false
      warnings.append(
        "cannot write the cache folder '\(settings.displayPath)' (\(problem)); "
          + "checking without storing results")
    }
  }

  /// The stored outcome for `key`, or nil.
  func lookup(_ key: CacheKey) -> CachedSubject? {
    lock.withLock { _ = used.insert(key.hex) }
    guard Self.isFolder(shard(of: key)),
      let bytes = CacheFile.read(entryPath(of: key), limit: Self.entryLimit)
    else { return nil }
    return Self.decode(bytes, key: key)
  }

  /// Stores `value` under `key`; a failure becomes one warning for the run.
  func store(_ value: CachedSubject, key: CacheKey) {
    guard lock.withLock({ writable }) else { return }
    let bytes = Self.encode(value, key: key)
    // Entries are spread over 256 folders by their key's first two digits: thousands of files
    // created at once in one folder wait for each other on its lock.
    let shard = shard(of: key)
    if mkdir(shard, 0o755) != 0, errno != EEXIST { return }
    guard Self.isFolder(shard) else { return }
    if let problem = AtomicFile.write(bytes, to: entryPath(of: key)) {
      lock.withLock {
        guard writable else { return }
        writable = false
        warnings.append(
          "cannot write to the cache folder '\(settings.displayPath)' (\(problem)); "
            + "later results of this run are not stored")
      }
    }
  }

  /// Whether `repository` is a shallow clone, asked once per repository (see CheckRun+Cache).
  func isShallow(_ repository: GitRepository) -> Bool? {
    lock.withLock { shallow[repository.root.path] }
  }

  func setShallow(_ value: Bool, for repository: GitRepository) {
    lock.withLock { shallow[repository.root.path] = value }
  }

  /// Ends the run and removes entries it did not use: all of them after a run over every
  /// subject (`prune`), so the folder holds one run's worth, else those older than 30 days, so
  /// that runs over a few subjects cannot make it grow for ever. Returns the run's warnings.
  func finish(prune: Bool) -> [String] {
    let (keep, canWrite) = lock.withLock { (used, writable) }
    if canWrite {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: entries.path)) ?? []
      for name in names {
        let path = entries.path + "/" + name
        if Self.isShardName(name), Self.isFolder(path) {
          let inner = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
          for entry in inner { remove(entry, in: path, keep: keep, all: prune) }
        } else {
          remove(name, in: entries.path, keep: keep, all: prune)
        }
      }
    }
    return lock.withLock { warnings }
  }

  /// The folder of `key`'s entry, and the entry.
  private func shard(of key: CacheKey) -> String {
    entries.path + "/" + String(key.hex.prefix(2))
  }

  private func entryPath(of key: CacheKey) -> String {
    shard(of: key) + "/" + key.hex + ".json"
  }

  /// Two lowercase hexadecimal digits.
  private static func isShardName(_ name: String) -> Bool {
    name.utf8.count == 2
      && name.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }

  /// A real folder, not a symbolic link to one (which could send entries elsewhere).
  private static func isFolder(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
  }

  /// Removes the entry `name` of `folder` unless it was used (or, when not pruning everything,
  /// is recent), and temporary files a dead run left.
  private func remove(_ name: String, in folder: String, keep: Set<String>, all: Bool) {
    let path = folder + "/" + name
    if name.hasSuffix(".json") {
      let stem = name.dropLast(5)
      guard CacheKey.isKeyText(stem), !keep.contains(String(stem)),
        all || Self.isOlder(path, than: 30 * 86_400)
      else { return }
      unlink(path)
    } else if name.hasPrefix("."), name.hasSuffix(".tmp"), Self.isOlder(path, than: 600) {
      unlink(path)
    }
  }

  /// True when the file was last written more than `seconds` ago. A temporary file ten minutes
  /// old belongs to a run that died before renaming it (a live run renames at once).
  private static func isOlder(_ path: String, than seconds: Double) -> Bool {
    var status = stat()
    guard lstat(path, &status) == 0 else { return false }
    return Double(status.st_mtim.tv_sec) < Date().timeIntervalSince1970 - seconds
  }

  /// The bytes of an entry: a header line with the key and the body's SHA-256, then the body.
  static func encode(_ value: CachedSubject, key: CacheKey) -> [UInt8] {
    let body = Array(value.json.rendered().utf8)
    return Array("\(header) \(key.hex) \(SHA256.hexDigest(body))\n".utf8) + body
  }

  /// The entry's value when its header, key and checksum match; nil otherwise.
  static func decode(_ bytes: [UInt8], key: CacheKey) -> CachedSubject? {
    guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
    let line = String(decoding: bytes[..<newline], as: UTF8.self)
    let body = Array(bytes[(newline + 1)...])
    guard line == "\(header) \(key.hex) \(SHA256.hexDigest(body))",
      let value = try? JSONReader.parse(body)
    else { return nil }
    return CachedSubject(json: value)
  }
}
