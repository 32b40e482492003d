import Parsers
import SchemaModel

/// Resolves Avro references between the new schema files of one run: each subject's file is
/// linked with the files that define the names it uses (transitively), not with every file, so
/// that two independent subjects may define the same inline type.
enum SubjectLinker {
  struct Result: Sendable {
    /// The subjects' documents after linking, in subject order.
    var documents: [SchemaDocument]
    /// For each subject, the indices of the other documents its references reach.
    var references: [[Int]]

    /// Named types visible to the new version of subject `index`.
    func types(for index: Int) -> TypeTable {
      TypeTable(documents: [documents[index]] + references[index].map { documents[$0] })
    }

    /// Named types visible to an earlier version of subject `index`: its own first, then those
    /// of the files the new version references (the best the working tree can offer).
    func types(for old: SchemaDocument, of index: Int) -> TypeTable {
      TypeTable(documents: [old] + references[index].map { documents[$0] })
    }
  }

  static func link(_ documents: [SchemaDocument]) -> Result {
    var definer: [String: Int] = [:]
    for (index, document) in documents.enumerated() {
      for node in document.namedTypes {
        guard let name = node.qualifiedName?.fullName, definer[name] == nil else { continue }
        definer[name] = index
      }
    }
    var linked = documents
    var references: [[Int]] = []
    for index in documents.indices {
      let reached = closure(of: index, documents: documents, definer: definer)
      references.append(reached)
      guard documents[index].format == .avro, !documents[index].externalReferences.isEmpty else {
        continue
      }
      let set = [documents[index]] + reached.map { documents[$0] }
      if let first = AvroSchemaSet.link(set).first { linked[index] = first }
    }
    return Result(documents: linked, references: references)
  }

  /// The other documents that define names `index` uses, following their references too.
  private static func closure(of index: Int, documents: [SchemaDocument], definer: [String: Int])
    -> [Int]
  {
    var reached: [Int] = []
    var seen: Set<Int> = [index]
    var queue = documents[index].externalReferences
    while let name = queue.popLast() {
      // `ns.Name` may also mean a `Name` in the null namespace, as the Avro linker resolves it.
      for candidate in AvroSchemaSet.candidates(for: name) {
        guard let other = definer[candidate.fullName] else { continue }
        if seen.insert(other).inserted {
          reached.append(other)
          queue += documents[other].externalReferences
        }
        break
      }
    }
    return reached.sorted()
  }
}
