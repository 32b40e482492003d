#!/usr/bin/env python3
"""Differential test of `schemacheck validate` on Avro payloads against PyPI `fastavro`.

Not run by `swift test`. Usage (from anywhere; the script makes its own venv):

    python3 Tests/Conformance/avro_payload_differential.py [--per-schema 300] [--seed 5]
        [--out DIR] [--schemacheck BIN | --skip-build] [--peer-only] [--verbose]

For a dozen hand-written schemas (primitives, nested and recursive records, arrays, maps,
unions with null, with several records and with an ambiguous pair of records, enums, fixed,
logical types, named references across namespaces, non-record top levels) it generates, with a
fixed seed, valid payloads and mutated ones (wrong type, int/long out of range, integral float
for an int, missing field, unknown field, bad enum symbol, wrong fixed size, bytes with a code
point above 255, union in the wrong encoding, null where no null is allowed, bad uuid, decimal
beyond its precision, ...), in three encodings, and compares the valid/invalid verdict of each
payload:

- plain JSON (one JSON Lines file per schema, `--avro-encoding plain`) against
  `fastavro.validation.validate(datum, parsed, raise_errors=False, strict=True)`. `strict=True`
  makes a missing field without a default an error, as the Avro spec does (without it fastavro
  fills in None). fastavro wants Python `bytes` for bytes and fixed, where JSON carries an
  ISO-8859-1 string (one code point per byte): fastavro is handed the generator's datum, in
  which those values are `bytes` (the same bytes the JSON line spells as ISO-8859-1); a string
  with a code point above 255 cannot be such bytes and stays a `str`, which fastavro rejects.
  Any exception (fastavro's date writer raises on bad strings) counts as invalid.
- the Avro JSON encoding (`--avro-encoding json`) against `fastavro.json_reader` on the line
  followed by `validate` on what it decoded: fastavro's JSON decoder resolves unions, bytes,
  fixed, enums and defaults but does not check scalar types (it returns a string read for an
  int as is), so the decoded datum is validated too. An exception is "invalid".
- binary (`--avro-encoding binary`, one `.bin` file a datum): valid data comes from
  `fastavro.schemaless_writer`; mutations (truncation, trailing bytes, bad or negative union
  index, boolean byte 2, enum index out of range, invalid UTF-8, negative length) are made at
  offsets that a small encoder in this script finds (it must produce the same bytes as fastavro,
  which the script checks). `schemaless_reader` decides; it reads one datum and ignores what
  follows. The binary set runs twice: bare, and behind Confluent framing (magic byte 0 and
  schema id 1, which schemacheck detects). A bare datum that starts with byte 0 and has 5 or
  more bytes looks like framing; where only such a datum disagrees and its framed twin agrees,
  the class says CONTRACT AMBIGUITY. A third run puts the bare datums into one
  length-delimited file (`--delimited`, each datum after its length as a varint) and reads
  the verdicts by record number. Empty .bin files are validated one at a time, so that a file
  the CLI refuses (exit 2) costs only its own verdict (which then counts as invalid).

The same plain file is also run with `--allow-unknown-fields` (fastavro ignores undeclared
fields, so there both should agree on unknown fields as well).

Disagreements are grouped by (encoding, mutation, our verdict, fastavro's verdict). KNOWN lists
the classes that are understood (a fastavro leniency or a documented schemacheck rule), with the
reason; the rest are UNEXPLAINED. Prints totals per encoding, each class with a count and an
example, and "N passed, N failed" (failed = unexplained). Exit status 1 on any unexplained
disagreement or when schemacheck cannot run.
"""

import argparse
import copy
import io
import json
import os
import random
import struct
import sys
import tempfile
import uuid as uuidlib

from payload_peers import (apply_alone, apply_delimited, apply_report, build, dumps, ensure_peers,
                           rule_ids)


# --------------------------------------------------------------------------------------------
# Schemas

MONEY = {"type": "record", "name": "Money", "namespace": "com.acme.common", "fields": [
    {"name": "units", "type": "long"},
    {"name": "currency", "type": {"type": "enum", "name": "Currency",
                                  "symbols": ["EUR", "USD", "GBP", "JPY"]}},
]}

SCHEMAS = {
    "primitives": {"type": "record", "name": "Primitives", "namespace": "com.acme.types",
                   "fields": [
                       {"name": "nothing", "type": "null"},
                       {"name": "flag", "type": "boolean"},
                       {"name": "count", "type": "int"},
                       {"name": "total", "type": "long"},
                       {"name": "ratio", "type": "float"},
                       {"name": "score", "type": "double"},
                       {"name": "blob", "type": "bytes"},
                       {"name": "label", "type": "string"},
                       {"name": "retries", "type": "int", "default": 3},
                   ]},
    "nested": {"type": "record", "name": "Customer", "namespace": "com.acme.crm", "fields": [
        {"name": "id", "type": "long"},
        {"name": "name", "type": "string"},
        {"name": "address", "type": {"type": "record", "name": "Address", "fields": [
            {"name": "street", "type": "string"},
            {"name": "city", "type": "string"},
            {"name": "zip", "type": ["null", "string"], "default": None},
            {"name": "geo", "type": ["null", {"type": "record", "name": "Geo", "fields": [
                {"name": "lat", "type": "double"}, {"name": "lon", "type": "double"}]}],
             "default": None},
        ]}},
        {"name": "billing", "type": ["null", "Address"], "default": None},
        {"name": "tags", "type": {"type": "array", "items": "string"}, "default": []},
    ]},
    "collections": {"type": "record", "name": "Inventory", "fields": [
        {"name": "skus", "type": {"type": "array", "items": "string"}},
        {"name": "counts", "type": {"type": "map", "values": "int"}},
        {"name": "bins", "type": {"type": "array", "items": {
            "type": "record", "name": "Bin", "fields": [
                {"name": "code", "type": "string"}, {"name": "qty", "type": "int"}]}}},
        {"name": "history", "type": {"type": "map", "values": {"type": "array",
                                                               "items": "long"}}},
        {"name": "matrix", "type": {"type": "array", "items": {"type": "array",
                                                               "items": "double"}}},
    ]},
    "unions": {"type": "record", "name": "Event", "namespace": "com.acme.events", "fields": [
        {"name": "id", "type": "string"},
        {"name": "value", "type": ["null", "int", "string", "boolean"]},
        {"name": "pet", "type": ["null",
                                 {"type": "record", "name": "Cat", "fields": [
                                     {"name": "name", "type": "string"},
                                     {"name": "lives", "type": "int"}]},
                                 {"type": "record", "name": "Dog", "fields": [
                                     {"name": "name", "type": "string"},
                                     {"name": "breed", "type": "string"},
                                     {"name": "good", "type": "boolean"}]}]},
        {"name": "amounts", "type": {"type": "array", "items": ["null", "double"]}},
        {"name": "meta", "type": ["null", {"type": "map", "values": "string"},
                                  {"type": "array", "items": "long"}], "default": None},
    ]},
    "ambiguous_union": {"type": "record", "name": "Drawing", "fields": [
        {"name": "id", "type": "int"},
        {"name": "shape", "type": [
            {"type": "record", "name": "Circle", "fields": [
                {"name": "radius", "type": "double"}]},
            {"type": "record", "name": "Disc", "fields": [
                {"name": "radius", "type": "double"},
                {"name": "filled", "type": "boolean", "default": False}]}]},
    ]},
    "enums_fixed": {"type": "record", "name": "Device", "namespace": "com.acme.iot", "fields": [
        {"name": "kind", "type": {"type": "enum", "name": "Kind",
                                  "symbols": ["PHONE", "TABLET", "DESKTOP"]}},
        {"name": "state", "type": {"type": "enum", "name": "State", "symbols": ["ON", "OFF"],
                                   "default": "OFF"}, "default": "ON"},
        {"name": "mac", "type": {"type": "fixed", "name": "Mac", "size": 6}},
        {"name": "digest", "type": {"type": "fixed", "name": "Md5", "size": 16}},
        {"name": "previous", "type": ["null", "Kind"], "default": None},
        {"name": "kinds", "type": {"type": "array", "items": "Kind"}},
    ]},
    "logical": {"type": "record", "name": "Payment", "namespace": "com.acme.pay", "fields": [
        {"name": "id", "type": {"type": "string", "logicalType": "uuid"}},
        {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 9,
                                    "scale": 2}},
        {"name": "fee", "type": {"type": "fixed", "name": "Fee", "size": 8,
                                 "logicalType": "decimal", "precision": 18, "scale": 4}},
        {"name": "day", "type": {"type": "int", "logicalType": "date"}},
        {"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
        {"name": "atMicros", "type": {"type": "long", "logicalType": "timestamp-micros"}},
        {"name": "local", "type": {"type": "long", "logicalType": "local-timestamp-millis"}},
        {"name": "time", "type": {"type": "int", "logicalType": "time-millis"}},
        {"name": "timeMicros", "type": {"type": "long", "logicalType": "time-micros"}},
        {"name": "refund", "type": ["null", {"type": "bytes", "logicalType": "decimal",
                                             "precision": 5, "scale": 2}], "default": None},
    ]},
    "linked_list": {"type": "record", "name": "Node", "namespace": "com.acme.list", "fields": [
        {"name": "value", "type": "int"},
        {"name": "next", "type": ["null", "Node"], "default": None},
    ]},
    "tree": {"type": "record", "name": "Tree", "fields": [
        {"name": "label", "type": "string"},
        {"name": "weight", "type": ["null", "double"], "default": None},
        {"name": "children", "type": {"type": "array", "items": "Tree"}},
    ]},
    "top_level_array": {"type": "array", "items": [
        "null", "long", "string",
        {"type": "record", "name": "Point", "fields": [
            {"name": "x", "type": "int"}, {"name": "y", "type": "int"}]}]},
    "references": {"type": "record", "name": "Order", "namespace": "com.acme.orders",
                   "fields": [
                       {"name": "number", "type": "string"},
                       {"name": "total", "type": MONEY},
                       {"name": "shipping", "type": "com.acme.common.Money"},
                       {"name": "discount", "type": ["null", "com.acme.common.Money"],
                        "default": None},
                       {"name": "status", "type": {"type": "enum", "name": "Status",
                                                   "symbols": ["PLACED", "PAID", "SHIPPED"]}},
                       {"name": "lines", "type": {"type": "array", "items": {
                           "type": "record", "name": "Line", "fields": [
                               {"name": "sku", "type": "string"},
                               {"name": "quantity", "type": "int"},
                               {"name": "price", "type": "com.acme.common.Money"},
                               {"name": "status", "type": "Status"}]}}},
                   ]},
    "top_level_map": {"type": "map", "values": ["null", "long", {
        "type": "record", "name": "Sample", "fields": [
            {"name": "at", "type": "long"}, {"name": "reading", "type": "float"}]}]},
}


def full_name(name, namespace):
    if "." in name or not namespace:
        return name
    return f"{namespace}.{name}"


def collect_names(schema, namespace, names):
    """Fills `names` (full name -> (schema, namespace inside it)) for every named type."""
    if isinstance(schema, list):
        for branch in schema:
            collect_names(branch, namespace, names)
    elif isinstance(schema, dict):
        kind = schema["type"]
        if kind in ("record", "enum", "fixed"):
            name = schema["name"]
            inner = schema.get("namespace", namespace)
            fname = name if "." in name else full_name(name, inner)
            inner = fname.rsplit(".", 1)[0] if "." in fname else ""
            names[fname] = (schema, inner)
            if kind == "record":
                for field in schema["fields"]:
                    collect_names(field["type"], inner, names)
        elif kind == "array":
            collect_names(schema["items"], namespace, names)
        elif kind == "map":
            collect_names(schema["values"], namespace, names)
        elif isinstance(kind, (dict, list)):
            collect_names(kind, namespace, names)


PRIMITIVES = {"null", "boolean", "int", "long", "float", "double", "bytes", "string"}


class Schema:
    """A schema with its named types, resolving references to (node, namespace)."""

    def __init__(self, document):
        self.document = document
        self.names = {}
        collect_names(document, "", self.names)

    def resolve(self, node, namespace):
        """Follows name references; returns (node, namespace for names inside it)."""
        while isinstance(node, str) and node not in PRIMITIVES:
            key = full_name(node, namespace)
            if key not in self.names:
                key = node
            node, namespace = self.names[key]
        if isinstance(node, dict) and node["type"] in ("record", "enum", "fixed"):
            name = node["name"]
            fname = name if "." in name else full_name(name, node.get("namespace", namespace))
            namespace = fname.rsplit(".", 1)[0] if "." in fname else ""
        return node, namespace

    def type_name(self, node, namespace):
        """The name of a union branch in the Avro JSON encoding."""
        node, namespace = self.resolve(node, namespace)
        if isinstance(node, str):
            return node
        kind = node["type"]
        if kind in ("record", "enum", "fixed"):
            return full_name(node["name"], node.get("namespace", namespace)) \
                if "." not in node["name"] else node["name"]
        if isinstance(kind, str) and kind in PRIMITIVES:
            return kind
        return kind


def kind_of(node):
    """'int', 'record', 'union', ... for a resolved node."""
    if isinstance(node, list):
        return "union"
    if isinstance(node, str):
        return node
    return node["type"]


def logical_of(node):
    return node.get("logicalType") if isinstance(node, dict) else None


# --------------------------------------------------------------------------------------------
# Values: Python datums in which union values are wrapped (U) so every encoding can be rendered.

class U:
    """A union value: the branch (index and Avro JSON name) and the value."""

    def __init__(self, index, name, value):
        self.index, self.name, self.value = index, name, value


class Raw:
    """A mutated value: `json` goes into the JSON text, `python` to fastavro's validate."""

    def __init__(self, json_value, python_value):
        self.json, self.python = json_value, python_value


class Slot:
    """A place in a datum: reads and replaces the value there; knows its schema node."""

    def __init__(self, holder, key, node, namespace, union_member=False):
        self.holder, self.key, self.node, self.namespace = holder, key, node, namespace
        self.union_member = union_member

    def get(self):
        if isinstance(self.holder, U):
            return self.holder.value
        return self.holder[self.key]

    def set(self, value):
        if isinstance(self.holder, U):
            self.holder.value = value
        else:
            self.holder[self.key] = value

    def delete(self):
        del self.holder[self.key]


UNICODE_BITS = ["a", "Z", "0", " ", "é", "ß", "Ω", "日本", "😀", "\"", "\\", "\n", "\u00ff"]


def twos_complement(value, size=None):
    length = size or max(1, (value.bit_length() + 8) // 8)
    return value.to_bytes(length, "big", signed=True)


class Generator:
    def __init__(self, rng, schema):
        self.rng, self.schema, self.slots, self.detail = rng, schema, [], None

    def datum(self):
        self.slots, self.detail = [], None
        holder = [None]
        holder[0] = self.value(self.schema.document, "", 0, holder, 0)
        return holder

    def value(self, node, namespace, depth, holder, key, union_member=False):
        rng = self.rng
        node, namespace = self.schema.resolve(node, namespace)
        self.slots.append(Slot(holder, key, node, namespace, union_member))
        kind, logical = kind_of(node), logical_of(node)
        if kind == "union":
            options = list(range(len(node)))
            names = [self.schema.type_name(b, namespace) for b in node]
            if "null" in names and (depth > 2 or rng.random() < 0.25):
                index = names.index("null")
            else:
                index = rng.choice([i for i in options if names[i] != "null"] or options)
            wrapper = U(index, names[index], None)
            wrapper.value = self.value(node[index], namespace, depth + 1, wrapper, "value",
                                       union_member=True)
            return wrapper
        if logical == "uuid":
            return str(uuidlib.UUID(int=rng.getrandbits(128), version=4))
        if logical == "decimal":
            limit = 10 ** node["precision"] - 1
            unscaled = rng.randint(-limit, limit) if rng.random() < 0.8 else rng.choice(
                [limit, -limit, 0])
            return twos_complement(unscaled, node.get("size"))
        if logical == "date":
            return rng.randint(-20000, 40000)
        if logical in ("timestamp-millis", "local-timestamp-millis"):
            return rng.randint(946684800000, 2000000000000)
        if logical == "timestamp-micros":
            return rng.randint(946684800000000, 2000000000000000)
        if logical == "time-millis":
            return rng.randint(0, 86399999)
        if logical == "time-micros":
            return rng.randint(0, 86399999999)
        if kind == "null":
            return None
        if kind == "boolean":
            return rng.random() < 0.5
        if kind == "int":
            return rng.choice([rng.randint(-1000, 1000), rng.randint(-2**31, 2**31 - 1),
                               2**31 - 1, -2**31, 0])
        if kind == "long":
            return rng.choice([rng.randint(-10**6, 10**6), rng.randint(-2**63, 2**63 - 1),
                               2**63 - 1, -2**63])
        if kind == "float":
            return rng.choice([round(rng.uniform(-1000, 1000), 2), 0.5, 3.0, -2.25])
        if kind == "double":
            return rng.choice([rng.uniform(-1e6, 1e6), 1e-300, 2.0, -0.0])
        if kind == "bytes":
            return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 9)))
        if kind == "string":
            return "".join(rng.choice(UNICODE_BITS) for _ in range(rng.randrange(0, 7)))
        if kind == "fixed":
            return bytes(rng.randrange(256) for _ in range(node["size"]))
        if kind == "enum":
            return rng.choice(node["symbols"])
        if kind == "array":
            items = []
            for index in range(rng.randrange(0, 4 if depth < 3 else 1)):
                items.append(None)
                items[index] = self.value(node["items"], namespace, depth + 1, items, index)
            return items
        if kind == "map":
            entries = {}
            for _ in range(rng.randrange(0, 4 if depth < 3 else 1)):
                k = rng.choice(["a", "b", "key", "é", "x y", ""]) + str(rng.randrange(100))
                entries[k] = None
                entries[k] = self.value(node["values"], namespace, depth + 1, entries, k)
            return entries
        if kind == "record":
            record = {}
            for field in node["fields"]:
                record[field["name"]] = None
                record[field["name"]] = self.value(field["type"], namespace, depth + 1, record,
                                                   field["name"])
            return record
        raise ValueError(f"unknown schema node {node!r}")


# --------------------------------------------------------------------------------------------
# Rendering

def to_plain(value):
    """The plain JSON form (unions bare, bytes as ISO-8859-1 strings)."""
    if isinstance(value, Raw):
        return value.json
    if isinstance(value, U):
        return to_plain(value.value)
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


def to_avro_json(value):
    """The Avro JSON encoding (non-null union values wrapped in {"branch name": value})."""
    if isinstance(value, Raw):
        return value.json
    if isinstance(value, U):
        return None if value.name == "null" else {value.name: to_avro_json(value.value)}
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, list):
        return [to_avro_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_avro_json(v) for k, v in value.items()}
    return value


def to_python(value):
    """The datum for fastavro's validate (bytes stay bytes, unions bare)."""
    if isinstance(value, Raw):
        return value.python
    if isinstance(value, U):
        return to_python(value.value)
    if isinstance(value, list):
        return [to_python(v) for v in value]
    if isinstance(value, dict):
        return {k: to_python(v) for k, v in value.items()}
    return value


def to_writer(value):
    """The datum for fastavro's schemaless_writer: unions in tuple notation, so the branch is
    the generator's."""
    if isinstance(value, U):
        return (value.name, to_writer(value.value))
    if isinstance(value, list):
        return [to_writer(v) for v in value]
    if isinstance(value, dict):
        return {k: to_writer(v) for k, v in value.items()}
    return value


# --------------------------------------------------------------------------------------------
# A small binary encoder that records where union indexes, booleans, enums and strings are.

def zigzag(number):
    return (number << 1) ^ (number >> 63)


def varint(number):
    out = bytearray()
    number = zigzag(number) & (2**64 - 1)
    while True:
        byte = number & 0x7F
        number >>= 7
        if number:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def encode(schema, node, namespace, value, out, marks):
    node, namespace = schema.resolve(node, namespace)
    kind = kind_of(node)
    if kind == "union":
        marks.append(("union", len(out), len(node)))
        out += varint(value.index)
        encode(schema, node[value.index], namespace, value.value, out, marks)
    elif kind == "null":
        pass
    elif kind == "boolean":
        marks.append(("boolean", len(out), None))
        out.append(1 if value else 0)
    elif kind in ("int", "long"):
        out += varint(value)
    elif kind == "float":
        out += struct.pack("<f", value)
    elif kind == "double":
        out += struct.pack("<d", value)
    elif kind in ("bytes", "string"):
        data = value if kind == "bytes" else value.encode("utf-8")
        marks.append(("length", len(out), len(data)))
        out += varint(len(data))
        if kind == "string" and data:
            marks.append(("utf8", len(out), len(data)))
        out += data
    elif kind == "fixed":
        out += value
    elif kind == "enum":
        marks.append(("enum", len(out), len(node["symbols"])))
        out += varint(node["symbols"].index(value))
    elif kind == "array":
        if value:
            out += varint(len(value))
            for item in value:
                encode(schema, node["items"], namespace, item, out, marks)
        out += varint(0)
    elif kind == "map":
        if value:
            out += varint(len(value))
            for key, item in value.items():
                data = key.encode("utf-8")
                out += varint(len(data)) + data
                encode(schema, node["values"], namespace, item, out, marks)
        out += varint(0)
    elif kind == "record":
        for field in node["fields"]:
            encode(schema, field["type"], namespace, value[field["name"]], out, marks)
    else:
        raise ValueError(f"cannot encode {node!r}")


# --------------------------------------------------------------------------------------------
# Mutations (on a fresh datum; each returns a label or None when it does not apply)

EXTRA_FIELD = "unexpectedField"
# Confluent's wire format: magic byte 0, then the schema id (here 1) as 4 big-endian bytes.
CONFLUENT_PREFIX = b"\x00\x00\x00\x00\x01"


def slots_of(gen, *kinds, logical=None):
    """Slots of the given kinds; `logical`: None for any, False for none, or a logical type."""
    found = []
    for slot in gen.slots:
        if isinstance(slot.get(), Raw):
            continue
        if kinds and kind_of(slot.node) not in kinds:
            continue
        if logical is False and logical_of(slot.node):
            continue
        if logical and logical_of(slot.node) != logical:
            continue
        found.append(slot)
    return found


def wrong_value_for(node):
    kind = kind_of(node)
    if kind in ("string", "bytes", "enum", "fixed"):
        return 12345
    if kind in ("int", "long", "float", "double"):
        return "12"
    if kind == "boolean":
        return "true"
    if kind == "null":
        return 0
    if kind in ("record", "map"):
        return [1, 2]
    if kind == "array":
        return {"item": 1}
    return None


def mutate_plain_or_json(gen, rng, label, encoding):
    """Applies mutation `label` to gen's last datum; False when it does not apply."""
    if label == "wrong_type":
        candidates = [s for s in gen.slots if kind_of(s.node) != "union" and not s.union_member]
        if not candidates:
            return False
        slot = rng.choice(candidates)
        gen.detail = logical_of(slot.node) or kind_of(slot.node)
        slot.set(wrong_value_for(slot.node))
        return True
    if label == "int_out_of_range":
        candidates = slots_of(gen, "int", "long")
        if not candidates:
            return False
        slot = rng.choice(candidates)
        gen.detail = logical_of(slot.node) or kind_of(slot.node)
        limit = 2**31 if kind_of(slot.node) == "int" else 2**63
        slot.set(rng.choice([limit, -limit - 1]))
        return True
    if label in ("integral_float_for_int", "fractional_float_for_int"):
        candidates = slots_of(gen, "int", "long")
        if not candidates:
            return False
        slot = rng.choice(candidates)
        gen.detail = logical_of(slot.node) or kind_of(slot.node)
        slot.set(7.0 if label == "integral_float_for_int" else 7.5)
        return True
    if label in ("missing_field", "missing_defaulted_field"):
        pairs = []
        for slot in slots_of(gen, "record"):
            record = slot.get()
            if not isinstance(record, dict):
                continue
            for field in slot.node["fields"]:
                if field["name"] in record and (("default" in field) == (
                        label == "missing_defaulted_field")):
                    pairs.append((record, field["name"]))
        if not pairs:
            return False
        record, name = rng.choice(pairs)
        del record[name]
        return True
    if label == "unknown_field":
        records = [s.get() for s in slots_of(gen, "record") if isinstance(s.get(), dict)]
        if not records:
            return False
        rng.choice(records)[EXTRA_FIELD] = 1
        return True
    if label == "bad_enum_symbol":
        candidates = slots_of(gen, "enum")
        if not candidates:
            return False
        rng.choice(candidates).set(rng.choice(["NOT_A_SYMBOL", "phone", ""]))
        return True
    if label == "wrong_fixed_size":
        candidates = slots_of(gen, "fixed", logical=False)
        if not candidates:
            return False
        slot = rng.choice(candidates)
        gen.detail = logical_of(slot.node) or kind_of(slot.node)
        size = slot.node["size"]
        slot.set(bytes(rng.randrange(256) for _ in range(rng.choice([size - 1, size + 1]))))
        return True
    if label == "bytes_code_point_over_255":
        candidates = slots_of(gen, "bytes", "fixed", logical=False)
        if not candidates:
            return False
        slot = rng.choice(candidates)
        gen.detail = logical_of(slot.node) or kind_of(slot.node)
        size = slot.node["size"] if kind_of(slot.node) == "fixed" else rng.randrange(1, 5)
        text = "Δ" + "a" * (size - 1)
        slot.set(Raw(text, text))
        return True
    if label in ("union_wrong_encoding", "union_unknown_branch"):
        candidates = [s for s in gen.slots if isinstance(s.get(), U) and s.get().name != "null"]
        if not candidates:
            return False
        slot = rng.choice(candidates)
        gen.detail = logical_of(slot.node) or kind_of(slot.node)
        wrapped = slot.get()
        if label == "union_unknown_branch":
            if encoding != "json":
                return False
            slot.set(Raw({"com.acme.NoSuchType": to_avro_json(wrapped.value)}, None))
        elif encoding == "plain":
            slot.set(Raw({wrapped.name: to_plain(wrapped.value)},
                         {wrapped.name: to_python(wrapped.value)}))
        else:
            slot.set(Raw(to_avro_json(wrapped.value), None))
        return True
    if label == "null_where_not_allowed":
        candidates = [s for s in gen.slots
                      if kind_of(s.node) not in ("union", "null") and not s.union_member]
        if not candidates:
            return False
        rng.choice(candidates).set(None)
        return True
    if label in ("bad_uuid", "uuid_without_hyphens"):
        candidates = slots_of(gen, "string", logical="uuid")
        if not candidates:
            return False
        slot = rng.choice(candidates)
        gen.detail = logical_of(slot.node) or kind_of(slot.node)
        if label == "bad_uuid":
            slot.set(rng.choice(["not-a-uuid", "1234", "123e4567-e89b-12d3-a456-42661417400g"]))
        else:
            slot.set(slot.get().replace("-", ""))
        return True
    if label == "decimal_over_precision":
        candidates = slots_of(gen, "bytes", "fixed", logical="decimal")
        if not candidates:
            return False
        slot = rng.choice(candidates)
        gen.detail = logical_of(slot.node) or kind_of(slot.node)
        # Not a round number: fastavro's reader drops trailing zeros before it counts digits.
        limit = 10 ** slot.node["precision"]
        unscaled = (limit + rng.randrange(1, limit)) * rng.choice([1, -1])
        slot.set(twos_complement(unscaled, slot.node.get("size")))
        return True
    raise ValueError(label)


TEXT_MUTATIONS = [
    "wrong_type", "int_out_of_range", "integral_float_for_int", "fractional_float_for_int",
    "missing_field", "missing_defaulted_field", "unknown_field", "bad_enum_symbol",
    "wrong_fixed_size", "bytes_code_point_over_255", "union_wrong_encoding",
    "union_unknown_branch", "null_where_not_allowed", "bad_uuid", "uuid_without_hyphens",
    "decimal_over_precision",
]
BINARY_MUTATIONS = [
    "truncated", "trailing_bytes", "bad_union_index", "negative_union_index",
    "bad_boolean_byte", "bad_enum_index", "invalid_utf8", "negative_length",
    "decimal_over_precision",
]


def mutate_binary(data, marks, rng, label):
    data = bytearray(data)
    def pick(kind, predicate=lambda mark: True):
        found = [m for m in marks if m[0] == kind and predicate(m)]
        return rng.choice(found) if found else None
    if label == "truncated":
        return bytes(data[:rng.randrange(len(data))]) if data else None
    if label == "trailing_bytes":
        return bytes(data) + bytes([rng.choice([0, 1, 0x42])])
    if label in ("bad_union_index", "negative_union_index"):
        mark = pick("union", lambda m: m[2] < 63)
        if not mark:
            return None
        data[mark[1]] = zigzag(mark[2]) if label == "bad_union_index" else zigzag(-1)
        return bytes(data)
    if label == "bad_boolean_byte":
        mark = pick("boolean")
        if not mark:
            return None
        data[mark[1]] = rng.choice([2, 0x7F, 0xFF])
        return bytes(data)
    if label == "bad_enum_index":
        mark = pick("enum", lambda m: m[2] < 63)
        if not mark:
            return None
        data[mark[1]] = zigzag(mark[2])
        return bytes(data)
    if label == "invalid_utf8":
        mark = pick("utf8")
        if not mark:
            return None
        data[mark[1] + rng.randrange(mark[2])] = rng.choice([0xFF, 0xFE, 0xC0])
        return bytes(data)
    if label == "negative_length":
        mark = pick("length", lambda m: m[2] < 64)
        if not mark:
            return None
        data[mark[1]] = zigzag(-rng.choice([1, 2]))
        return bytes(data)
    return None


# --------------------------------------------------------------------------------------------
# Payload sets


class Payload:
    def __init__(self, schema_name, encoding, label, text=None, data=None, python=None,
                 writer=None):
        self.schema_name, self.encoding, self.label = schema_name, encoding, label
        self.text, self.data, self.python, self.writer = text, data, python, writer
        self.file = self.line = None
        self.ours = self.ours_errors = self.theirs = self.their_error = None
        self.allow_unknown = False
        self.detail = None  # what a mutation changed: the kind or logical type of the value
        self.twin = None  # the same binary datum behind Confluent framing


def generate(rng, name, schema, per_schema, encoding, fastavro_mod, parsed):
    gen = Generator(rng, schema)
    payloads = []
    attempts = 0
    while len(payloads) < per_schema and attempts < per_schema * 20:
        attempts += 1
        holder = gen.datum()
        label = "valid" if rng.random() < 0.4 else rng.choice(
            TEXT_MUTATIONS if encoding != "binary" else BINARY_MUTATIONS)
        if encoding == "binary":
            if label == "decimal_over_precision":
                if not mutate_plain_or_json(gen, rng, label, encoding):
                    continue
            writer = to_writer(holder[0])
            out = io.BytesIO()
            fastavro_mod.schemaless_writer(out, parsed, writer)
            data = out.getvalue()
            if label not in ("valid", "decimal_over_precision"):
                ours = bytearray()
                marks = []
                encode(schema, schema.document, "", holder[0], ours, marks)
                if bytes(ours) != data:
                    raise SystemExit(f"{name}: the offset encoder differs from fastavro's "
                                     f"schemaless_writer for {writer!r}")
                data = mutate_binary(data, marks, rng, label)
                if data is None:
                    continue
            payloads.append(Payload(name, encoding, label, data=data))
            payloads[-1].detail = gen.detail
            continue
        if label != "valid" and not mutate_plain_or_json(gen, rng, label, encoding):
            continue
        value = holder[0]
        text = dumps(to_plain(value) if encoding == "plain" else to_avro_json(value))
        payloads.append(Payload(name, encoding, label, text=text, python=to_python(value)))
        payloads[-1].detail = gen.detail
    return payloads


# --------------------------------------------------------------------------------------------
# Peer verdicts

def fastavro_verdicts(payloads, parsed):
    import fastavro
    from fastavro.validation import validate

    for payload in payloads:
        try:
            if payload.encoding == "plain":
                ok = validate(payload.python, parsed, raise_errors=False, strict=True)
                payload.their_error = None if ok else "validate: False"
            elif payload.encoding == "json":
                records = list(fastavro.json_reader(io.StringIO(payload.text + "\n"), parsed))
                ok = len(records) == 1 and validate(records[0], parsed, raise_errors=False,
                                                    strict=True)
                payload.their_error = None if ok else "validate after json_reader: False"
            else:
                stream = io.BytesIO(payload.data)
                fastavro.schemaless_reader(stream, parsed)
                ok = True
                rest = len(payload.data) - stream.tell()
                payload.their_error = f"({rest} bytes left unread)" if rest else None
        except RecursionError:
            # fastavro's JSON grammar builder recurses without end on a record that holds an
            # array of itself: fastavro cannot decide, so the payload is left out.
            payload.theirs = None
            payload.their_error = "RecursionError in fastavro"
            continue
        except Exception as error:  # fastavro signals bad data by any exception type
            ok = False
            payload.their_error = f"{type(error).__name__}: {str(error)[:120]}"
        payload.theirs = bool(ok)


def plain_ambiguity(payload_python, schema, parsed_named, allow_unknown):
    """True when a record value in the datum is accepted by two record branches of a union
    (checked with fastavro's own validator on each branch; unless unknown fields are allowed,
    a branch must also declare every member of the value, as schemacheck requires)."""
    from fastavro._validation_py import _validate

    def deref(node):
        return parsed_named[node] if isinstance(node, str) and node in parsed_named else node

    def declares_all(value, node):
        node = deref(node)
        if isinstance(node, list):
            return any(declares_all(value, branch) for branch in node)
        if not isinstance(node, dict):
            return True
        kind = node["type"]
        if kind == "record" and isinstance(value, dict):
            fields = {f["name"]: f["type"] for f in node["fields"]}
            return set(value) <= set(fields) and all(
                declares_all(v, fields[k]) for k, v in value.items())
        if kind == "array" and isinstance(value, list):
            return all(declares_all(v, node["items"]) for v in value)
        if kind == "map" and isinstance(value, dict):
            return all(declares_all(v, node["values"]) for v in value.values())
        return True

    def accepts(value, branch):
        try:
            ok = bool(_validate(value, branch, parsed_named, "", False,
                                {"strict": True, "disable_tuple_notation": True}))
        except Exception:
            return False
        return ok and (allow_unknown or declares_all(value, branch))

    def walk(value, node):
        if isinstance(node, list):
            records = [b for b in node if kind_of(deref(b)) == "record"]
            if isinstance(value, dict) and sum(accepts(value, b) for b in records) > 1:
                return True
            return any(walk(value, b) for b in node if accepts(value, b))
        if isinstance(node, str):
            if node in parsed_named:
                return walk(value, parsed_named[node])
            return False
        kind = node["type"]
        if kind == "record" and isinstance(value, dict):
            return any(walk(value.get(f["name"]), f["type"]) for f in node["fields"])
        if kind == "array" and isinstance(value, list):
            return any(walk(v, node["items"]) for v in value)
        if kind == "map" and isinstance(value, dict):
            return any(walk(v, node["values"]) for v in value.values())
        return False

    return walk(payload_python, schema)


def strictly_valid(datum, schema, parsed_named):
    """fastavro's validate, but a record must also declare every member of its value (the
    union branch is the first that passes both)."""
    from fastavro._validation_py import _validate

    def deref(node):
        return parsed_named[node] if isinstance(node, str) and node in parsed_named else node

    def passes(value, node):
        try:
            ok = _validate(value, node, parsed_named, "", False,
                           {"strict": True, "disable_tuple_notation": True})
        except Exception:
            return False
        return bool(ok) and declares(value, node)

    def declares(value, node):
        node = deref(node)
        if isinstance(node, list):
            return any(passes(value, branch) for branch in node)
        if not isinstance(node, dict):
            return True
        kind = node["type"]
        if kind == "record" and isinstance(value, dict):
            fields = {f["name"]: f["type"] for f in node["fields"]}
            return set(value) <= set(fields) and all(
                declares(v, fields[k]) for k, v in value.items())
        if kind == "array" and isinstance(value, list):
            return all(declares(v, node["items"]) for v in value)
        if kind == "map" and isinstance(value, dict):
            return all(declares(v, node["values"]) for v in value.values())
        return True

    return passes(datum, schema)


# --------------------------------------------------------------------------------------------
# schemacheck


def our_verdicts(binary, folder, name, schema_path, payloads, encoding, extra=(),
                 delimited=False):
    command = [binary, "validate", "--schema", schema_path, "--avro-encoding", encoding,
               "--format", "json", *extra]
    if delimited:
        apply_delimited(payloads, command, os.path.join(folder, f"{name}.delimited"))
        return
    if encoding == "binary":
        batch = []
        for index, payload in enumerate(payloads):
            path = os.path.join(folder, f"{name}-{index:05d}.bin")
            with open(path, "wb") as out:
                out.write(payload.data)
            payload.file, payload.line = path, None
            if payload.data:
                batch.append(payload)
            else:
                apply_alone(payload, command + [path])
        if batch:
            apply_report(batch, command + [p.file for p in batch])
        return
    path = os.path.join(folder, f"{name}-{encoding}.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for index, payload in enumerate(payloads):
            out.write(payload.text + "\n")
            payload.file, payload.line = path, index + 1
    apply_report(payloads, command + [path])


# --------------------------------------------------------------------------------------------
# Explanations

# (encoding or "*", mutation label or "*", our verdict, fastavro's verdict, reason). The first
# matching row explains a disagreement; `check` (when given) must hold too.
KNOWN = [
    ("plain", "unknown_field", False, True,
     "fastavro's validate ignores fields the schema does not declare (even with strict=True); "
     "schemacheck reports them (an error by default, a warning with --allow-unknown-fields)",
     "unknown_is_error"),
    ("json", "unknown_field", False, True,
     "fastavro's json_reader skips fields the schema does not declare; schemacheck reports them"),
    ("plain", "bad_uuid", False, True,
     "fastavro's validate takes any string for a uuid (prepare_uuid passes strings through)"),
    ("plain", "uuid_without_hyphens", False, True,
     "fastavro's validate takes any string for a uuid"),
    ("json", "uuid_without_hyphens", False, True,
     "fastavro's JSON reader builds uuid.UUID(text), which also takes 32 hex digits without "
     "hyphens; the Avro spec and schemacheck want the RFC 4122 8-4-4-4-12 form"),
    ("binary", "uuid_without_hyphens", False, True,
     "as for JSON: uuid.UUID(text) takes 32 hex digits without hyphens"),
    ("plain", "decimal_over_precision", False, True,
     "fastavro's validate only checks that a decimal is bytes; it checks the precision only "
     "for decimal.Decimal values"),
    ("json", "decimal_over_precision", False, True,
     "fastavro's readers build the Decimal in a context with the schema's precision, so a "
     "longer value is rounded to it (12345678.91 -> 12345678.9), not rejected"),
    ("binary", "decimal_over_precision", False, True,
     "fastavro's readers build the Decimal in a context with the schema's precision, so a "
     "longer value is rounded to it, not rejected"),
    ("binary", "negative_union_index", False, True,
     "fastavro indexes its list of branches with the negative number it read (Python's "
     "list[-1] is the last branch); the Avro spec has no negative branch index"),
    ("binary", "bad_boolean_byte", False, True,
     "fastavro reads any non-zero byte as true; the Avro spec allows only 0 and 1"),
    ("binary", "trailing_bytes", False, True,
     "schemaless_reader stops after one datum and does not look at the bytes after it; "
     "schemacheck reports data past the end of the datum"),
    ("plain", "*", False, True,
     "a record that two branches of a union accept: schemacheck's plain JSON inference calls it "
     "ambiguous and names both branches (issue 5); fastavro takes the first", "ambiguous"),
    ("plain", "*", False, True,
     "fastavro accepts the datum only by ignoring a member that the schema does not declare "
     "(often in a union, where its first record branch then fits); schemacheck rejects "
     "undeclared members", "undeclared"),
    ("json", "*", False, True,
     "after json_reader, fastavro's validate infers union branches again and accepts the datum "
     "only by ignoring a member that the chosen record does not declare", "undeclared"),
    ("plain", "wrong_type", True, False,
     "schemacheck's plain JSON also takes a decimal written as a JSON number or numeric string "
     "(as producers write decimals); fastavro's validate wants bytes or decimal.Decimal",
     "decimal"),
    ("json", "integral_float_for_int", True, False,
     "schemacheck's Avro JSON encoding takes an integral number written with a fraction (7.0) "
     "for an int or long, as Java's JsonDecoder does; fastavro's validate wants a Python int"),
    ("json", "fractional_float_for_int", False, True,
     "fastavro's JSON reader hands the number to its logical-type reader, which turns 7.5 "
     "into a datetime or time, and validate then accepts that; 7.5 is no long", "logical"),
    ("binary", "*", "*", "*",
     "CONTRACT AMBIGUITY: a bare datum whose first byte is 0 and that has 5 or more bytes "
     "reads as Confluent framing (magic byte 0 + schema id); the same datum behind real "
     "framing agrees", "leading_zero"),
    ("binary", "*", "*", "*",
     "CONTRACT AMBIGUITY: the framed bytes (0, schema id, datum) also read as one complete "
     "bare datum, and schemacheck tries the bare reading first", "framed_reads_bare"),
]


def explain(payload, checks):
    for row in KNOWN:
        encoding, label, ours, theirs, reason = row[:5]
        check = row[5] if len(row) > 5 else None
        if encoding not in ("*", payload.encoding) or label not in ("*", payload.label):
            continue
        if "*" not in (ours, theirs) and (ours, theirs) != (payload.ours, payload.theirs):
            continue
        if check and not checks[check](payload):
            continue
        return reason
    return "UNEXPLAINED"


def describe(payload):
    where = f"{os.path.basename(payload.file)}" + (f":{payload.line}" if payload.line else "")
    content = payload.text if payload.text is not None else payload.data.hex()
    if len(content) > 160:
        content = content[:157] + "..."
    warnings = rule_ids(payload, "warning")
    ours = ("valid" + (f" (warnings {','.join(warnings)})" if warnings else "")
            if payload.ours else "invalid " + ",".join(rule_ids(payload, "error")))
    theirs = "valid" if payload.theirs else f"invalid ({payload.their_error})"
    detail = f" [{payload.detail}]" if payload.detail else ""
    return f"{where}{detail} {content}\n          schemacheck: {ours}; fastavro: {theirs}"


def report(mode, payloads, checks, verbose):
    undecided = [p for p in payloads if p.theirs is None]
    payloads = [p for p in payloads if p.theirs is not None]
    agree = [p for p in payloads if p.ours == p.theirs]
    disagree = [p for p in payloads if p.ours != p.theirs]
    classes = {}
    for payload in disagree:
        reason = explain(payload, checks)
        key = (payload.label, payload.ours, payload.theirs, reason)
        classes.setdefault(key, []).append(payload)
    unexplained = sum(len(v) for k, v in classes.items() if k[3] == "UNEXPLAINED")
    print(f"{mode}: {len(payloads)} payloads, agree {len(agree)}, disagree {len(disagree)} "
          f"(explained {len(disagree) - unexplained}, unexplained {unexplained})")
    if undecided:
        schemas = sorted({p.schema_name for p in undecided})
        print(f"  {len(undecided):5d}  left out: fastavro could not decide "
              f"({undecided[0].their_error}; schemas: {', '.join(schemas)})")
    for (label, ours, theirs, reason), items in sorted(classes.items(),
                                                      key=lambda kv: -len(kv[1])):
        verdicts = f"ours {'valid' if ours else 'invalid'}, fastavro " \
                   f"{'valid' if theirs else 'invalid'}"
        print(f"  {len(items):5d}  {label}: {verdicts}: {reason}")
        for example in items[:3 if verbose else 1]:
            print(f"         e.g. {describe(example)}")
    return len(payloads) - unexplained, unexplained


def label_table(mode, payloads, with_ours):
    counts = {}
    for payload in payloads:
        row = counts.setdefault(payload.label, [0, 0, 0])
        row[0] += 1
        row[1] += 0 if payload.theirs or payload.theirs is None else 1
        row[2] += 0 if (payload.ours or not with_ours) else 1
    print(f"{mode}: mutation, payloads, fastavro invalid" + (", schemacheck invalid"
                                                            if with_ours else ""))
    for label, row in sorted(counts.items()):
        print(f"  {label:<28}{row[0]:6d}{row[1]:8d}" + (f"{row[2]:8d}" if with_ours else ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-schema", type=int, default=300,
                        help="payloads per schema and encoding (default 300)")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--out", default=None, help="folder for the payloads (default: temp)")
    parser.add_argument("--schemacheck", default=None, help="the binary (default: build it)")
    parser.add_argument("--skip-build", action="store_true",
                        help="use .build/release/schemacheck as it is")
    parser.add_argument("--peer-only", action="store_true",
                        help="only generate and ask fastavro (no schemacheck)")
    parser.add_argument("--verbose", action="store_true", help="three examples per class")
    args = parser.parse_args()
    ensure_peers(__file__, "fastavro")
    import fastavro
    from fastavro.schema import parse_schema
    from fastavro.validation import validate

    out = args.out or tempfile.mkdtemp(prefix="avro-payload-differential-")
    os.makedirs(out, exist_ok=True)
    binary = None
    if not args.peer_only:
        binary = args.schemacheck or build(args.skip_build)
    print(f"fastavro {fastavro.__version__}; payload folder: {out}")
    rng = random.Random(args.seed)
    modes = {"plain": [], "plain --allow-unknown-fields": [], "json": [], "binary": [],
             "binary, Confluent framing": [], "binary, delimited stream": []}
    named_by_schema = {}
    failures = []
    for name, document in SCHEMAS.items():
        schema = Schema(document)
        named = {}
        parsed = parse_schema(copy.deepcopy(document), named)
        named_by_schema[name] = (parsed, named)
        schema_path = os.path.join(out, f"{name}.avsc")
        with open(schema_path, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=2)
        for encoding in ("plain", "json", "binary"):
            payloads = generate(rng, name, schema, args.per_schema, encoding, fastavro, parsed)
            fastavro_verdicts(payloads, parsed)
            if not binary:
                modes[encoding].extend(payloads)
                continue
            runs = [(encoding, name, payloads, [], False)]
            if encoding == "plain":
                again = [copy.copy(p) for p in payloads]
                for payload in again:
                    payload.allow_unknown = True
                runs.append(("plain --allow-unknown-fields", name + "-allow", again,
                             ["--allow-unknown-fields"], False))
            if encoding == "binary":
                framed = [copy.copy(p) for p in payloads]
                for raw, payload in zip(payloads, framed):
                    payload.data = CONFLUENT_PREFIX + raw.data
                    raw.twin = payload
                runs.append(("binary, Confluent framing", name + "-framed", framed, [], False))
                # The same datums in one length-delimited file (copies keep the framed twin).
                stream = [copy.copy(p) for p in payloads]
                runs.append(("binary, delimited stream", name + "-stream", stream, [], True))
            for mode, stem, items, extra, delimited in runs:
                try:
                    our_verdicts(binary, out, stem, schema_path, items, encoding, extra,
                                 delimited)
                except (RuntimeError, ValueError, KeyError) as error:
                    failures.append(f"{name} ({mode}): schemacheck: {error}")
                    continue
                modes[mode].extend(items)

    def ambiguity(payload):
        parsed, named = named_by_schema[payload.schema_name]
        return plain_ambiguity(payload.python, parsed, named, payload.allow_unknown)

    def undeclared(payload):
        if payload.allow_unknown or payload.python is None:
            return False
        parsed, named = named_by_schema[payload.schema_name]
        try:
            loose = validate(payload.python, parsed, raise_errors=False, strict=True)
        except Exception:
            return False
        return loose and not strictly_valid(payload.python, parsed, named)

    def leading_zero(payload):
        return (payload.twin is not None and payload.data[:1] == b"\x00"
                and len(payload.data) >= 5 and payload.twin.ours == payload.twin.theirs)

    def framed_reads_bare(payload):
        if not payload.data.startswith(CONFLUENT_PREFIX):
            return False
        parsed, _ = named_by_schema[payload.schema_name]
        stream = io.BytesIO(payload.data)
        try:
            fastavro.schemaless_reader(stream, parsed)
        except Exception:
            return False
        return stream.tell() == len(payload.data)

    checks = {"unknown_is_error": lambda payload: not payload.allow_unknown,
              "ambiguous": ambiguity, "undeclared": undeclared, "leading_zero": leading_zero,
              "framed_reads_bare": framed_reads_bare,
              "decimal": lambda payload: payload.detail == "decimal",
              "logical": lambda payload: payload.detail not in (None, "int", "long")}

    if args.peer_only:
        for mode in ("plain", "json", "binary"):
            label_table(mode, modes[mode], False)
        print("peer only: schemacheck not run")
        return
    passed = failed = 0
    for mode, payloads in modes.items():
        if payloads:
            good, bad = report(mode, payloads, checks, args.verbose)
            passed, failed = passed + good, failed + bad
    if args.verbose:
        for mode in ("plain", "json", "binary"):
            label_table(mode, modes[mode], True)
    for failure in failures:
        print("ERROR", failure)
    print(f"{passed} passed, {failed + len(failures)} failed")
    sys.exit(1 if failed or failures else 0)


if __name__ == "__main__":
    main()
