import SchemaModel

extension ProtoParserCore {
  /// Parses every top-level statement; syntax errors are reported and skipped.
  mutating func parseFile(path: String, displayPath: String?) -> ProtoFile {
    var file = ProtoFile(path: path, displayPath: displayPath)
    var statementCount = 0
    var syntaxComments: ProtoComments?
    while !atEnd {
      let start = index
      do throws(ProtoSyntaxError) {
        if at(UInt8(ascii: ";")) {
          advance()
        } else if (atWord("syntax") || atWord("edition")) && isSymbol(peek(1), UInt8(ascii: "=")) {
          if statementCount > 0 {
            throw error("the syntax or edition statement must come first", at: current)
          }
          syntaxComments = comments(first: index, last: index)
          try parseSyntax(into: &file)
        } else {
          try parseTopLevelDeclaration(into: &file)
        }
      } catch {
        report(error)
        skipStatement(from: start, topLevel: true)
      }
      if index == start { advance() }
      statementCount += 1
    }
    file.syntax = syntax
    if let syntaxComments {
      // Comments above the syntax statement (a licence header, a file doc) come first.
      var before = syntaxComments.detached
      if let leading = syntaxComments.leading { before.append(leading) }
      file.packageComments.detached = before + file.packageComments.detached
    }
    return file
  }

  private mutating func parseSyntax(into file: inout ProtoFile) throws(ProtoSyntaxError) {
    let keyword = advance()
    let isEdition = isWord(keyword, "edition")
    advance()  // '='
    let valueToken = current
    guard current.kind == .string else {
      throw expected("a quoted string", isEdition ? "after 'edition ='" : "after 'syntax ='")
    }
    let value = parseStringLiteral()
    let semicolon = try expect(UInt8(ascii: ";"), "after syntax statement")
    file.syntaxSpan = span(keyword, semicolon)
    if isEdition {
      syntax = .edition(value)
      if value != "2023" && value != "2024" {
        report(
          "PROTO_INVALID_SYNTAX", "unknown edition \"\(value)\" (expected \"2023\" or \"2024\")",
          at: valueToken.startPosition)
      }
    } else if value == "proto3" {
      syntax = .proto3
    } else {
      syntax = .proto2
      if value != "proto2" {
        report(
          "PROTO_INVALID_SYNTAX",
          "unknown syntax \"\(value)\" (expected \"proto2\" or \"proto3\")",
          at: valueToken.startPosition)
      }
    }
  }

  private mutating func parseTopLevelDeclaration(into file: inout ProtoFile)
    throws(ProtoSyntaxError)
  {
    guard current.kind == .identifier else {
      throw expected(
        "a declaration (message, enum, service, extend, option, import or package)", "at top level")
    }
    let statementStart = index
    skipVisibility()
    if atWord("package") {
      let first = index
      let keyword = advance()
      let (name, _, _) = try parseDottedName("after 'package'")
      let semicolon = try expect(UInt8(ascii: ";"), "after package name")
      if file.package != nil {
        throw error("a file has at most one package statement", at: keyword)
      }
      file.package = name
      package = name
      file.packageSpan = span(keyword, semicolon)
      file.packageComments = comments(first: first, last: index - 1)
    } else if atWord("import") {
      file.imports.append(try parseImport())
    } else if atWord("option") {
      file.options.append(try parseOptionStatement())
    } else if atWord("message") {
      if let message = try parseMessage(scope: package, commentsFrom: statementStart) {
        file.messages.append(message)
      }
    } else if atWord("enum") {
      file.enums.append(try parseEnum(scope: package, commentsFrom: statementStart))
    } else if atWord("service") {
      file.services.append(try parseService())
    } else if atWord("extend") {
      let (extend, groups) = try parseExtend(scope: package)
      file.extends.append(extend)
      file.messages.append(contentsOf: groups)
    } else {
      throw expected(
        "a declaration (message, enum, service, extend, option, import or package)",
        "at top level")
    }
  }

  private mutating func parseImport() throws(ProtoSyntaxError) -> ProtoImport {
    let keyword = advance()
    var modifier = ProtoImport.Modifier.none
    if atWord("public") {
      advance()
      modifier = .public
    } else if atWord("weak") {
      advance()
      modifier = .weak
    } else if atWord("option") {
      advance()
      modifier = .option
    }
    let pathFirst = current
    guard current.kind == .string else { throw expected("a quoted file name", "after 'import'") }
    let path = parseStringLiteral()
    let pathLast = previous
    let semicolon = try expect(UInt8(ascii: ";"), "after import")
    return ProtoImport(
      path: path, modifier: modifier, span: span(keyword, semicolon),
      pathSpan: span(pathFirst, pathLast))
  }
}
