/// A link target: a relative path made of the catalog's slugs, or an `http`/`https` target
/// from a description that passed `HTMLHref.userLink`.
struct HTMLHref: Hashable {
  let value: String
  let isExternal: Bool

  /// `prefix` + `folder/slug.html`: `prefix` is `""` on the index and `"../"` one folder down.
  static func page(_ prefix: String, _ folder: String, _ slug: String) -> HTMLHref {
    HTMLHref(value: prefix + folder + "/" + slug + ".html", isExternal: false)
  }

  /// The index page, seen from a page at `prefix`.
  static func index(_ prefix: String) -> HTMLHref {
    HTMLHref(value: prefix + "index.html", isExternal: false)
  }

  /// An anchor on the same page (`#domain-orders`).
  static func anchor(_ id: String) -> HTMLHref {
    HTMLHref(value: "#" + id, isExternal: false)
  }

  /// A link written in a description: only absolute `http:` and `https:` targets. Relative
  /// targets are refused too: they were written relative to the repository, not to the
  /// generated site, so they would point nowhere; `javascript:`, `data:` and every other scheme
  /// could run code.
  static func userLink(_ target: String) -> HTMLHref? {
    let trimmed = HTMLText.stripControls(target).trimmedForHTML()
    guard !trimmed.contains(where: { $0 == " " || $0 == "\\" || $0 == "\n" }) else { return nil }
    let lower = trimmed.lowercased()
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), trimmed.count > 8 else {
      return nil
    }
    return HTMLHref(value: trimmed, isExternal: true)
  }
}
