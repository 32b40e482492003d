extension ProtoField {
  /// The field's JSON name: its `json_name` option, or protoc's lowerCamelCase of its name
  /// (`ToJsonName`: drop each `_` and capitalise the letter after it).
  public var jsonName: String {
    if case .string(let explicit) = options.named("json_name")?.value { return explicit }
    return Self.defaultJSONName(name)
  }

  /// Protoc's default JSON name of a field name.
  public static func defaultJSONName(_ name: String) -> String {
    var result = ""
    var capitalizeNext = false
    for character in name {
      if character == "_" {
        capitalizeNext = true
      } else if capitalizeNext {
        // ASCII only, as protoc's absl::ascii_toupper.
        result += character.isASCII ? character.uppercased() : String(character)
        capitalizeNext = false
      } else {
        result.append(character)
      }
    }
    return result
  }
}
