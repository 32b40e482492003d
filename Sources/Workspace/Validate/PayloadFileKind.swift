/// How a payload file is read, from its name and the command's options.
public enum PayloadFileKind: Hashable, Sendable {
  /// One JSON document.
  case json
  /// One YAML document (`.yaml`, `.yml`).
  case yaml
  /// One JSON payload a line (`.jsonl`, `.ndjson`).
  case jsonLines
  /// One binary payload (`.bin`, `.pb`, `.binpb`, or any file with `--avro-encoding binary`).
  case binary
  /// Many binary payloads, each after its length as a varint (`--delimited`).
  case delimited
  /// An Avro object container file (`.avro`).
  case container

  /// What `path` holds. `binary` makes every non-container file binary (`--avro-encoding
  /// binary`); `delimited` makes it a length-delimited stream.
  public static func of(_ path: String, binary: Bool = false, delimited: Bool = false)
    -> PayloadFileKind
  {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".avro") { return .container }
    if delimited { return .delimited }
    if binary || binaryExtensions.contains(where: { lowered.hasSuffix($0) }) { return .binary }
    if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") { return .jsonLines }
    if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") { return .yaml }
    return .json
  }

  static let binaryExtensions = [".bin", ".pb", ".binpb"]

  public var isBinary: Bool {
    switch self {
    case .binary, .delimited, .container: true
    case .json, .yaml, .jsonLines: false
    }
  }
}
