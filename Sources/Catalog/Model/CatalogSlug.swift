/// File names from ids: lowercase ASCII letters, digits, `.`, `-` and `_`; anything else
/// becomes `-`. A name made of dots only, or empty, gets a prefix, so a subject named `..` or
/// `../../etc` can never leave the output folder.
public enum CatalogSlug {
  public static func make(_ id: String) -> String {
    var out = ""
    for scalar in id.unicodeScalars {
      switch scalar {
      case "a"..."z", "0"..."9", "-", "_", ".": out.unicodeScalars.append(scalar)
      case "A"..."Z": out += String(scalar).lowercased()
      default: out += "-"
      }
    }
    if out.allSatisfy({ $0 == "." }) { out = "x" + out }
    if out.hasPrefix(".") { out = "x" + out }
    return String(out.prefix(120))
  }

  /// Slugs for `ids`, made unique (`a-b`, `a-b-2`) in the order given.
  public static func unique(_ ids: [String]) -> [String: String] {
    var taken: Set<String> = []
    var result: [String: String] = [:]
    for id in ids {
      let base = make(id)
      var slug = base
      var counter = 2
      while taken.contains(slug) {
        slug = "\(base)-\(counter)"
        counter += 1
      }
      taken.insert(slug)
      result[id] = slug
    }
    return result
  }
}
