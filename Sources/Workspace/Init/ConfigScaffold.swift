import Foundation
import Parsers
import SchemaModel

/// `schemacheck init`: a commented `schemacheck.yaml` for the schema files found under a folder.
/// Each schema file becomes a subject named from its schema; a folder of `v<N>` files beside it
/// (or holding it) becomes its `versions:`; Protobuf import roots are guessed from packages.
public enum ConfigScaffold {
  /// Folders that hold other people's files, not contracts.
  static let skippedFolders: Set<String> = ["node_modules", "vendor", "Pods", "build", "dist"]

  /// One subject the scaffold writes.
  struct Entry: Equatable {
    var name: String
    var schema: String
    var versions: String?
    var format: SchemaFormat
    /// Top-level Protobuf messages when there are several (the payloads' one must be named).
    var messages: [String] = []
  }

  /// Writes `schemacheck.yaml` in `folder`, atomically; refuses when one exists. Returns the
  /// number of subjects written.
  public static func write(in folder: URL) throws(WorkspaceError) -> Int {
    let file = folder.appendingPathComponent(ConfigLoader.fileName)
    if FileManager.default.fileExists(atPath: file.path) {
      throw .configExists(path: ConfigLoader.fileName)
    }
    let entries = discover(under: folder)
    let text = render(entries, protoRoots: protoRoots(entries, under: folder))
    do {
      try Data(text.utf8).write(to: file, options: .atomic)
    } catch {
      throw .unwritableFile(path: ConfigLoader.fileName, reason: SchemaFileReader.reason(error))
    }
    return entries.count
  }

  /// The subjects for the schema files under `folder`, in path order.
  static func discover(under folder: URL) -> [Entry] {
    let paths = GlobExpander.files(matching: GlobPattern("**/*"), under: folder).filter { path in
      !path.split(separator: "/").dropLast().contains { skippedFolders.contains(String($0)) }
    }
    var schemas: [(path: String, document: SchemaDocument)] = []
    for path in paths {
      guard
        let bytes = try? SchemaFileReader.read(
          folder.appendingPathComponent(path), displayPath: path),
        let format = SchemaParsing.format(path: path, bytes: bytes),
        isContract(path, format: format, bytes: bytes)
      else { continue }
      schemas.append((path, SchemaParsing.parse(bytes, path: path)))
    }
    var entries: [Entry] = []
    var taken: Set<String> = []
    var versionFolders: Set<String> = []
    for (path, document) in schemas {
      let (folderPath, stem, fileExtension) = split(path)
      // Files in a folder of versions belong to the subject the folder is named after, or, when
      // no file beside the folder has that name, to the newest of them.
      if isVersionFile(stem), let parent = folderPath {
        let sibling = parentPath(parent).map { "\($0)/" } ?? ""
        let owner = "\(sibling)\(lastComponent(parent)).\(fileExtension)"
        if schemas.contains(where: { $0.path == owner }) || versionFolders.contains(parent) {
          continue
        }
        versionFolders.insert(parent)
        let newest =
          schemas.map(\.path).filter {
            split($0).folder == parent && isVersionFile(split($0).stem)
              && split($0).fileExtension == fileExtension
          }.sorted(by: NaturalOrder.areInIncreasingOrder).last ?? path
        let newestDocument = schemas.first { $0.path == newest }?.document ?? document
        entries.append(
          entry(
            newest, document: newestDocument, versions: "\(parent)/v*.\(fileExtension)",
            taken: &taken))
        continue
      }
      let versionFolder = (folderPath.map { "\($0)/" } ?? "") + stem
      let hasVersions = schemas.contains {
        split($0.path).folder == versionFolder && isVersionFile(split($0.path).stem)
      }
      entries.append(
        entry(
          path, document: document,
          versions: hasVersions ? "\(versionFolder)/v*.\(fileExtension)" : nil, taken: &taken))
    }
    return entries
  }

  private static func entry(
    _ path: String, document: SchemaDocument, versions: String?, taken: inout Set<String>
  ) -> Entry {
    var messages: [String] = []
    if document.format == .protobuf {
      // Top-level messages: nested ones sit in their message's namespace, not the package's.
      messages = document.namedTypes.compactMap { node in
        guard case .record(let record) = node.kind,
          record.name.namespace == (document.namespace ?? "")
        else { return nil }
        return record.name.fullName
      }
    }
    // A file of several messages is named after the file (`acme.orders.v1.order_events`), not
    // after whichever message comes first.
    var name =
      messages.count > 1
      ? [document.namespace, split(path).stem].compactMap { $0 }.filter { !$0.isEmpty }
        .joined(separator: ".")
      : SubjectResolver.subjectName(document, path: path)
    if taken.contains(name) {
      var number = 2
      while taken.contains("\(name)-\(number)") { number += 1 }
      name = "\(name)-\(number)"
    }
    taken.insert(name)
    return Entry(
      name: name, schema: path, versions: versions, format: document.format,
      messages: messages.count > 1 ? messages : [])
  }

  /// Avro and Protobuf files by their extension; JSON and YAML files only when they say they
  /// are a JSON Schema (`$schema`), so that other JSON in the tree is not taken for a contract.
  static func isContract(_ path: String, format: SchemaFormat, bytes: [UInt8]) -> Bool {
    let lowered = path.lowercased()
    switch format {
    case .avro: return lowered.hasSuffix(".avsc")
    case .protobuf: return true
    case .jsonSchema:
      return String(decoding: bytes.prefix(4096), as: UTF8.self).contains("$schema")
    }
  }

  /// `v1`, `v2`, `v10`.
  static func isVersionFile(_ stem: String) -> Bool {
    stem.count > 1 && stem.first == "v" && stem.dropFirst().allSatisfy(\.isNumber)
  }

  private static func split(_ path: String) -> (
    folder: String?, stem: String, fileExtension: String
  ) {
    let folder = parentPath(path)
    let name = lastComponent(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
      return (folder, name, "")
    }
    return (folder, String(name[..<dot]), String(name[name.index(after: dot)...]))
  }

  private static func parentPath(_ path: String) -> String? {
    guard let slash = path.lastIndex(of: "/") else { return nil }
    return String(path[..<slash])
  }

  private static func lastComponent(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// Folders that `package a.b.c;` files sit under as `a/b/c/x.proto`, like `protoc -I`.
  static func protoRoots(_ entries: [Entry], under folder: URL) -> [String] {
    var roots: [String] = []
    for entry in entries where entry.format == .protobuf {
      guard
        let bytes = try? SchemaFileReader.read(
          folder.appendingPathComponent(entry.schema), displayPath: entry.schema)
      else { continue }
      let parsed = ProtoParser.parse(bytes, path: entry.schema, displayPath: entry.schema)
      let directory = parentPath(entry.schema) ?? ""
      let packagePath = (parsed.file.package ?? "").replacingOccurrences(of: ".", with: "/")
      var root = directory
      if !packagePath.isEmpty, directory == packagePath || directory.hasSuffix("/" + packagePath) {
        root = String(directory.dropLast(packagePath.count))
        if root.hasSuffix("/") { root.removeLast() }
      }
      let shown = root.isEmpty ? "." : root
      if !roots.contains(shown) { roots.append(shown) }
    }
    return roots
  }

  /// The config text: every key explained once, then the subjects.
  static func render(_ entries: [Entry], protoRoots: [String]) -> String {
    var lines = [
      "# schemacheck.yaml, written by `schemacheck init` from the schema files it found.",
      "# Check it, then run `schemacheck check`. Every path is relative to this file.",
      "version: 1",
      "defaults:",
      "  # BACKWARD: the new schema reads data the earlier one wrote (Confluent's default).",
      "  # Also NONE, BACKWARD_TRANSITIVE, FORWARD(_TRANSITIVE), FULL(_TRANSITIVE).",
      "  compatibility: BACKWARD",
    ]
    if !protoRoots.isEmpty {
      lines += [
        "proto:",
        "  # Import roots, like `protoc -I`, guessed from each file's package.",
        "  roots: [\(protoRoots.map(quoted).joined(separator: ", "))]",
      ]
    }
    if entries.isEmpty {
      lines += [
        "# No .avsc, .proto or JSON Schema ($schema) files were found; list them like this:",
        "subjects: []",
        "#  - name: orders.order-placed",
        "#    schema: schemas/orders/order_placed.avsc",
      ]
      return lines.joined(separator: "\n") + "\n"
    }
    lines += [
      "# One subject per contract. Optional keys: versions (a glob of earlier versions; default:",
      "# the file's git history), compatibility, message, examples and counterexamples (payload",
      "# files that must and must not validate), owner, channel, producers, consumers, domain,",
      "# description, tags.",
      "subjects:",
    ]
    for entry in entries {
      lines.append("  - name: \(quoted(entry.name))")
      lines.append("    schema: \(quoted(entry.schema))")
      if let versions = entry.versions { lines.append("    versions: \(quoted(versions))") }
      if !entry.messages.isEmpty {
        lines.append(
          "    # message: \(entry.messages[0])   # payloads' message; the file defines "
            + entry.messages.joined(separator: ", "))
      }
      lines.append("    # examples: [examples/\(entry.name)/*.json]")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A YAML scalar that reads back as exactly `text` (a JSON string is a YAML string).
  static func quoted(_ text: String) -> String {
    let plain = text.allSatisfy { $0.isLetter || $0.isNumber || "._/-*".contains($0) }
    return plain && !text.isEmpty && !text.hasPrefix("*") ? text : JSONText.quoted(text)
  }
}
