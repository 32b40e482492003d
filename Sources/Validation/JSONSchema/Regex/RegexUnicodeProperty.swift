/// A Unicode property escape (`\p{L}`, `\p{Letter}`, `\p{Script=Greek}`, `\p{Alphabetic}`).
enum RegexUnicodeProperty: Hashable, Sendable {
  case generalCategory(Set<Unicode.GeneralCategory>)
  case binary(RegexBinaryProperty)
  /// Scripts are approximated by their main blocks: the standard library has no Script property.
  case script([ClosedRange<UInt32>])

  func matches(_ value: UInt32) -> Bool {
    switch self {
    case .generalCategory(let categories):
      guard let scalar = Unicode.Scalar(value) else {
        return categories.contains(.surrogate)
      }
      return categories.contains(scalar.properties.generalCategory)
    case .binary(let property):
      return property.matches(value)
    case .script(let ranges):
      return ranges.contains { $0.contains(value) }
    }
  }

  /// Resolves the text between the braces of `\p{...}`; nil when ECMA-262 does not know it.
  init?(name text: String) {
    if let equals = text.firstIndex(of: "=") {
      let key = String(text[..<equals])
      let value = String(text[text.index(after: equals)...])
      switch key {
      case "General_Category", "gc":
        guard let categories = RegexUnicodeProperty.generalCategories[value] else { return nil }
        self = .generalCategory(categories)
      case "Script", "sc", "Script_Extensions", "scx":
        guard let ranges = RegexUnicodeProperty.scripts[value] else { return nil }
        self = .script(ranges)
      default:
        return nil
      }
      return
    }
    if let categories = RegexUnicodeProperty.generalCategories[text] {
      self = .generalCategory(categories)
    } else if let binary = RegexBinaryProperty(rawValue: text) {
      self = .binary(binary)
    } else if let binary = RegexBinaryProperty.shortNames[text] {
      self = .binary(binary)
    } else {
      return nil
    }
  }

  private static let letter: Set<Unicode.GeneralCategory> = [
    .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
  ]
  private static let mark: Set<Unicode.GeneralCategory> = [
    .nonspacingMark, .spacingMark, .enclosingMark,
  ]
  private static let number: Set<Unicode.GeneralCategory> = [
    .decimalNumber, .letterNumber, .otherNumber,
  ]
  private static let punctuation: Set<Unicode.GeneralCategory> = [
    .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
    .initialPunctuation, .finalPunctuation, .otherPunctuation,
  ]
  private static let symbol: Set<Unicode.GeneralCategory> = [
    .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
  ]
  private static let separator: Set<Unicode.GeneralCategory> = [
    .spaceSeparator, .lineSeparator, .paragraphSeparator,
  ]
  private static let other: Set<Unicode.GeneralCategory> = [
    .control, .format, .surrogate, .privateUse, .unassigned,
  ]

  /// General_Category values by short and long name (ECMA-262 table "Value aliases").
  static let generalCategories: [String: Set<Unicode.GeneralCategory>] = {
    var table: [String: Set<Unicode.GeneralCategory>] = [:]
    let entries: [(String, String, Set<Unicode.GeneralCategory>)] = [
      ("L", "Letter", letter),
      ("LC", "Cased_Letter", [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter]),
      ("Lu", "Uppercase_Letter", [.uppercaseLetter]),
      ("Ll", "Lowercase_Letter", [.lowercaseLetter]),
      ("Lt", "Titlecase_Letter", [.titlecaseLetter]), ("Lm", "Modifier_Letter", [.modifierLetter]),
      ("Lo", "Other_Letter", [.otherLetter]), ("M", "Mark", mark),
      ("Mn", "Nonspacing_Mark", [.nonspacingMark]), ("Mc", "Spacing_Mark", [.spacingMark]),
      ("Me", "Enclosing_Mark", [.enclosingMark]), ("N", "Number", number),
      ("Nd", "Decimal_Number", [.decimalNumber]), ("Nl", "Letter_Number", [.letterNumber]),
      ("No", "Other_Number", [.otherNumber]), ("P", "Punctuation", punctuation),
      ("Pc", "Connector_Punctuation", [.connectorPunctuation]),
      ("Pd", "Dash_Punctuation", [.dashPunctuation]),
      ("Ps", "Open_Punctuation", [.openPunctuation]),
      ("Pe", "Close_Punctuation", [.closePunctuation]),
      ("Pi", "Initial_Punctuation", [.initialPunctuation]),
      ("Pf", "Final_Punctuation", [.finalPunctuation]),
      ("Po", "Other_Punctuation", [.otherPunctuation]),
      ("S", "Symbol", symbol), ("Sm", "Math_Symbol", [.mathSymbol]),
      ("Sc", "Currency_Symbol", [.currencySymbol]), ("Sk", "Modifier_Symbol", [.modifierSymbol]),
      ("So", "Other_Symbol", [.otherSymbol]), ("Z", "Separator", separator),
      ("Zs", "Space_Separator", [.spaceSeparator]), ("Zl", "Line_Separator", [.lineSeparator]),
      ("Zp", "Paragraph_Separator", [.paragraphSeparator]), ("C", "Other", other),
      ("Cc", "Control", [.control]), ("Cf", "Format", [.format]), ("Cs", "Surrogate", [.surrogate]),
      ("Co", "Private_Use", [.privateUse]), ("Cn", "Unassigned", [.unassigned]),
    ]
    for (short, long, categories) in entries {
      table[short] = categories
      table[long] = categories
    }
    // Aliases ECMA-262 also lists; `digit` is what the JSON Schema suite uses for Nd.
    table["punct"] = punctuation
    table["Combining_Mark"] = mark
    table["digit"] = [.decimalNumber]
    return table
  }()

  /// The main blocks of common scripts.
  static let scripts: [String: [ClosedRange<UInt32>]] = {
    let entries: [(String, String, [ClosedRange<UInt32>])] = [
      (
        "Greek", "Grek",
        [
          0x0370...0x0373, 0x0375...0x0377, 0x037A...0x037D, 0x037F...0x037F,
          0x0384...0x0384, 0x0386...0x0386, 0x0388...0x03E1, 0x03F0...0x03FF, 0x1D26...0x1D2A,
          0x1F00...0x1FFE, 0x2126...0x2126, 0xAB65...0xAB65, 0x10140...0x1018E, 0x1D200...0x1D245,
        ]
      ),
      (
        "Latin", "Latn",
        [
          0x41...0x5A, 0x61...0x7A, 0xAA...0xAA, 0xBA...0xBA, 0xC0...0xD6,
          0xD8...0xF6, 0xF8...0x2B8, 0x2E0...0x2E4, 0x1D00...0x1D25, 0x1E00...0x1EFF,
          0x2C60...0x2C7F, 0xA722...0xA7FF, 0xFF21...0xFF3A, 0xFF41...0xFF5A,
        ]
      ),
      ("Cyrillic", "Cyrl", [0x0400...0x052F, 0x1C80...0x1C88, 0x2DE0...0x2DFF, 0xA640...0xA69F]),
      ("Armenian", "Armn", [0x0531...0x058A, 0xFB13...0xFB17]),
      ("Hebrew", "Hebr", [0x0591...0x05F4, 0xFB1D...0xFB4F]),
      (
        "Arabic", "Arab",
        [
          0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF,
          0xFE70...0xFEFC,
        ]
      ),
      ("Devanagari", "Deva", [0x0900...0x097F, 0xA8E0...0xA8FF]),
      ("Bengali", "Beng", [0x0980...0x09FE]),
      ("Thai", "Thai", [0x0E01...0x0E5B]),
      ("Georgian", "Geor", [0x10A0...0x10FF, 0x2D00...0x2D2D]),
      ("Hangul", "Hang", [0x1100...0x11FF, 0x3131...0x318E, 0xAC00...0xD7A3]),
      ("Hiragana", "Hira", [0x3041...0x309F]),
      ("Katakana", "Kana", [0x30A1...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D]),
      (
        "Han", "Hani",
        [
          0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3400...0x4DBF,
          0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF,
        ]
      ),
    ]
    var table: [String: [ClosedRange<UInt32>]] = [:]
    for (long, short, ranges) in entries {
      table[long] = ranges
      table[short] = ranges
    }
    return table
  }()
}

/// The binary Unicode properties of ECMA-262 that the standard library can answer.
enum RegexBinaryProperty: String, Hashable, Sendable {
  case any = "Any"
  case ascii = "ASCII"
  case assigned = "Assigned"
  case alphabetic = "Alphabetic"
  case uppercase = "Uppercase"
  case lowercase = "Lowercase"
  case whiteSpace = "White_Space"
  case hexDigit = "Hex_Digit"
  case asciiHexDigit = "ASCII_Hex_Digit"
  case idStart = "ID_Start"
  case idContinue = "ID_Continue"
  case xidStart = "XID_Start"
  case xidContinue = "XID_Continue"
  case math = "Math"
  case dash = "Dash"
  case emoji = "Emoji"
  case emojiPresentation = "Emoji_Presentation"
  case emojiModifier = "Emoji_Modifier"
  case emojiModifierBase = "Emoji_Modifier_Base"
  case noncharacterCodePoint = "Noncharacter_Code_Point"
  case bidiControl = "Bidi_Control"
  case bidiMirrored = "Bidi_Mirrored"
  case cased = "Cased"
  case caseIgnorable = "Case_Ignorable"
  case changesWhenCasefolded = "Changes_When_Casefolded"
  case changesWhenCasemapped = "Changes_When_Casemapped"
  case changesWhenLowercased = "Changes_When_Lowercased"
  case changesWhenNFKCCasefolded = "Changes_When_NFKC_Casefolded"
  case changesWhenTitlecased = "Changes_When_Titlecased"
  case changesWhenUppercased = "Changes_When_Uppercased"
  case defaultIgnorableCodePoint = "Default_Ignorable_Code_Point"
  case deprecated = "Deprecated"
  case diacritic = "Diacritic"
  case extender = "Extender"
  case graphemeBase = "Grapheme_Base"
  case graphemeExtend = "Grapheme_Extend"
  case idsBinaryOperator = "IDS_Binary_Operator"
  case idsTrinaryOperator = "IDS_Trinary_Operator"
  case ideographic = "Ideographic"
  case joinControl = "Join_Control"
  case logicalOrderException = "Logical_Order_Exception"
  case patternSyntax = "Pattern_Syntax"
  case patternWhiteSpace = "Pattern_White_Space"
  case quotationMark = "Quotation_Mark"
  case radical = "Radical"
  case sentenceTerminal = "Sentence_Terminal"
  case softDotted = "Soft_Dotted"
  case terminalPunctuation = "Terminal_Punctuation"
  case unifiedIdeograph = "Unified_Ideograph"
  case variationSelector = "Variation_Selector"

  static let shortNames: [String: RegexBinaryProperty] = [
    "Alpha": .alphabetic,
    "Upper": .uppercase,
    "Lower": .lowercase,
    "space": .whiteSpace,
    "Hex": .hexDigit,
    "AHex": .asciiHexDigit,
    "IDS": .idStart,
    "IDC": .idContinue,
    "XIDS": .xidStart,
    "XIDC": .xidContinue,
    "EPres": .emojiPresentation,
    "EMod": .emojiModifier,
    "EBase": .emojiModifierBase,
    "NChar": .noncharacterCodePoint,
    "Bidi_C": .bidiControl,
    "Bidi_M": .bidiMirrored,
    "CI": .caseIgnorable,
    "CWCF": .changesWhenCasefolded,
    "CWCM": .changesWhenCasemapped,
    "CWL": .changesWhenLowercased,
    "CWKCF": .changesWhenNFKCCasefolded,
    "CWT": .changesWhenTitlecased,
    "CWU": .changesWhenUppercased,
    "DI": .defaultIgnorableCodePoint,
    "Dep": .deprecated,
    "Dia": .diacritic,
    "Ext": .extender,
    "Gr_Base": .graphemeBase,
    "Gr_Ext": .graphemeExtend,
    "IDSB": .idsBinaryOperator,
    "IDST": .idsTrinaryOperator,
    "Ideo": .ideographic,
    "Join_C": .joinControl,
    "LOE": .logicalOrderException,
    "Pat_Syn": .patternSyntax,
    "Pat_WS": .patternWhiteSpace,
    "QMark": .quotationMark,
    "STerm": .sentenceTerminal,
    "SD": .softDotted,
    "Term": .terminalPunctuation,
    "UIdeo": .unifiedIdeograph,
    "VS": .variationSelector,
  ]

  func matches(_ value: UInt32) -> Bool {
    switch self {
    case .any: return true
    case .ascii: return value < 0x80
    default: break
    }
    guard let scalar = Unicode.Scalar(value) else { return false }
    let properties = scalar.properties
    switch self {
    case .any, .ascii: return true
    case .assigned: return properties.generalCategory != .unassigned
    case .alphabetic: return properties.isAlphabetic
    case .uppercase: return properties.isUppercase
    case .lowercase: return properties.isLowercase
    case .whiteSpace: return properties.isWhitespace
    case .hexDigit: return properties.isHexDigit
    case .asciiHexDigit: return properties.isASCIIHexDigit
    case .idStart: return properties.isIDStart
    case .idContinue: return properties.isIDContinue
    case .xidStart: return properties.isXIDStart
    case .xidContinue: return properties.isXIDContinue
    case .math: return properties.isMath
    case .dash: return properties.isDash
    case .emoji: return properties.isEmoji
    case .emojiPresentation: return properties.isEmojiPresentation
    case .emojiModifier: return properties.isEmojiModifier
    case .emojiModifierBase: return properties.isEmojiModifierBase
    case .noncharacterCodePoint: return properties.isNoncharacterCodePoint
    case .bidiControl: return properties.isBidiControl
    case .bidiMirrored: return properties.isBidiMirrored
    case .cased: return properties.isCased
    case .caseIgnorable: return properties.isCaseIgnorable
    case .changesWhenCasefolded: return properties.changesWhenCaseFolded
    case .changesWhenCasemapped: return properties.changesWhenCaseMapped
    case .changesWhenLowercased: return properties.changesWhenLowercased
    case .changesWhenNFKCCasefolded: return properties.changesWhenNFKCCaseFolded
    case .changesWhenTitlecased: return properties.changesWhenTitlecased
    case .changesWhenUppercased: return properties.changesWhenUppercased
    case .defaultIgnorableCodePoint: return properties.isDefaultIgnorableCodePoint
    case .deprecated: return properties.isDeprecated
    case .diacritic: return properties.isDiacritic
    case .extender: return properties.isExtender
    case .graphemeBase: return properties.isGraphemeBase
    case .graphemeExtend: return properties.isGraphemeExtend
    case .idsBinaryOperator: return properties.isIDSBinaryOperator
    case .idsTrinaryOperator: return properties.isIDSTrinaryOperator
    case .ideographic: return properties.isIdeographic
    case .joinControl: return properties.isJoinControl
    case .logicalOrderException: return properties.isLogicalOrderException
    case .patternSyntax: return properties.isPatternSyntax
    case .patternWhiteSpace: return properties.isPatternWhitespace
    case .quotationMark: return properties.isQuotationMark
    case .radical: return properties.isRadical
    case .sentenceTerminal: return properties.isSentenceTerminal
    case .softDotted: return properties.isSoftDotted
    case .terminalPunctuation: return properties.isTerminalPunctuation
    case .unifiedIdeograph: return properties.isUnifiedIdeograph
    case .variationSelector: return properties.isVariationSelector
    }
  }
}
