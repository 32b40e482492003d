/// An ECMA-262 regular expression (`u` flag semantics, matching Unicode scalars) whose searches
/// stop after a step budget, so a pathological pattern cannot hang a run.
///
/// JSON Schema's `pattern` and `patternProperties` use these semantics; Foundation's and Swift's
/// regex engines differ from them (`\d`, `\w`, `$`) and cannot bound their work.
public struct ECMARegex: Sendable {
  /// The pattern as written.
  public let pattern: String
  private let program: RegexProgram

  /// The default budget of one search: enough for ordinary patterns on long strings.
  public static let defaultStepLimit = 1_000_000

  /// Parses and compiles a pattern; throws when ECMA-262 (with `u`) would reject it.
  public init(_ pattern: String) throws(ECMARegexError) {
    var parser = RegexParser(pattern)
    let (tree, captureCount) = try parser.parse()
    self.pattern = pattern
    self.program = try RegexCompiler.compile(tree, captureCount: captureCount)
  }

  /// Searches for a match anywhere in `text`, giving up after `stepLimit` machine steps.
  public func search(
    in text: String, stepLimit: Int = ECMARegex.defaultStepLimit
  ) -> ECMARegexOutcome {
    var machine = RegexMachine(
      program: program, text: text.unicodeScalars.map(\.value), stepLimit: stepLimit)
    return machine.search()
  }
}
