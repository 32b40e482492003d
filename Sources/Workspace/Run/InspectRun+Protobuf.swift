import Foundation
import Parsers
import SchemaModel

extension InspectRun {
  /// Whether `inspect` treats the file as Protobuf source.
  public static func isProtobuf(_ path: String) -> Bool { path.lowercased().hasSuffix(".proto") }

  /// Parses and links the `.proto` file at `path`, loading imports from `protoPaths` (like
  /// `protoc -I`, in order), or from the file's own folder when no root holds the file. The
  /// file's import path is its path below the first root holding it. Parse and link problems
  /// are the image's diagnostics.
  public static func protoImage(
    at path: String, protoPaths: [String] = [], currentDirectory: URL
  ) throws(WorkspaceError) -> ProtoImage {
    let url = PathText.url(path, relativeTo: currentDirectory)
    let bytes = try SchemaFileReader.read(url, displayPath: path)
    var roots =
      protoPaths.isEmpty
      ? [] : try ProtoPathOption.roots(protoPaths, currentDirectory: currentDirectory).map(\.url)
    // The file's own folder is a root only when no given root holds the file: otherwise one
    // file could be loaded under two import paths and clash with itself, as protoc would not.
    if importPath(of: url, in: roots) == nil {
      roots.append(url.deletingLastPathComponent().standardizedFileURL)
    }
    let importPath = importPath(of: url, in: roots) ?? url.lastPathComponent
    let loader = FileSystemProtoImportLoader(
      roots: roots,
      displayPrefixes: roots.map { PathText.displayPrefix(of: $0, from: currentDirectory) })
    let parsed = ProtoParser.parse(bytes, path: importPath, displayPath: path)
    var image = ProtoLinker.link(targets: [parsed.file], loader: loader)
    image.diagnostics = parsed.diagnostics + image.diagnostics
    return image
  }

  /// The path below the first root that holds the file, nil when none does.
  static func importPath(of file: URL, in roots: [URL]) -> String? {
    let components = file.standardizedFileURL.pathComponents
    for root in roots {
      let rootComponents = root.standardizedFileURL.pathComponents
      if components.count > rootComponents.count,
        Array(components.prefix(rootComponents.count)) == rootComponents
      {
        return components.dropFirst(rootComponents.count).joined(separator: "/")
      }
    }
    return nil
  }
}
