import Parsers
import SchemaModel

/// Parses `files[path]` with an in-memory loader over all of `files`.
func parseAsyncAPI(_ files: [String: String], path: String = "api/service.yaml")
  -> AsyncAPIDocument
{
  let loader = InMemoryAsyncAPIFileLoader(files: files)
  return AsyncAPIParser.parse(Array((files[path] ?? "").utf8), path: path, loader: loader)
}

extension AsyncAPIDocument {
  /// The rule ids of the diagnostics, in report order.
  var ruleIDs: [String] { diagnostics.map(\.ruleID.rawValue) }
}
