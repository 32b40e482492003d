/// RFC 6570 URI templates: literals and well-formed `{expressions}`.
enum URITemplateFormat {
  static func isValid(_ value: String) -> Bool {
    var inExpression = false
    var expression: [Unicode.Scalar] = []
    for scalar in value.unicodeScalars {
      if inExpression {
        if scalar == "}" {
          guard isExpression(expression) else { return false }
          inExpression = false
          expression = []
        } else {
          expression.append(scalar)
        }
      } else if scalar == "{" {
        inExpression = true
      } else if scalar == "}" || scalar == " " || scalar == "\""
        || scalar == "<" || scalar == ">" || scalar == "\\" || scalar == "^" || scalar == "`"
        || scalar == "|" || scalar.value < 0x20 || scalar.value == 0x7F
      {
        return false
      }
    }
    return !inExpression
  }

  private static func isExpression(_ scalars: [Unicode.Scalar]) -> Bool {
    var body = scalars[...]
    if let first = body.first, "+#./;?&=,!@|".unicodeScalars.contains(first) {
      body = body.dropFirst()
    }
    let variables = body.split(separator: ",", omittingEmptySubsequences: false)
    return !variables.isEmpty
      && variables.allSatisfy { variable in
        var name = variable
        if name.last == "*" {
          name = name.dropLast()
        } else if let colon = name.firstIndex(of: ":") {
          let length = name[(colon + 1)...]
          guard (1...4).contains(length.count), length.allSatisfy(\.isASCIIDigit),
            length.first != "0"
          else { return false }
          name = name[..<colon]
        }
        let dots = name.indices.filter { name[$0] == "." }
        if name.first == "." || name.last == "." { return false }
        if zip(dots, dots.dropFirst()).contains(where: { $1 == $0 + 1 }) { return false }
        return !name.isEmpty
          && name.allSatisfy {
            $0.isASCIILetter || $0.isASCIIDigit || $0 == "_" || $0 == "." || $0 == "%"
          }
      }
  }
}
