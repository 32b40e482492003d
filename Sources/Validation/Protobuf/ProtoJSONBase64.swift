/// Checks the base64 text of a `bytes` value as protoc's and Python's JSON parsers both read
/// it: the standard or the URL-safe alphabet (even mixed), with or without `=` padding.
enum ProtoJSONBase64 {
  /// nil when `text` is valid, else what is wrong with it.
  static func problem(in text: String) -> String? {
    var dataCount = 0
    var padding = 0
    for scalar in text.unicodeScalars {
      if scalar == "=" {
        padding += 1
      } else if padding > 0 {
        return "'=' may only end the text"
      } else if scalar.isASCII, isAlphabet(UInt8(scalar.value)) {
        dataCount += 1
      } else {
        return "'\(scalar.escaped(asASCII: true))' is not a base64 character"
      }
    }
    if dataCount % 4 == 1 {
      return "\(dataCount) characters cannot be base64 (one too many or too few)"
    }
    // protoc takes '=' only to fill the last group of four (Python is looser).
    if padding > 0, padding > 2 || (dataCount + padding) % 4 != 0 {
      return "the '=' padding must fill the last group of four characters"
    }
    return nil
  }

  private static func isAlphabet(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"),
      UInt8(ascii: "-"), UInt8(ascii: "_"):
      true
    default: false
    }
  }
}
