/// Orders strings the way people number versions: `v2` before `v10`, `1.9` before `1.10`.
public enum NaturalOrder {
  /// True when `lhs` comes before `rhs`: digit runs compare by value, other text by scalar.
  public static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
    let left = chunks(lhs)
    let right = chunks(rhs)
    for (a, b) in zip(left, right) where a != b {
      switch (a, b) {
      case (.number(let x), .number(let y)):
        let (xValue, yValue) = (x.drop { $0 == "0" }, y.drop { $0 == "0" })
        if xValue.count != yValue.count { return xValue.count < yValue.count }
        if xValue != yValue { return xValue.lexicographicallyPrecedes(yValue) }
        // Same value: fewer leading zeros first, so the order is total.
        return x.count < y.count
      case (.number, .text): return true
      case (.text, .number): return false
      case (.text(let x), .text(let y)):
        return x.lexicographicallyPrecedes(y)
      }
    }
    if left.count != right.count { return left.count < right.count }
    return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
  }

  private enum Chunk: Equatable {
    case number([Unicode.Scalar])
    case text([Unicode.Scalar])
  }

  private static func chunks(_ string: String) -> [Chunk] {
    var result: [Chunk] = []
    var current: [Unicode.Scalar] = []
    var currentIsDigit = false
    for scalar in string.unicodeScalars {
      let isDigit = ("0"..."9").contains(scalar)
      if !current.isEmpty, isDigit != currentIsDigit {
        result.append(currentIsDigit ? .number(current) : .text(current))
        current = []
      }
      currentIsDigit = isDigit
      current.append(scalar)
    }
    if !current.isEmpty { result.append(currentIsDigit ? .number(current) : .text(current)) }
    return result
  }
}
