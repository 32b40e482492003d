/// Why a Protobuf payload validator could not be set up (before any payload is read).
public enum ProtoPayloadSetupError: Error, Hashable, Sendable, CustomStringConvertible {
  /// No message of this full name is in the loaded files; `suggestion` is the closest name.
  case unknownMessage(name: String, suggestion: String?)

  public var description: String {
    switch self {
    case .unknownMessage(let name, let suggestion):
      let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
      return "no message named '\(name)' in the loaded .proto files\(hint)"
    }
  }
}
