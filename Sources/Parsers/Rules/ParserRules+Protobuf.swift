import SchemaModel

extension ParserRules {
  /// The Protobuf parser's, validator's and linker's rules: what protoc rejects, in its words.
  static let protobuf: [RuleDescription] = [
    .own(
      "PROTO_DUPLICATE_ENUM_VALUE", .protobuf,
      "two enum values share a number without `option allow_alias = true`",
      "protoc rejects it (\"Use allow_alias\")"),
    .own(
      "PROTO_DUPLICATE_FIELD_NUMBER", .protobuf, "two fields of a message use the same number",
      "protoc rejects it (\"Field number N has already been used\")"),
    .own(
      "PROTO_DUPLICATE_NAME", .protobuf,
      "a name is defined twice in the same scope (message, enum, field, service)",
      "protoc rejects it (\"is already defined\")"),
    .own(
      "PROTO_DUPLICATE_SYMBOL", .protobuf,
      "two files of the import graph define the same fully qualified name",
      "protoc rejects it; generated code would collide"),
    .own(
      "PROTO_ENUM_FIRST_VALUE_NOT_ZERO", .protobuf,
      "the first value of an open enum (proto3, editions) is not 0; add `..._UNSPECIFIED = 0`",
      "protoc requires it: the zero value is the default of open enums"),
    .own(
      "PROTO_EXTENSION_NUMBER_OUT_OF_RANGE", .protobuf,
      "an extension's number lies outside the extendee's `extensions` ranges",
      "protoc rejects it (\"does not declare N as an extension number\")"),
    .own(
      "PROTO_FIELD_NUMBER_OUT_OF_RANGE", .protobuf,
      "a field number is outside 1..536870911 or in 19000..19999, an enum value is outside 32 "
        + "bits, or a reserved or extension range is malformed",
      "protoc's limits; 19000-19999 are reserved for the Protobuf implementation"),
    .own(
      "PROTO_FIELD_NUMBER_RESERVED", .protobuf,
      "a field or enum value uses a reserved number or name, or a field number lies in an "
        + "extension range (or such ranges overlap)",
      "protoc rejects it; reserved numbers and names must never be reused on the wire"),
    .own(
      "PROTO_IMPORT_CYCLE", .protobuf, "files import each other in a cycle",
      "protoc rejects it (\"File recursively imports itself\")"),
    .own(
      "PROTO_IMPORT_NOT_FOUND", .protobuf,
      "an import is not found under the import roots (`proto.roots`) or cannot be read",
      "protoc fails the same way (\"File not found\"); add the directory to the roots"),
    .own(
      "PROTO_IMPORT_TOO_DEEP", .protobuf, "imports are chained deeper than the linker's limit",
      "a fixed limit keeps a hostile import graph from exhausting resources"),
    .own(
      "PROTO_INVALID_MAP_KEY", .protobuf,
      "a map key type is not an integer type, bool or string",
      "the Protobuf language specification and protoc"),
    .own(
      "PROTO_INVALID_SYNTAX", .protobuf,
      "`syntax` is not proto2/proto3, or `edition` is not a supported edition",
      "protoc rejects unknown syntaxes and editions"),
    .own(
      "PROTO_NESTING_TOO_DEEP", .protobuf,
      "messages or option values are nested deeper than the parser's limit",
      "a fixed limit keeps a hostile file from exhausting the stack; protoc limits it too"),
    .own(
      "PROTO_NOT_A_MESSAGE", .protobuf,
      "a type used where a message is needed (RPC input/output, extendee) is not a message",
      "protoc rejects it (\"is not a message type\")"),
    .own(
      "PROTO_REQUIRED_IN_PROTO3", .protobuf,
      "a proto3 file declares a `required` field; make it optional or implicit",
      "protoc rejects required fields in proto3"),
    .own(
      "PROTO_SYNTAX_ERROR", .protobuf,
      "the .proto text does not parse; the message says what was expected",
      "the Protobuf language grammar as protoc reads it"),
    .own(
      "PROTO_TYPE_NOT_IMPORTED", .protobuf,
      "a type is defined in a file the current file does not import (directly or publicly)",
      "protoc rejects it (\"seems to be defined in ..., which is not imported\")"),
    .own(
      "PROTO_UNKNOWN_OPTION", .protobuf,
      "a custom option is not declared by any imported extension; it is ignored",
      "protoc rejects unknown options; schemacheck warns so a missing import of option "
        + "definitions does not block a check", severity: .warning),
    .own(
      "PROTO_UNRESOLVED_TYPE", .protobuf,
      "a type name resolves to nothing, to a non-type, or is shadowed by a nearer name",
      "protoc's scoping rules (innermost scope first); the message suggests a close name"),
  ]
}
