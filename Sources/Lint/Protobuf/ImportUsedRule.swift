import Parsers
import SchemaModel

/// Buf's IMPORT_USED: an imported file is not used.
public struct ImportUsedRule: LintRule {
  public static let description = RuleDescription.buf(
    "IMPORT_USED", "an imported file is not used",
    "unused imports are dependencies without a reason: they slow builds and generate imports that some languages reject"
  )
  public static let sets: Set<LintRuleSet> = LintRuleSet.fromBasic

  public init() {}

  public func check(repository inputs: [LintInput], context: LintContext) -> [Diagnostic] {
    // Linted files first, then the files they import (which the linker loaded).
    let files = inputs.compactMap(\.proto) + inputs.flatMap(\.protoImports)
    let known = Dictionary(
      files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    return inputs.flatMap { input -> [Diagnostic] in
      guard let file = input.proto else { return [] }
      let used = ProtoImportUsage(file: file)
      return file.imports.compactMap { protoImport in
        guard protoImport.modifier != .public,
          let provided = ProtoImportUsage.names(definedBy: protoImport.path, known: known),
          !used.usesAny(of: provided)
        else { return nil }
        return finding(
          "import \"\(protoImport.path)\" is not used", at: input.location(protoImport.span),
          path: input.path)
      }
    }
  }
}
