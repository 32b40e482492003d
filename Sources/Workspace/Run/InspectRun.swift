import Foundation
import SchemaModel

/// `schemacheck inspect FILE`: one file in the unified model.
public enum InspectRun {
  /// Reads and parses the file at `path` (relative to `currentDirectory` or absolute); the
  /// document's path is `path` as given. Parse problems are diagnostics in the document.
  public static func document(at path: String, currentDirectory: URL) throws(WorkspaceError)
    -> SchemaDocument
  {
    let bytes = try SchemaFileReader.read(
      PathText.url(path, relativeTo: currentDirectory), displayPath: path)
    return SchemaParsing.parse(bytes, path: path)
  }
}
