import Parsers
import SchemaModel

/// Buf's COMMENT_RPC: a rpc has no leading comment.
public struct CommentRPCRule: LintRule {
  public static let description = RuleDescription.buf(
    "COMMENT_RPC", "a rpc has no leading comment",
    "the comment above a rpc is its documentation in generated code and in schema catalogs")
  public static let sets: Set<LintRuleSet> = [.comments]

  public init() {}

  public func check(_ input: LintInput, context: LintContext) -> [Diagnostic] {
    guard let file = input.proto else { return [] }
    let elements: [(name: String, span: SourceSpan, comments: ProtoComments)] = file.allMethods.map
    { ($0.method.name, $0.method.span, $0.method.comments) }
    return elements.filter { !BufComments.documents($0.comments) }.map {
      finding(
        "rpc \"\($0.name)\" should have a comment that documents it",
        at: input.location($0.span), path: input.path)
    }
  }
}
