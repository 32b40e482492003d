import Parsers
import SchemaModel

/// Cycles in the graph of packages importing packages, over the linted files (Buf's
/// PACKAGE_NO_IMPORT_CYCLE): each import that starts a cycle back to its own package.
struct PackageImportCycles {
  /// One import on a cycle and the cycle's packages, first and last the importing one.
  struct Cycle {
    var location: SourceLocation
    var cycle: [String]
  }

  private var imports: [String: [String: [SourceLocation]]] = [:]

  init(_ inputs: [LintInput]) {
    let protos = inputs.compactMap { input in input.proto.map { (input, $0) } }
    let packageOfPath = Dictionary(
      protos.map { ($0.1.path, $0.1.package ?? "") }, uniquingKeysWith: { first, _ in first })
    for (input, file) in protos {
      let package = file.package ?? ""
      for protoImport in file.imports {
        guard let imported = packageOfPath[protoImport.path], imported != package,
          !package.isEmpty, !imported.isEmpty
        else { continue }
        imports[package, default: [:]][imported, default: []].append(
          input.location(protoImport.span))
      }
    }
  }

  var findings: [Cycle] {
    imports.keys.sorted().flatMap { package -> [Cycle] in
      let direct = imports[package] ?? [:]
      return direct.keys.sorted().flatMap { imported -> [Cycle] in
        var visiting: Set<String> = [package]
        guard let cycle = search(imported, visiting: &visiting, path: [package]) else {
          return []
        }
        return (direct[imported] ?? []).map { Cycle(location: $0, cycle: cycle) }
      }
    }
  }

  /// A path from `package` back to `path[0]`, depth first in name order.
  private func search(_ package: String, visiting: inout Set<String>, path: [String])
    -> [String]?
  {
    let path = path + [package]
    if visiting.contains(package) { return path.first == package ? path : nil }
    visiting.insert(package)
    defer { visiting.remove(package) }
    for next in (imports[package] ?? [:]).keys.sorted() {
      if let cycle = search(next, visiting: &visiting, path: path) { return cycle }
    }
    return nil
  }
}
