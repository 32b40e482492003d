#!/usr/bin/env python3
"""Differential test of schemacheck's Avro compatibility checker against PyPI `avro` (1.12.x).

Not run by `swift test`. Usage (from anywhere):

    python3 -m venv /tmp/avro-venv && /tmp/avro-venv/bin/pip install 'avro>=1.12,<1.13'
    /tmp/avro-venv/bin/python Tests/Conformance/avro_differential.py --pairs 500 --seed 7

It generates random schema pairs (seeded, so runs repeat), writes each pair to
`<out>/<n>/{a.avsc,b.avsc,python.json}`, runs
`SCHEMACHECK_AVRO_DIFFERENTIAL=<out> swift test --filter AvroDifferentialTests` (which writes
`ours.json` beside each pair), then compares the verdicts of both directions ("b reads a" and
"a reads b") and explains each disagreement. Apache Avro's Java `SchemaCompatibility` is the
reference; Python differs from it in known ways (see shared/reference/avro-compat.md 3.3), which
are classified below rather than counted as our bugs.
"""

import argparse
import copy
import json
import os
import random
import subprocess
import sys
import tempfile

from avro.compatibility import ReaderWriterCompatibilityChecker, SchemaCompatibilityType
from avro.schema import parse

PRIMITIVES = ["null", "boolean", "int", "long", "float", "double", "bytes", "string"]
NAMESPACES = ["com.acme", "com.acme.v2", "org.other"]


class Generator:
    """Random Avro schemas with unique names and valid defaults."""

    def __init__(self, rng):
        self.rng = rng
        self.counter = 0
        # Namespaces of the enclosing records, and the full names defined so far (in document
        # order), so later fields can refer to them, recursion included.
        self.namespaces = [""]
        self.defined = []

    def full_name(self, name):
        namespace = self.namespaces[-1]
        return f"{namespace}.{name}" if namespace else name

    def fresh(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter}"

    def primitive(self, allow_null=True):
        choices = PRIMITIVES if allow_null else PRIMITIVES[1:]
        return self.rng.choice(choices)

    def type_(self, depth):
        roll = self.rng.random()
        if depth >= 3 or roll < 0.45:
            return self.primitive()
        if roll < 0.58:
            return self.record(depth + 1)
        if roll < 0.68:
            return self.enum()
        if roll < 0.74:
            node = {"type": "fixed", "name": self.fresh("F"), "size": self.rng.choice([4, 8, 16])}
            self.defined.append(self.full_name(node["name"]))
            return node
        if roll < 0.82:
            return {"type": "array", "items": self.type_(depth + 1)}
        if roll < 0.88:
            return {"type": "map", "values": self.type_(depth + 1)}
        return self.union(depth + 1)

    def union(self, depth):
        branches = self.rng.sample(PRIMITIVES, self.rng.randint(1, 3))
        if self.rng.random() < 0.3 and depth < 3:
            branches.append(self.record(depth + 1))
        self.rng.shuffle(branches)
        return branches

    def enum(self):
        symbols = self.rng.sample(["A", "B", "C", "D", "E"], self.rng.randint(1, 4))
        node = {"type": "enum", "name": self.fresh("E"), "symbols": symbols}
        self.defined.append(self.full_name(node["name"]))
        if self.rng.random() < 0.3:
            node["default"] = self.rng.choice(symbols)
        return node

    def record(self, depth):
        node = {"type": "record", "name": self.fresh("R"), "fields": []}
        namespace = self.namespaces[-1]
        if self.rng.random() < 0.3:
            namespace = node["namespace"] = self.rng.choice(NAMESPACES)
        self.namespaces.append(namespace)
        self.defined.append(self.full_name(node["name"]))
        for _ in range(self.rng.randint(1, 4)):
            node["fields"].append(self.field(depth))
        self.namespaces.pop()
        return node

    def field(self, depth):
        if self.defined and self.rng.random() < 0.12:
            # A use of a named type defined earlier (or of an enclosing record: recursion).
            reference = self.rng.choice(self.defined)
            type_ = ["null", reference] if self.rng.random() < 0.7 else reference
        else:
            type_ = self.type_(depth)
        field = {"name": self.fresh("f"), "type": type_}
        if self.rng.random() < 0.4:
            try:
                field["default"] = default_for(field["type"])
            except NoDefault:
                pass
        return field


class NoDefault(Exception):
    """The type refers to a named type by name; the generator gives such fields no default."""


def default_for(schema):
    """A valid default for `schema` (for a union: for its first branch)."""
    if isinstance(schema, list):
        return default_for(schema[0])
    if isinstance(schema, str) and schema not in PRIMITIVES:
        raise NoDefault(schema)
    if isinstance(schema, str):
        return {"null": None, "boolean": False, "int": 0, "long": 0, "float": 0.0,
                "double": 0.0, "bytes": "", "string": ""}[schema]
    kind = schema["type"]
    if kind == "record":
        return {f["name"]: default_for(f["type"]) for f in schema["fields"]}
    if kind == "enum":
        return schema["symbols"][0]
    if kind == "fixed":
        return "\u0000" * schema["size"]
    if kind == "array":
        return []
    if kind == "map":
        return {}
    return default_for(kind)


def nodes(schema, parent=None, key=None):
    """Every (container, key, node) in the schema, so mutations can replace a node in place."""
    yield parent, key, schema
    if isinstance(schema, list):
        for index, branch in enumerate(schema):
            yield from nodes(branch, schema, index)
    elif isinstance(schema, dict):
        kind = schema["type"]
        if kind == "record":
            for field in schema["fields"]:
                yield from nodes(field["type"], field, "type")
        elif kind == "array":
            yield from nodes(schema["items"], schema, "items")
        elif kind == "map":
            yield from nodes(schema["values"], schema, "values")


def fix_defaults(schema):
    """Regenerates every default after mutations so both schemas stay valid."""
    for _, _, node in list(nodes(schema)):
        if isinstance(node, dict) and node["type"] == "record":
            for field in node["fields"]:
                if "default" in field:
                    try:
                        field["default"] = default_for(field["type"])
                    except NoDefault:
                        del field["default"]
        if isinstance(node, dict) and node["type"] == "enum" and "default" in node:
            if node["default"] not in node["symbols"]:
                node["default"] = node["symbols"][0]


def mutate(schema, gen):
    """Applies one random evolution step to a copy of `schema`."""
    rng = gen.rng
    all_nodes = list(nodes(schema))
    records = [n for _, _, n in all_nodes if isinstance(n, dict) and n["type"] == "record"]
    enums = [n for _, _, n in all_nodes if isinstance(n, dict) and n["type"] == "enum"]
    fixeds = [n for _, _, n in all_nodes if isinstance(n, dict) and n["type"] == "fixed"]
    replaceable = [(p, k, n) for p, k, n in all_nodes if p is not None and not isinstance(p, list)]
    unions = [n for _, _, n in all_nodes if isinstance(n, list)]
    step = rng.choice([
        "retype", "retype", "add_field", "remove_field", "rename_field", "default_toggle",
        "namespace", "rename_type", "enum_symbols", "enum_default", "fixed_size", "optional",
        "union_branch", "field_alias",
    ])
    if step == "retype" and replaceable:
        parent, key, node = rng.choice(replaceable)
        if isinstance(node, str) and node in PRIMITIVES:
            parent[key] = rng.choice(PRIMITIVES)
        else:
            parent[key] = gen.type_(2)
    elif step == "add_field" and records:
        rng.choice(records)["fields"].append(gen.field(2))
    elif step == "remove_field" and records:
        record = rng.choice(records)
        if len(record["fields"]) > 1:
            record["fields"].pop(rng.randrange(len(record["fields"])))
    elif step == "rename_field" and records:
        field = rng.choice(rng.choice(records)["fields"])
        old = field["name"]
        field["name"] = gen.fresh("g")
        if rng.random() < 0.6:
            field["aliases"] = [old]
    elif step == "field_alias" and records:
        record = rng.choice(records)
        if len(record["fields"]) > 1:
            first, second = rng.sample(record["fields"], 2)
            first["aliases"] = [second["name"]]  # may make an ambiguous alias
    elif step == "default_toggle" and records:
        field = rng.choice(rng.choice(records)["fields"])
        if "default" in field:
            del field["default"]
        else:
            field["default"] = None
    elif step == "namespace" and records:
        record = rng.choice(records)
        record["namespace"] = rng.choice(NAMESPACES)
    elif step == "rename_type" and (records or enums):
        node = rng.choice(records + enums)
        old = node["name"]
        node["name"] = gen.fresh("N")
        if rng.random() < 0.5:
            node["aliases"] = [old]  # relative: Java resolves it against the namespace
        elif rng.random() < 0.5:
            namespace = node.get("namespace")
            node["aliases"] = [f"{namespace}.{old}" if namespace else old]
    elif step == "enum_symbols" and enums:
        node = rng.choice(enums)
        if rng.random() < 0.5 and len(node["symbols"]) > 1:
            node["symbols"].pop(rng.randrange(len(node["symbols"])))
        else:
            extra = [s for s in ["A", "B", "C", "D", "E", "F"] if s not in node["symbols"]]
            if extra:
                node["symbols"].append(rng.choice(extra))
    elif step == "enum_default" and enums:
        node = rng.choice(enums)
        if "default" in node:
            del node["default"]
        else:
            node["default"] = rng.choice(node["symbols"])
    elif step == "fixed_size" and fixeds:
        rng.choice(fixeds)["size"] = rng.choice([2, 4, 8, 16])
    elif step == "optional" and replaceable:
        parent, key, node = rng.choice(replaceable)
        if isinstance(node, str) and node != "null":
            parent[key] = ["null", node]
    elif step == "union_branch" and unions:
        union = rng.choice(unions)
        prims = [b for b in union if isinstance(b, str)]
        if rng.random() < 0.5 and len(union) > 1:
            union.pop(rng.randrange(len(union)))
        else:
            extra = [p for p in PRIMITIVES if p not in prims]
            if extra:
                union.insert(rng.randrange(len(union) + 1), rng.choice(extra))
    fix_defaults(schema)


def python_verdict(reader_text, writer_text):
    try:
        reader = parse(reader_text)
        writer = parse(writer_text)
        result = ReaderWriterCompatibilityChecker().get_compatibility(reader, writer)
    except Exception as error:  # the Python library's own failure, reported as such
        return {"error": f"{type(error).__name__}: {error}"}
    return {
        "compatible": result.compatibility is SchemaCompatibilityType.compatible,
        "kinds": sorted({k.name.upper() for k in result.incompatibilities}),
        "locations": sorted(result.locations),
    }


def generate(count, seed, out):
    rng = random.Random(seed)
    skipped = []
    written = 0
    attempts = 0
    while written < count and attempts < count * 20:
        attempts += 1
        gen = Generator(rng)
        base = gen.record(0) if rng.random() < 0.8 else gen.type_(1)
        evolved = copy.deepcopy(base)
        for _ in range(rng.randint(1, 3)):
            mutate(evolved, gen)
        a_text = json.dumps(base, indent=1)
        b_text = json.dumps(evolved, indent=1)
        verdicts = {
            "b_reads_a": python_verdict(b_text, a_text),
            "a_reads_b": python_verdict(a_text, b_text),
        }
        if any("error" in v for v in verdicts.values()):
            skipped.append(1)
            continue  # Python could not parse the pair (a mutation broke a reference): skip it
        folder = os.path.join(out, f"{written:05d}")
        os.makedirs(folder, exist_ok=True)
        for name, text in (("a.avsc", a_text), ("b.avsc", b_text)):
            with open(os.path.join(folder, name), "w") as handle:
                handle.write(text + "\n")
        with open(os.path.join(folder, "python.json"), "w") as handle:
            json.dump(verdicts, handle)
        written += 1
    print(f"generated {written} pairs ({len(skipped)} candidates skipped: Python could not "
          "parse them)")
    return written


def run_ours(out, repo):
    env = dict(os.environ, SCHEMACHECK_AVRO_DIFFERENTIAL=os.path.abspath(out))
    completed = subprocess.run(
        ["swift", "test", "--filter", "AvroDifferentialTests"], cwd=repo, env=env,
        capture_output=True, text=True)
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout[-4000:] + completed.stderr[-4000:])
        sys.exit("swift test failed")


def qualify_aliases(schema, namespace=""):
    """Rewrites relative type aliases to full names as Java's parser does (against the namespace
    of the type that declares them), so Python can be asked again with Java's reading."""
    if isinstance(schema, list):
        for branch in schema:
            qualify_aliases(branch, namespace)
        return
    if not isinstance(schema, dict):
        return
    kind = schema["type"]
    if kind in ("record", "enum", "fixed"):
        name = schema["name"]
        if "." in name:
            namespace = name.rsplit(".", 1)[0]
        elif "namespace" in schema:
            namespace = schema["namespace"] or ""
        schema["aliases"] = [
            alias if "." in alias or not namespace else f"{namespace}.{alias}"
            for alias in schema.get("aliases", [])
        ]
        if kind == "record":
            for field in schema["fields"]:
                qualify_aliases(field["type"], namespace)
    elif kind == "array":
        qualify_aliases(schema["items"], namespace)
    elif kind == "map":
        qualify_aliases(schema["values"], namespace)


def python_agrees_once_aliases_are_qualified(reader_text, writer_text, ours):
    reader = json.loads(reader_text)
    qualify_aliases(reader)
    if reader == json.loads(reader_text):
        return False  # no relative alias: this is not the explanation
    again = python_verdict(json.dumps(reader), writer_text)
    our_kinds = sorted({i[0] for i in ours["incompatibilities"]})
    return "error" not in again and (again["compatible"], again["kinds"]) == (
        ours["compatible"], our_kinds)


def has_ambiguous_alias(reader_text, writer_text):
    reader = json.loads(reader_text)
    writer = json.loads(writer_text)
    writer_fields = {}
    for _, _, node in nodes(writer):
        if isinstance(node, dict) and node["type"] == "record":
            writer_fields.setdefault(node["name"], set()).update(f["name"] for f in node["fields"])
    for _, _, node in nodes(reader):
        if isinstance(node, dict) and node["type"] == "record":
            for field in node["fields"]:
                names = {field["name"], *field.get("aliases", [])}
                for fields in writer_fields.values():
                    if len(names & fields) > 1:
                        return True
    return False


def explain(direction, a_text, b_text, ours, theirs):
    reader_text, writer_text = (b_text, a_text) if direction == "b_reads_a" else (a_text, b_text)
    our_kinds = {i[0] for i in ours["incompatibilities"]}
    if "AVRO_AMBIGUOUS_FIELD_ALIAS" in our_kinds and has_ambiguous_alias(reader_text, writer_text):
        return "ambiguous field alias: Java throws (Confluent: incompatible), Python picks one"
    # Either way round: Java's resolved alias can match where Python's raw one does not, and a
    # relative alias resolved into a namespace misses a writer type in the null namespace, which
    # Python's raw alias still matches. Asking Python again with Java's full aliases decides.
    if theirs["compatible"] != ours["compatible"] or theirs["kinds"] != sorted(our_kinds):
        if python_agrees_once_aliases_are_qualified(reader_text, writer_text, ours):
            return ("relative type alias: Java resolves it against the namespace, Python compares "
                    "the raw alias with the full name")
    return "UNEXPLAINED"


def compare_locations(mine, theirs):
    """Python's location set sometimes adds "/"; below a writer union read by a non-union reader
    Python restarts the location (it reports `/name` where Java reports
    `/fields/3/type/1/name`), and Java 1.12 adds the branch index (AVRO-3612)."""
    ours = {i[1] for i in mine["incompatibilities"]} or {"/"}
    python = set(theirs["locations"])
    if ours == python or ours == python - {"/"}:
        return "same locations"
    forms = {"/"}
    for location in ours:
        tokens = location.split("/")[1:]
        forms.add(location)
        for index, token in enumerate(tokens):
            if token.isdigit() and index > 0 and tokens[index - 1] not in ("fields",):
                forms.add("/" + "/".join(tokens[:index]))  # the union itself
                forms.add("/" + "/".join(tokens[index + 1:]))  # restarted below the branch
    if python <= forms:
        return "locations differ only where Python handles writer unions differently"
    return "locations differ (see the example)"


def compare(out, count):
    agree = disagree = kinds_agree = 0
    differ_disagrees = []
    reasons = {}
    kind_reasons = {}
    location_results = {}
    examples = {}
    for index in range(count):
        folder = os.path.join(out, f"{index:05d}")
        with open(os.path.join(folder, "python.json")) as handle:
            python = json.load(handle)
        with open(os.path.join(folder, "ours.json")) as handle:
            ours = json.load(handle)
        if "differ_agrees" in ours and not ours["differ_agrees"]:
            differ_disagrees.append(folder)
        a_text = open(os.path.join(folder, "a.avsc")).read()
        b_text = open(os.path.join(folder, "b.avsc")).read()
        for direction in ("b_reads_a", "a_reads_b"):
            theirs = python[direction]
            if "error" in ours:
                disagree += 1
                reason = "our parser rejected a schema Python accepted: " + ours["error"][:80]
                reasons[reason] = reasons.get(reason, 0) + 1
                examples.setdefault(reason, folder)
                continue
            mine = ours[direction]
            if mine["compatible"] == theirs["compatible"]:
                agree += 1
                my_kinds = sorted({i[0] for i in mine["incompatibilities"]})
                if my_kinds == theirs["kinds"]:
                    kinds_agree += 1
                    verdict = compare_locations(mine, theirs)
                    location_results[verdict] = location_results.get(verdict, 0) + 1
                    examples.setdefault(verdict, f"{folder} ({direction})")
                else:
                    reason = "same verdict, other kinds: " + explain(
                        direction, a_text, b_text, mine, theirs)
                    kind_reasons[reason] = kind_reasons.get(reason, 0) + 1
                    examples.setdefault(reason, f"{folder} ({direction})")
                continue
            disagree += 1
            reason = explain(direction, a_text, b_text, mine, theirs)
            reasons[reason] = reasons.get(reason, 0) + 1
            examples.setdefault(reason, f"{folder} ({direction})")
    total = agree + disagree
    print(f"pairs: {count}, directions compared: {total}")
    print(f"verdicts agree: {agree}, disagree: {disagree}")
    print(f"of the agreeing ones, same set of incompatibility kinds: {kinds_agree}")
    for reason, number in sorted(reasons.items(), key=lambda item: -item[1]):
        print(f"  {number:5d}  {reason}  (e.g. {examples[reason]})")
    for reason, number in sorted(kind_reasons.items(), key=lambda item: -item[1]):
        print(f"  {number:5d}  {reason}  (e.g. {examples[reason]})")
    print("locations, where verdict and kinds agree:")
    for reason, number in sorted(location_results.items(), key=lambda item: -item[1]):
        print(f"  {number:5d}  {reason}  (e.g. {examples[reason]})")
    print(f"differ break flags vs checker verdicts: {count - len(differ_disagrees)} of {count} "
          f"pairs agree" + (f" (e.g. {differ_disagrees[0]})" if differ_disagrees else ""))
    unexplained = reasons.get("UNEXPLAINED", 0)
    print(f"{total - unexplained} passed, {unexplained} failed")
    return unexplained


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default=None, help="folder for the pairs (default: a temp dir)")
    args = parser.parse_args()
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = args.out or tempfile.mkdtemp(prefix="avro-differential-")
    count = generate(args.pairs, args.seed, out)
    print(f"pairs folder: {out}")
    run_ours(out, repo)
    sys.exit(1 if compare(out, count) else 0)


if __name__ == "__main__":
    main()
