#!/usr/bin/env python3
"""Cross-check `schemacheck inspect --format json` against protoc on real .proto files.

Not run by `swift test`. It needs network access to PyPI once: it creates a temporary virtual
environment and runs `pip install grpcio-tools googleapis-common-protos protobuf` in it (set
CROSSCHECK_VENV=DIR to reuse an existing one). Then, for every .proto file those packages ship
(grpc_tools/_proto/google/protobuf/**/*.proto and google/**/*.proto of
googleapis-common-protos), it

  1. compiles the file with `python -m grpc_tools.protoc --include_imports
     --descriptor_set_out` (Debian's `protoc` when PROTOC=protoc is set),
  2. reads the FileDescriptorSet with the `protobuf` package,
  3. runs `schemacheck inspect --format json --proto-path ROOT FILE` (the binary from
     `swift build`, .build/debug/schemacheck, built first unless SCHEMACHECK_BIN is set),
  4. compares every message and enum (map entries excluded), every field's name, number,
     type, label, json name and oneof, and every enum value.

A link pass runs small scoping and error cases (LINK_CASES) through both: protoc must accept or
reject each exactly when schemacheck does, with the expected rule id.

A further pass compiles schemacheck's built-in well-known types (the Swift string literals in
Sources/Parsers/Protobuf/Link/ProtoWellKnownFiles*.swift) with protoc and compares them with the
real files the same way, so that their names and numbers stay exact.

Prints "N passed, N failed" for files and for fields, and lists mismatches. Exit status 1 when
anything differs.

Usage: python3 Tests/Conformance/protoc_crosscheck.py [--limit N] [--verbose]
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCALARS = {
    1: "double", 2: "float", 3: "int64", 4: "uint64", 5: "int32", 6: "fixed64",
    7: "fixed32", 8: "bool", 9: "string", 12: "bytes", 13: "uint32", 15: "sfixed32",
    16: "sfixed64", 17: "sint32", 18: "sint64",
}
TYPE_GROUP, TYPE_MESSAGE, TYPE_ENUM = 10, 11, 14
LABEL_OPTIONAL, LABEL_REQUIRED, LABEL_REPEATED = 1, 2, 3


def make_venv():
    existing = os.environ.get("CROSSCHECK_VENV")
    if existing:
        venv = Path(existing)
        if (venv / "bin" / "python").exists():
            return venv
    else:
        venv = Path(tempfile.mkdtemp(prefix="schemacheck-crosscheck-")) / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", "grpcio-tools",
         "googleapis-common-protos", "protobuf"],
        check=True)
    return venv


def venv_python(venv):
    return str(venv / "bin" / "python")


def site_packages(venv):
    out = subprocess.run(
        [venv_python(venv), "-c", "import grpc_tools, os; print(os.path.dirname(os.path.dirname(grpc_tools.__file__)))"],
        check=True, capture_output=True, text=True)
    return Path(out.stdout.strip())


# The descriptor side runs inside the venv (it needs the `protobuf` package), so this script
# hands it a small program and reads JSON back.
DUMP_PROGRAM = r'''
import json, sys
from google.protobuf import descriptor_pb2, descriptor_pool

SCALARS = %(scalars)s
fds = descriptor_pb2.FileDescriptorSet()
fds.ParseFromString(open(sys.argv[1], "rb").read())
target = sys.argv[2]
pool = descriptor_pool.DescriptorPool()
for file_proto in fds.file:
    pool.Add(file_proto)

def label_of(field_desc, field_proto):
    if field_proto.label == 3:
        return "repeated"
    required = getattr(field_desc, "is_required", None)
    if required is None:
        required = field_desc.label == 2
    if required:
        return "required"
    return "optional" if field_desc.has_presence else "implicit"

def type_of(field_proto, entries):
    if field_proto.type in (10, 11, 14):
        name = field_proto.type_name.lstrip(".")
        if name in entries:
            key, value = entries[name]
            return "map<%%s,%%s>" %% (type_of(key, entries), type_of(value, entries))
        return name
    return SCALARS[field_proto.type]

def walk(messages, prefix, out, entries):
    for message in messages:
        full = prefix + message.name
        if message.options.map_entry:
            continue
        out.append({"name": full, "kind": "message", "fields": []})
        record = out[-1]
        desc = pool.FindMessageTypeByName(full)
        for field in message.field:
            oneof = None
            if field.HasField("oneof_index") and not field.proto3_optional:
                oneof = message.oneof_decl[field.oneof_index].name
            record["fields"].append({
                "name": field.name, "number": field.number,
                "type": type_of(field, entries),
                "label": label_of(desc.fields_by_name[field.name], field),
                "jsonName": field.json_name, "oneof": oneof,
            })
        walk(message.nested_type, full + ".", out, entries)
        for enum in message.enum_type:
            out.append(enum_json(enum, full + "."))

def enum_json(enum, prefix):
    return {"name": prefix + enum.name, "kind": "enum",
            "values": [{"name": v.name, "number": v.number} for v in enum.value]}

def collect_entries(messages, prefix, entries):
    for message in messages:
        full = prefix + message.name
        if message.options.map_entry:
            fields = {f.number: f for f in message.field}
            entries[full] = (fields[1], fields[2])
        collect_entries(message.nested_type, full + ".", entries)

entries = {}
for file_proto in fds.file:
    prefix = file_proto.package + "." if file_proto.package else ""
    collect_entries(file_proto.message_type, prefix, entries)
for file_proto in fds.file:
    if file_proto.name != target:
        continue
    prefix = file_proto.package + "." if file_proto.package else ""
    out = []
    walk(file_proto.message_type, prefix, out, entries)
    for enum in file_proto.enum_type:
        out.append(enum_json(enum, prefix))
    print(json.dumps(out))
''' % {"scalars": repr(SCALARS)}


def protoc_types(venv, roots, import_path, workdir):
    out = workdir / "out.pb"
    protoc = os.environ.get("PROTOC")
    command = [protoc] if protoc else [venv_python(venv), "-m", "grpc_tools.protoc"]
    command += [f"-I{root}" for root in roots]
    command += ["--include_imports", f"--descriptor_set_out={out}", import_path]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        return None, result.stderr.strip()
    program = workdir / "dump.py"
    program.write_text(DUMP_PROGRAM)
    dumped = subprocess.run(
        [venv_python(venv), str(program), str(out), import_path], capture_output=True, text=True)
    if dumped.returncode != 0:
        return None, dumped.stderr.strip()
    return json.loads(dumped.stdout), None


def schemacheck_types(binary, roots, file_path):
    command = [str(binary), "inspect", "--format", "json"]
    for root in roots:
        command += ["--proto-path", str(root)]
    command.append(str(file_path))
    result = subprocess.run(command, capture_output=True, text=True)
    try:
        document = json.loads(result.stdout)
    except json.JSONDecodeError:
        return None, [f"no JSON (exit {result.returncode}): {result.stderr.strip()[:300]}"]
    problems = [
        f"{d['location']['file']}:{d['location']['line']}:{d['location']['column']}: "
        f"{d['ruleId']}: {d['message']}"
        for d in document.get("diagnostics", []) if d.get("severity") == "error"
    ]
    return document.get("types", []), problems


FIELD_KEYS = ["number", "type", "label", "jsonName", "oneof"]


def compare(expected, actual):
    """Returns (fields passed, fields failed, mismatch lines)."""
    passed, failed, lines = 0, 0, []
    actual_by_name = {t["name"]: t for t in actual}
    expected_names = [t["name"] for t in expected]
    extra = [t["name"] for t in actual if t["name"] not in set(expected_names)]
    for name in extra:
        lines.append(f"  extra type {name}")
    for want in expected:
        got = actual_by_name.get(want["name"])
        if got is None:
            lines.append(f"  missing {want['kind']} {want['name']}")
            failed += len(want.get("fields", []))
            continue
        if got["kind"] != want["kind"]:
            lines.append(f"  {want['name']}: kind {got['kind']} != {want['kind']}")
        if want["kind"] == "enum":
            if got.get("values") != want["values"]:
                lines.append(f"  {want['name']}: values {got.get('values')} != {want['values']}")
            continue
        got_fields = {f["name"]: f for f in got.get("fields", [])}
        for field in want["fields"]:
            mine = got_fields.get(field["name"])
            if mine is None:
                failed += 1
                lines.append(f"  {want['name']}.{field['name']}: missing")
                continue
            diffs = [
                f"{key} {mine.get(key)!r} != protoc {field[key]!r}"
                for key in FIELD_KEYS if mine.get(key) != field[key]
            ]
            if diffs:
                failed += 1
                lines.append(f"  {want['name']}.{field['name']}: " + "; ".join(diffs))
            else:
                passed += 1
        for name in got_fields.keys() - {f["name"] for f in want["fields"]}:
            lines.append(f"  {want['name']}.{name}: extra field")
    return passed, failed, lines


def builtin_sources():
    """The built-in well-known files, from the Swift string literals."""
    sources = {}
    names = {}
    link = REPO / "Sources" / "Parsers" / "Protobuf" / "Link"
    table = (link / "ProtoWellKnownFiles.swift").read_text()
    for path, name in re.findall(r'"(google/protobuf/[a-z_]+\.proto)": (\w+)', table):
        names[name] = path
    for swift in sorted(link.glob("ProtoWellKnownFiles*.swift")):
        text = swift.read_text()
        for name, body in re.findall(r'static let (\w+) = """\n(.*?)\n\s*"""', text, re.S):
            if name in names:
                lines = body.split("\n")
                indent = min(len(l) - len(l.lstrip()) for l in lines if l.strip())
                sources[names[name]] = "\n".join(l[indent:] for l in lines) + "\n"
    return sources


# Small link cases: protoc must accept or reject each exactly when schemacheck does, and an
# accepted case must resolve every type the same way. `rule` is schemacheck's expected error.
LINK_CASES = [
    {"name": "innermost scope first", "rule": None, "files": {
        "a.proto": 'syntax = "proto3"; package p; message X {} '
                   'message Outer { message X {} message M { X x = 1; } }'}},
    {"name": "first component shadows", "rule": "PROTO_UNRESOLVED_TYPE", "files": {
        "a.proto": 'syntax = "proto3"; package a.b; message X {} '
                   'message M { message b {} b.X x = 1; }'}},
    {"name": "leading dot", "rule": None, "files": {
        "a.proto": 'syntax = "proto3"; package a.b; message X {} '
                   'message M { message b {} .a.b.X x = 1; }'}},
    {"name": "field named like the first component", "rule": None, "files": {
        "a.proto": 'syntax = "proto3"; package a; message b { message X {} } '
                   'message M { b.X x = 1; string b = 2; }'}},
    {"name": "package-relative name", "rule": None, "files": {
        "a.proto": 'syntax = "proto3"; package a.b.c; message X {} message M { c.X x = 1; }'}},
    {"name": "not imported", "rule": "PROTO_TYPE_NOT_IMPORTED", "files": {
        "a.proto": 'syntax = "proto3"; package p; import "b.proto"; message M { C c = 1; }',
        "b.proto": 'syntax = "proto3"; package p; import "c.proto";',
        "c.proto": 'syntax = "proto3"; package p; message C {}'}},
    {"name": "import public chain", "rule": None, "files": {
        "a.proto": 'syntax = "proto3"; package p; import "b.proto"; message M { C c = 1; }',
        "b.proto": 'syntax = "proto3"; package p; import public "c.proto";',
        "c.proto": 'syntax = "proto3"; package p; message C {}'}},
    {"name": "import cycle", "rule": "PROTO_IMPORT_CYCLE", "files": {
        "a.proto": 'syntax = "proto3"; import "b.proto";',
        "b.proto": 'syntax = "proto3"; import "a.proto";'}},
    {"name": "rpc input is an enum", "rule": "PROTO_NOT_A_MESSAGE", "files": {
        "a.proto": 'syntax = "proto3"; package p; enum E { E_ZERO = 0; } message M {} '
                   'service S { rpc Get(E) returns (M); }'}},
    {"name": "duplicate symbol", "rule": "PROTO_DUPLICATE_SYMBOL", "files": {
        "a.proto": 'syntax = "proto3"; package p; import "b.proto"; message M {}',
        "b.proto": 'syntax = "proto3"; package p; message M {}'}},
    {"name": "extension number out of range", "rule": "PROTO_EXTENSION_NUMBER_OUT_OF_RANGE",
     "files": {"a.proto": 'syntax = "proto2"; package p; message M { extensions 10 to 20; } '
                          'extend M { optional int32 x = 30; }'}},
    {"name": "undefined type", "rule": "PROTO_UNRESOLVED_TYPE", "files": {
        "a.proto": 'syntax = "proto3"; package p; message M { Nope n = 1; }'}},
    {"name": "enum value in an inner scope is skipped for types", "rule": None, "files": {
        "a.proto": 'syntax = "proto3"; package p; message X {} '
                   'message M { enum E { X = 0; } X x = 1; }'}},
    {"name": "compound name ending at an enum value", "rule": "PROTO_UNRESOLVED_TYPE", "files": {
        "a.proto": 'syntax = "proto3"; package p; message M { enum E { X = 0; } M.X x = 1; }'}},
    {"name": "package of a file not imported does not shadow", "rule": None, "files": {
        "a.proto": 'syntax = "proto3"; package a.b; import "c.proto"; message M { c.X x = 1; }',
        "c.proto": 'syntax = "proto3"; package c; import "z.proto"; message X {}',
        "z.proto": 'syntax = "proto3"; package a.c; message Z {}'}},
    {"name": "package of an imported file shadows", "rule": "PROTO_UNRESOLVED_TYPE", "files": {
        "a.proto": 'syntax = "proto3"; package a.b; import "c.proto"; import "y.proto"; '
                   'message M { c.X x = 1; }',
        "c.proto": 'syntax = "proto3"; package c; message X {}',
        "y.proto": 'syntax = "proto3"; package a.c; message Y {}'}},
    {"name": "map value and group types", "rule": None, "files": {
        "a.proto": 'syntax = "proto2"; package p; enum E { Z = 0; } '
                   'message M { map<string, E> m = 1; optional group G = 2 { optional E e = 3; } }'}},
]


def check_link_cases(venv, binary, wkt_root, work, report):
    passed = failed = 0
    for case in LINK_CASES:
        root = work / "link" / re.sub(r"\W+", "_", case["name"])
        for path, text in case["files"].items():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(text + "\n")
        expected, error = protoc_types(venv, [root, wkt_root], "a.proto", work)
        command = [str(binary), "inspect", "--format", "json", "--proto-path", str(root),
                   str(root / "a.proto")]
        result = subprocess.run(command, capture_output=True, text=True)
        document = json.loads(result.stdout) if result.stdout.startswith("{") else {}
        rules = sorted({d["ruleId"] for d in document.get("diagnostics", [])
                        if d["severity"] == "error"})
        problems = []
        if case["rule"] is None:
            if expected is None:
                problems.append(f"protoc rejected it: {error[:200]}")
            elif rules:
                problems.append(f"schemacheck reported {rules}")
            else:
                _, _, lines = compare(expected, document.get("types", []))
                problems += lines
        else:
            if expected is not None:
                problems.append("protoc accepted it")
            if case["rule"] not in rules:
                problems.append(f"schemacheck reported {rules}, not {case['rule']}")
        if problems:
            failed += 1
            report.append(f"link case '{case['name']}': " + "; ".join(problems))
        else:
            passed += 1
    return passed, failed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0, help="check only the first N files")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--module", action="append", default=[], metavar="DIR",
        help="also check every .proto below DIR, with DIR as the import root (repeatable; "
        "e.g. each previous/ and current/ folder of ../shared/corpora/buf-breaking)")
    args = parser.parse_args()

    venv = make_venv()
    packages = site_packages(venv)
    binary = Path(os.environ.get("SCHEMACHECK_BIN", REPO / ".build" / "debug" / "schemacheck"))
    if "SCHEMACHECK_BIN" not in os.environ:
        subprocess.run(["swift", "build", "--product", "schemacheck"], cwd=REPO, check=True)

    wkt_root = packages / "grpc_tools" / "_proto"
    roots = [wkt_root, packages]
    # (import roots, the root holding the file, import path)
    checks = [
        (roots, wkt_root, p.relative_to(wkt_root).as_posix())
        for p in sorted(wkt_root.rglob("*.proto"))
    ]
    checks += [
        (roots, packages, p.relative_to(packages).as_posix())
        for p in sorted((packages / "google").rglob("*.proto"))
    ]
    for module in args.module:
        module_root = Path(module).resolve()
        checks += [
            ([module_root, wkt_root], module_root, p.relative_to(module_root).as_posix())
            for p in sorted(module_root.rglob("*.proto"))
        ]
    if args.limit:
        checks = checks[: args.limit]

    file_pass = file_fail = field_pass = field_fail = 0
    report = []
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        skipped = 0
        for file_roots, root, import_path in checks:
            expected, error = protoc_types(venv, file_roots, import_path, work)
            if expected is None:
                skipped += 1
                report.append(f"{root / import_path}: protoc or the protobuf descriptor pool rejected it (skipped): {error[:300]}")
                continue
            actual, problems = schemacheck_types(binary, file_roots, root / import_path)
            if actual is None:
                file_fail += 1
                report.append(f"{root / import_path}: FAILED\n  " + "\n  ".join(problems))
                continue
            passed, failed, lines = compare(expected, actual)
            field_pass += passed
            field_fail += failed
            lines = [f"  diagnostic: {p}" for p in problems] + lines
            if lines:
                file_fail += 1
                report.append(f"{root / import_path}: FAILED\n" + "\n".join(lines[:40]))
            else:
                file_pass += 1
                if args.verbose:
                    report.append(f"{import_path}: ok ({passed} fields)")

        # The built-in copies must describe the same types as the real files.
        builtin_root = work / "builtin"
        sources = builtin_sources()
        for path, text in sources.items():
            target = builtin_root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
        builtin_pass = builtin_fail = 0
        for path in sorted(sources):
            real, error = protoc_types(venv, [wkt_root], path, work)
            mine, my_error = protoc_types(venv, [builtin_root], path, work)
            if real is None or mine is None:
                builtin_fail += 1
                report.append(f"built-in {path}: protoc failed: {error or my_error}")
                continue
            _, failed, lines = compare(real, mine)
            if lines:
                builtin_fail += 1
                report.append(f"built-in {path}: DIFFERS from the real file\n" + "\n".join(lines[:40]))
            else:
                builtin_pass += 1

        link_pass, link_fail = check_link_cases(venv, binary, wkt_root, work, report)

    print("\n".join(report))
    print(f"files: {file_pass} passed, {file_fail} failed ({skipped} rejected by protoc or the descriptor pool, skipped)")
    print(f"fields: {field_pass} passed, {field_fail} failed")
    print(f"built-in well-known files: {builtin_pass} passed, {builtin_fail} failed")
    print(f"link cases: {link_pass} passed, {link_fail} failed")
    return 1 if file_fail or field_fail or builtin_fail or link_fail else 0


if __name__ == "__main__":
    sys.exit(main())
