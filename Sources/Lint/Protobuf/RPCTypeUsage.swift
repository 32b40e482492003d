import Parsers
import SchemaModel

/// Buf's RPC_REQUEST_RESPONSE_UNIQUE over the linted files: a message used as the request or
/// response of several rpcs, or as both sides of one, reported at each rpc involved.
struct RPCTypeUsage {
  struct Finding {
    var message: String
    var location: SourceLocation
  }

  private struct Use {
    var fullName: String
    var request: String
    var response: String
    var location: SourceLocation
  }

  private let uses: [Use]
  private let options: LintOptions
  private static let empty = "google.protobuf.Empty"

  init(_ inputs: [LintInput], options: LintOptions) {
    self.options = options
    uses = inputs.flatMap { input -> [Use] in
      guard let file = input.proto else { return [] }
      return file.allMethods.map { method, service in
        Use(
          fullName: service.fullName + "." + method.name, request: method.requestTypeName,
          response: method.responseTypeName, location: input.location(method.span))
      }
    }
  }

  var findings: [Finding] {
    var findings: [Finding] = []
    let allowRequests = options.rpcAllowGoogleProtobufEmptyRequests
    let allowResponses = options.rpcAllowGoogleProtobufEmptyResponses
    if !options.rpcAllowSameRequestResponse {
      for use in uses where use.request == use.response {
        if use.request == Self.empty && allowRequests && allowResponses { continue }
        findings.append(
          Finding(
            message: "rpc \"\(name(use))\" uses \"\(use.request)\" as both its request and its "
              + "response",
            location: use.location))
      }
    }
    var byType: [String: [String: Use]] = [:]
    for use in uses {
      byType[use.request, default: [:]][use.fullName] = use
      byType[use.response, default: [:]][use.fullName] = use
    }
    for (type, users) in byType where users.count > 1 {
      let sorted = users.keys.sorted().compactMap { users[$0] }
      if type == Self.empty && (allowRequests || allowResponses) {
        if allowRequests && allowResponses { continue }
        let side = allowRequests ? "response" : "request"
        let onSide = sorted.filter { allowRequests ? $0.response == type : $0.request == type }
        guard onSide.count > 1 else { continue }
        findings += onSide.map {
          Finding(message: "\"\(type)\" is the \(side) of several rpcs", location: $0.location)
        }
      } else {
        findings += sorted.map {
          Finding(
            message: "\"\(type)\" is the request or response of several rpcs",
            location: $0.location)
        }
      }
    }
    return findings
  }

  private func name(_ use: Use) -> String {
    String(use.fullName.split(separator: ".").last ?? Substring(use.fullName))
  }
}
