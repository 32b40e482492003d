import SchemaModel

/// The Content-Security-Policy of every page: nothing is allowed but the page's own inline
/// stylesheet and search script, by their SHA-256 hashes, and `data:` images.
enum HTMLContentSecurityPolicy {
  static let styleHash = "sha256-" + SHA256.base64Digest(HTMLStyle.css.description)
  static let scriptHash = "sha256-" + SHA256.base64Digest(HTMLSearchScript.javaScript.description)

  /// The policy; `withScript` for the index page, which runs the search.
  static func policy(withScript: Bool) -> String {
    let script = withScript ? "'\(scriptHash)'" : "'none'"
    return "default-src 'none'; style-src '\(styleHash)'; script-src \(script); img-src data:; "
      + "base-uri 'none'; form-action 'none'"
  }
}
