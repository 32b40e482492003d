import Parsers
import SchemaModel

/// The field table of a schema: every field of the root record or message, nested records
/// flattened depth first under dotted paths (`customer.address.city`, `lines[].sku`,
/// `attributes{}.value`). A named type is expanded where it is first met and shown by name
/// afterwards, so recursive types end.
public enum CatalogFieldTable {
  /// Nested records deeper than this are shown by name only.
  public static let depthLimit = 32

  /// The rows of `document`; `types` resolves references to types of other files.
  public static func rows(of document: SchemaDocument, types: TypeTable) -> [CatalogField] {
    rows(of: document, types: types, keywords: JSONSchemaKeywordIndex())
  }

  /// The rows of a JSON Schema file, with the validation keywords (`maxLength`, `pattern`,
  /// `minimum`, ...) the model does not keep read from the schema itself.
  public static func rows(of file: JSONSchemaFile, types: TypeTable) -> [CatalogField] {
    let keywords = file.schema.map { JSONSchemaKeywordIndex($0, path: file.document.path) }
    return rows(of: file.document, types: types, keywords: keywords ?? JSONSchemaKeywordIndex())
  }

  static func rows(
    of document: SchemaDocument, types: TypeTable, keywords: JSONSchemaKeywordIndex
  ) -> [CatalogField] {
    guard let root = document.root else { return [] }
    var flattener = FieldFlattener(document: document, types: types, keywords: keywords)
    return flattener.rows(root: root)
  }
}
