import Foundation
import Parsers
import SchemaModel

/// Finds the schema a `$ref` names among local files: `file:` URIs inside the project root, and
/// remote URIs through the `refs` prefix mapping. Nothing is fetched from the network.
public struct JSONSchemaFileLoader: JSONSchemaResourceLoader, Sendable {
  /// Why a referenced schema could not be loaded; the message names the URI.
  public enum Refusal: Error, Hashable, Sendable, CustomStringConvertible {
    case remoteWithoutMapping(String)
    case outsideRoot(uri: String, path: String)
    case unsupportedScheme(String)
    case unreadable(uri: String, reason: String)
    case invalid(uri: String, problem: String)

    public var description: String {
      switch self {
      case .remoteWithoutMapping(let uri):
        "'\(uri)' is a remote reference and schemacheck does not use the network; map its "
          + "prefix to a folder with 'json-schema.refs' in the config or --ref-map PREFIX=DIR"
      case .outsideRoot(let uri, let path):
        "'\(uri)' points at '\(path)', outside the project root; references cannot leave it"
      case .unsupportedScheme(let uri): "cannot load '\(uri)': only file and mapped URIs load"
      case .unreadable(let uri, let reason): "cannot read '\(uri)': \(reason)"
      case .invalid(let uri, let problem): "'\(uri)' is not a valid schema: \(problem)"
      }
    }
  }

  /// Files outside this folder are never read.
  public var root: URL
  /// Prefix → absolute folder, longest prefix first.
  public var mappings: [(prefix: String, folder: URL)]

  public init(root: URL, refs: [JSONSchemaRefMapping], relativeTo directory: URL) {
    self.root = root.standardizedFileURL
    self.mappings = refs.map { ($0.prefix, PathText.url($0.folder, relativeTo: directory)) }
      .sorted { $0.prefix.count > $1.prefix.count }
  }

  /// The local file for an absolute URI (fragment ignored).
  public func file(for uri: String) throws(Refusal) -> URL {
    let withoutFragment = String(uri.prefix { $0 != "#" })
    if let mapping = mappings.first(where: { withoutFragment.hasPrefix($0.prefix) }) {
      let rest = String(withoutFragment.dropFirst(mapping.prefix.count))
      return try inside(
        mapping.folder.appending(path: rest, directoryHint: .notDirectory).standardizedFileURL,
        uri: uri)
    }
    if withoutFragment.hasPrefix("file://") {
      let path = String(withoutFragment.dropFirst("file://".count))
      let decoded = path.removingPercentEncoding ?? path
      return try inside(URL(fileURLWithPath: decoded).standardizedFileURL, uri: uri)
    }
    let lowered = withoutFragment.lowercased()
    if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
      throw .remoteWithoutMapping(withoutFragment)
    }
    throw .unsupportedScheme(withoutFragment)
  }

  /// The schema at `uri` for the validator: missing files are not found, refusals name why.
  public func load(uri: String) -> JSONSchemaResourceLoad {
    let file: URL
    do {
      file = try self.file(for: uri)
    } catch {
      return .refused(reason: error.description)
    }
    guard FileManager.default.fileExists(atPath: file.path) else { return .notFound }
    do {
      return .found(try read(uri: uri), displayPath: displayPath(of: file))
    } catch {
      return .refused(reason: error.description)
    }
  }

  /// A loaded file's path relative to the root, as messages show it.
  func displayPath(of file: URL) -> String {
    let rootParts = root.pathComponents
    let parts = file.pathComponents
    guard parts.count > rootParts.count, Array(parts.prefix(rootParts.count)) == rootParts else {
      return file.path
    }
    return parts.dropFirst(rootParts.count).joined(separator: "/")
  }

  /// Reads and parses the schema at `uri` (JSON, or YAML for `.yaml`/`.yml`).
  public func read(uri: String) throws(Refusal) -> JSONValue {
    let file = try file(for: uri)
    let bytes: [UInt8]
    do {
      bytes = try SchemaFileReader.read(file, displayPath: file.path)
    } catch {
      throw .unreadable(uri: uri, reason: error.description)
    }
    let parsed = JSONSchemaFile.parse(bytes, path: file.path)
    guard let schema = parsed.schema else {
      let problem = parsed.document.diagnostics.first.map(\.message) ?? "unreadable"
      throw .invalid(uri: uri, problem: problem)
    }
    return schema
  }

  /// The `file:` URI a local schema file has as its base URI.
  public static func baseURI(of file: URL) -> String {
    file.standardizedFileURL.absoluteString
  }

  /// Symlinks are resolved first, so a link inside the root cannot lead out of it.
  private func inside(_ file: URL, uri: String) throws(Refusal) -> URL {
    let rootParts = root.resolvingSymlinksInPath().pathComponents
    let parts = file.resolvingSymlinksInPath().pathComponents
    guard parts.count > rootParts.count, Array(parts.prefix(rootParts.count)) == rootParts else {
      throw .outsideRoot(uri: uri, path: file.path)
    }
    return file
  }
}
