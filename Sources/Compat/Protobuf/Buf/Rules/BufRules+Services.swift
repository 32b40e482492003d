import Parsers
import SchemaModel

/// Services and RPCs.
extension BufRules {
  static let services: [BufRule] = [
    BufRule(
      "RPC_NO_DELETE", "Checks that rpcs are not deleted from a given service.",
      v2: "FILE PACKAGE", v1: "FILE PACKAGE", v1beta1: "FILE PACKAGE"
    ) { context in
      servicePairs(context).flatMap { old, new in
        let present = Set(new.service.methods.map(\.name))
        return old.service.methods.filter { !present.contains($0.name) }.map {
          context.finding(
            "RPC_NO_DELETE",
            "Previously present RPC \"\($0.name)\" on service \"\(old.service.name)\" was deleted.",
            in: new.file, at: new.service.span)
        }
      }
    },
    streaming("RPC_SAME_CLIENT_STREAMING", side: "client", \.clientStreaming),
    streaming("RPC_SAME_SERVER_STREAMING", side: "server", \.serverStreaming),
    methodType(
      "RPC_SAME_REQUEST_TYPE", side: "request", \.inputType, \.resolvedInputType, \.inputTypeSpan),
    methodType(
      "RPC_SAME_RESPONSE_TYPE", side: "response", \.outputType, \.resolvedOutputType,
      \.outputTypeSpan),
    BufRule(
      "RPC_SAME_IDEMPOTENCY_LEVEL",
      "Checks that rpcs have the same value for the idempotency_level option.",
      v2: "CSR FILE PACKAGE WIRE_JSON WIRE", v1: "FILE PACKAGE WIRE_JSON WIRE",
      v1beta1: "FILE PACKAGE WIRE_JSON WIRE"
    ) { context in
      methodPairs(context).compactMap { pair in
        let (service, old, new, file) = (pair.service, pair.old, pair.new, pair.file)
        let name = "idempotency_level"
        let fallback = "IDEMPOTENCY_UNKNOWN"
        let before = old.options.named(name).map { BufNames.optionText($0.value) } ?? fallback
        let option = new.options.named(name)
        let after = option.map { BufNames.optionText($0.value) } ?? fallback
        guard before != after else { return nil }
        return context.finding(
          "RPC_SAME_IDEMPOTENCY_LEVEL",
          "RPC \"\(new.name)\" on service \"\(service)\" changed option \"\(name)\" from \"\(before)\" to \"\(after)\".",
          in: file, at: option.map(statementSpan) ?? new.span)
      }
    },
  ]

  private static func servicePairs(_ context: BufCheckContext) -> [(
    previous: (service: ProtoService, file: ProtoFile),
    current: (service: ProtoService, file: ProtoFile)
  )] {
    context.previous.services.sorted { $0.key < $1.key }.compactMap { name, old in
      context.current.services[name].map { (old, $0) }
    }
  }

  /// RPCs paired by name inside services paired by full name.
  private static func methodPairs(_ context: BufCheckContext) -> [MethodPair] {
    servicePairs(context).flatMap { old, new in
      old.service.methods.compactMap { method in
        new.service.methods.first { $0.name == method.name }.map {
          MethodPair(
            service: new.service.name, old: method, new: $0, oldFile: old.file, file: new.file)
        }
      }
    }
  }

  private struct MethodPair {
    var service: String
    var old: ProtoMethod
    var new: ProtoMethod
    var oldFile: ProtoFile
    var file: ProtoFile
  }

  private static func streaming(
    _ id: String, side: String, _ flag: KeyPath<ProtoMethod, Bool> & Sendable
  ) -> BufRule {
    BufRule(
      id, "Checks that rpcs have the same \(side) streaming value.",
      v2: "CSR FILE PACKAGE WIRE_JSON WIRE", v1: "FILE PACKAGE WIRE_JSON WIRE",
      v1beta1: "FILE PACKAGE WIRE_JSON WIRE"
    ) { context in
      methodPairs(context).compactMap { pair in
        let (service, old, new, file) = (pair.service, pair.old, pair.new, pair.file)
        guard old[keyPath: flag] != new[keyPath: flag] else { return nil }
        let word = { (streams: Bool) in streams ? "streaming" : "unary" }
        return context.finding(
          id,
          "RPC \"\(new.name)\" on service \"\(service)\" changed from \(side) \(word(old[keyPath: flag])) to \(side) \(word(new[keyPath: flag])).",
          in: file, at: new.span)
      }
    }
  }

  private static func methodType(
    _ id: String, side: String, _ written: KeyPath<ProtoMethod, String> & Sendable,
    _ resolved: KeyPath<ProtoMethod, String?> & Sendable,
    _ span: KeyPath<ProtoMethod, SourceSpan> & Sendable
  ) -> BufRule {
    BufRule(
      id, "Checks that rpcs are have the same \(side) type.",
      v2: "CSR FILE PACKAGE WIRE_JSON WIRE", v1: "FILE PACKAGE WIRE_JSON WIRE",
      v1beta1: "FILE PACKAGE WIRE_JSON WIRE"
    ) { context in
      methodPairs(context).compactMap { pair in
        let (service, old, new, file) = (pair.service, pair.old, pair.new, pair.file)
        let before =
          old[keyPath: resolved]
          ?? context.previous.resolve(old[keyPath: written], scope: pair.oldFile.package ?? "")?
          .fullName ?? BufNames.stripDot(old[keyPath: written])
        let after =
          new[keyPath: resolved]
          ?? context.current.resolve(new[keyPath: written], scope: file.package ?? "")?.fullName
          ?? BufNames.stripDot(new[keyPath: written])
        guard before != after else { return nil }
        return context.finding(
          id,
          "RPC \"\(new.name)\" on service \"\(service)\" changed \(side) type from \"\(before)\" to \"\(after)\".",
          in: file, at: new[keyPath: span])
      }
    }
  }
}
