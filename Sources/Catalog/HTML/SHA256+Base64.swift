import SchemaModel

extension SHA256 {
  /// The digest as standard base64, as CSP hash sources write it.
  static func base64Digest(_ text: String) -> String {
    Base64.encode(digest(Array(text.utf8)))
  }
}
