#!/usr/bin/env python3
"""Writes protoc's SourceCodeInfo (spans and comments) for the .proto fixtures in
Tests/Golden/proto as <name>.protoc.json, the golden files ProtoSourceInfoTests compares with.

protoc comes from grpcio-tools and the descriptor classes from protobuf (pip), for example:
  pip download --no-deps -d /tmp/w grpcio-tools protobuf && unzip each wheel into /tmp/w/lib
  PYTHONPATH=/tmp/w/lib python3 Tests/Conformance/proto_source_info.py
Each element: kind, name (full name), span [line, col, end_line, end_col] 1-based with the end
exclusive (as Buf prints them), and for declarations leading/trailing/detached comments.
"""
import json
import os
import sys
import tempfile

from google.protobuf import descriptor_pb2
from grpc_tools import protoc

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(os.path.dirname(HERE), "Golden", "proto")
WKT = os.path.join(os.path.dirname(protoc.__file__), "_proto")


def describe(path):
    handle, out = tempfile.mkstemp()
    os.close(handle)
    args = ["protoc", "-I" + FIXTURES, "-I" + WKT, "--include_source_info",
            "--descriptor_set_out=" + out, path]
    if protoc.main(args) != 0:
        raise SystemExit("protoc rejected " + path)
    files = descriptor_pb2.FileDescriptorSet()
    with open(out, "rb") as stream:
        files.ParseFromString(stream.read())
    os.remove(out)
    return files.file[0]


def elements(proto):
    locations = {tuple(l.path): l for l in proto.source_code_info.location}
    result = []

    def add(kind, name, path, comments=False):
        location = locations.get(tuple(path))
        if location is None:
            return
        span = list(location.span)
        if len(span) == 3:
            span = [span[0], span[1], span[0], span[2]]
        item = {"kind": kind, "name": name,
                "span": [span[0] + 1, span[1] + 1, span[2] + 1, span[3] + 1]}
        if comments:
            item["leading"] = location.leading_comments if location.HasField("leading_comments") else None
            item["trailing"] = location.trailing_comments if location.HasField("trailing_comments") else None
            item["detached"] = list(location.leading_detached_comments)
        result.append(item)

    def field(owner, item, path):
        name = owner + "." + item.name
        add("field", name, path, comments=True)
        for tag, part in ((1, "name"), (3, "number"), (4, "label"), (5, "type"), (6, "type_name")):
            add("field " + part, name, path + [tag])

    def ranges(kind, owner, items, path):
        for index, _ in enumerate(items):
            add(kind, owner, path + [index])

    def message(item, path, prefix):
        name = prefix + item.name
        add("message", name, path, comments=True)
        add("message name", name, path + [1])
        for index, child in enumerate(item.field):
            field(name, child, path + [2, index])
        for index, child in enumerate(item.extension):
            field(name, child, path + [6, index])
        for index, child in enumerate(item.nested_type):
            message(child, path + [3, index], name + ".")
        for index, child in enumerate(item.enum_type):
            enum(child, path + [4, index], name + ".")
        for index, child in enumerate(item.oneof_decl):
            add("oneof", name + "." + child.name, path + [8, index], comments=True)
            add("oneof name", name + "." + child.name, path + [8, index, 1])
        ranges("extension range", name, item.extension_range, path + [5])
        ranges("reserved range", name, item.reserved_range, path + [9])
        ranges("reserved name", name, item.reserved_name, path + [10])

    def enum(item, path, prefix):
        name = prefix + item.name
        add("enum", name, path, comments=True)
        add("enum name", name, path + [1])
        for index, value in enumerate(item.value):
            value_name = name + "." + value.name
            add("enum value", value_name, path + [2, index], comments=True)
            add("enum value name", value_name, path + [2, index, 1])
            add("enum value number", value_name, path + [2, index, 2])
        ranges("reserved range", name, item.reserved_range, path + [4])
        ranges("reserved name", name, item.reserved_name, path + [5])

    package = proto.package + "." if proto.package else ""
    add("syntax", "", [12])
    add("package", proto.package, [2])
    for index, dependency in enumerate(proto.dependency):
        add("import", dependency, [3, index])
    for index, item in enumerate(proto.message_type):
        message(item, [4, index], package)
    for index, item in enumerate(proto.enum_type):
        enum(item, [5, index], package)
    for index, item in enumerate(proto.extension):
        field(proto.package, item, [7, index])
    for index, service in enumerate(proto.service):
        name = package + service.name
        add("service", name, [6, index], comments=True)
        for method_index, method in enumerate(service.method):
            method_name = name + "." + method.name
            path = [6, index, 2, method_index]
            add("rpc", method_name, path, comments=True)
            for tag, part in ((2, "input"), (3, "output"), (5, "client stream"), (6, "server stream")):
                add("rpc " + part, method_name, path + [tag])
    return result


def main():
    for name in sorted(os.listdir(FIXTURES)):
        if not name.endswith(".proto"):
            continue
        golden = os.path.join(FIXTURES, name[: -len(".proto")] + ".protoc.json")
        with open(golden, "w") as stream:
            items = elements(describe(name))
            stream.write("[\n" + ",\n".join(json.dumps(item) for item in items) + "\n]\n")
        print("wrote", os.path.relpath(golden))


if __name__ == "__main__":
    sys.exit(main())
