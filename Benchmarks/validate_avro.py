#!/usr/bin/env python3
"""Times `schemacheck validate` on Avro payloads (plain JSON, JSON Lines) against fastavro.

Usage (from anywhere): python3 Benchmarks/validate_avro.py [--payloads 100000] [--runs 5]
    [--skip-build] [--schemacheck BIN]

Writes one realistic order event schema (nested records, an array of line items, maps, enums,
unions null|string and null|record, a uuid and a timestamp-millis; money as long cents, so no
decimal, whose plain JSON form the tools read differently) and that many valid payloads in
plain JSON as JSON Lines (seeded) under Benchmarks/data (gitignored). Then it times whole
processes, best of --runs:

- `schemacheck validate --schema S.avsc FILE.jsonl` (plain JSON is the default for .jsonl);
- a Python process that reads the file line by line, `json.loads` each line and calls
  `fastavro.validation.validate(datum, parsed, raise_errors=False, strict=True)` (fastavro's
  Cython validator), counting valid and invalid;
- the same with `fastavro.validation.validate_many` over the list of all parsed lines (one
  call; it answers only "all valid or not").

It prints seconds, payloads/s and the ratio of each peer's time to ours (above 1: schemacheck is
faster), and checks that every tool finds all payloads valid. fastavro is installed into a venv
under Benchmarks/data.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Benchmarks", "data")
VENV = os.path.join(DATA, "venv")  # shared by every benchmark (Benchmarks/run)
SCHEMA = os.path.join(DATA, "validate-avro-order.avsc")

ADDRESS = {"type": "record", "name": "Address", "fields": [
    {"name": "line1", "type": "string"},
    {"name": "line2", "type": ["null", "string"], "default": None},
    {"name": "city", "type": "string"},
    {"name": "postalCode", "type": "string"},
    {"name": "country", "type": "string"},
]}
CURRENCY = {"type": "enum", "name": "Currency", "symbols": ["EUR", "USD", "GBP"]}
SCHEMA_DOC = {
    "type": "record", "name": "OrderPlaced", "namespace": "com.acme.orders",
    "doc": "An order was placed.",
    "fields": [
        {"name": "eventId", "type": {"type": "string", "logicalType": "uuid"}},
        {"name": "occurredAt", "type": {"type": "long", "logicalType": "timestamp-millis"}},
        {"name": "schemaVersion", "type": "int", "default": 3},
        {"name": "source", "type": {"type": "record", "name": "Source", "fields": [
            {"name": "service", "type": {"type": "enum", "name": "Service",
                                         "symbols": ["CHECKOUT", "MOBILE", "POS", "PARTNER"]}},
            {"name": "region", "type": "string"},
            {"name": "host", "type": ["null", "string"], "default": None},
        ]}},
        {"name": "customer", "type": {"type": "record", "name": "Customer", "fields": [
            {"name": "id", "type": "string"},
            {"name": "email", "type": "string"},
            {"name": "name", "type": ["null", "string"], "default": None},
            {"name": "vip", "type": "boolean"},
            {"name": "segment", "type": {"type": "enum", "name": "Segment",
                                         "symbols": ["CONSUMER", "BUSINESS", "STAFF"]}},
            {"name": "address", "type": ADDRESS},
        ]}},
        {"name": "items", "type": {"type": "array", "items": {
            "type": "record", "name": "LineItem", "fields": [
                {"name": "sku", "type": "string"},
                {"name": "name", "type": "string"},
                {"name": "quantity", "type": "int"},
                {"name": "unitPriceCents", "type": "long"},
                {"name": "currency", "type": CURRENCY},
                {"name": "discount", "type": ["null", "double"], "default": None},
                {"name": "tags", "type": {"type": "array", "items": "string"}},
            ]}}},
        {"name": "totalCents", "type": "long"},
        {"name": "currency", "type": "Currency"},
        {"name": "shipping", "type": ["null", {
            "type": "record", "name": "Shipping", "fields": [
                {"name": "method", "type": {"type": "enum", "name": "Method",
                                            "symbols": ["STANDARD", "EXPRESS", "PICKUP"]}},
                {"name": "address", "type": "Address"},
                {"name": "costCents", "type": "long"},
            ]}], "default": None},
        {"name": "status", "type": {"type": "enum", "name": "Status",
                                    "symbols": ["PLACED", "PAID", "CANCELLED"]}},
        {"name": "couponCode", "type": ["null", "string"], "default": None},
        {"name": "notes", "type": ["null", "string"], "default": None},
        {"name": "attributes", "type": {"type": "map", "values": "string"}},
        {"name": "traceId", "type": "string"},
    ],
}


def payload(rng):
    address = {"line1": f"{rng.randrange(1, 300)} Main Street",
               "line2": None if rng.random() < 0.7 else "Flat 2",
               "city": rng.choice(["Berlin", "Lyon", "Leeds", "Porto"]),
               "postalCode": f"{rng.randrange(10000, 99999)}",
               "country": rng.choice(["DE", "FR", "GB", "PT"])}
    currency = rng.choice(["EUR", "USD", "GBP"])
    items = [{"sku": f"SKU-{rng.randrange(100000):05d}", "name": "Widget",
              "quantity": rng.randrange(1, 10), "unitPriceCents": rng.randrange(100, 20000),
              "currency": currency, "discount": None if rng.random() < 0.7 else 0.1,
              "tags": rng.sample(["new", "sale", "gift", "eco"], 2)}
             for _ in range(rng.randrange(1, 6))]
    return {
        "eventId": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "occurredAt": 1795000000000 + rng.randrange(10**9),
        "schemaVersion": 3,
        "source": {"service": rng.choice(["CHECKOUT", "MOBILE", "POS"]), "region": "eu-west-1",
                   "host": f"node-{rng.randrange(64)}.internal"},
        "customer": {"id": f"CUS-{rng.randrange(10**6):06d}",
                     "email": f"user{rng.randrange(10**6)}@example.com",
                     "name": "Ada Lovelace", "vip": rng.random() < 0.1, "segment": "CONSUMER",
                     "address": address},
        "items": items,
        "totalCents": sum(i["quantity"] * i["unitPriceCents"] for i in items),
        "currency": currency,
        "shipping": None if rng.random() < 0.2 else {"method": "STANDARD", "address": address,
                                                     "costCents": rng.randrange(0, 2000)},
        "status": "PLACED",
        "couponCode": None if rng.random() < 0.8 else "WINTER25",
        "notes": "Leave at the door" if rng.random() < 0.3 else None,
        "attributes": {"channel": rng.choice(["web", "app"]), "ab": rng.choice(["a", "b"])},
        "traceId": f"{rng.getrandbits(128):032x}",
    }


def generate(path, count):
    os.makedirs(DATA, exist_ok=True)
    with open(SCHEMA, "w", encoding="utf-8") as out:
        json.dump(SCHEMA_DOC, out, indent=2)
    if os.path.exists(path):
        with open(path, "rb") as existing:
            if sum(1 for _ in existing) == count:
                return
    rng = random.Random(20261126)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for _ in range(count):
            out.write(json.dumps(payload(rng), separators=(",", ":")) + "\n")


PEER_SCRIPT = r"""
import json, sys
from fastavro import parse_schema
from fastavro.validation import validate, validate_many
mode, schema_path, data_path = sys.argv[1:4]
parsed = parse_schema(json.load(open(schema_path)))
if mode == "validate":
    valid = invalid = 0
    with open(data_path, "rb") as lines:
        for line in lines:
            if line.strip():
                if validate(json.loads(line), parsed, raise_errors=False, strict=True):
                    valid += 1
                else:
                    invalid += 1
    print(valid, invalid)
else:
    with open(data_path, "rb") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    ok = validate_many(records, parsed, raise_errors=False, strict=True)
    print(len(records) if ok else -1, 0 if ok else -1)
"""


def tools(binary, python, data):
    """The whole-process command of schemacheck and of each fastavro variant, validating data."""
    script = os.path.join(DATA, "validate_avro_peer.py")
    with open(script, "w", encoding="utf-8") as out:
        out.write(PEER_SCRIPT)
    return {
        "schemacheck": [binary, "validate", "--schema", SCHEMA, data],
        "fastavro validate": [python, script, "validate", SCHEMA, data],
        "fastavro validate_many": [python, script, "validate_many", SCHEMA, data],
    }


def verdicts(name, result, binary, data):
    """(valid, invalid) from a finished tool process; exits when the tool failed."""
    if name == "schemacheck":
        if result.returncode not in (0, 1):
            sys.exit(f"schemacheck failed ({result.returncode}): {result.stderr[-2000:]}")
        match = re.search(r"(\d+) payloads? validated, (\d+) failed", result.stdout)
        return ((int(match.group(1)) - int(match.group(2)), int(match.group(2)))
                if match else our_counts(binary, data))
    if result.returncode != 0:
        sys.exit(f"{name} failed: {result.stderr[-2000:]}")
    return tuple(int(part) for part in result.stdout.split())


def ensure_venv():
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    if subprocess.run([python, "-c", "import fastavro"], capture_output=True).returncode:
        subprocess.run([python, "-m", "pip", "install", "--quiet", "fastavro", "protobuf"],
                       check=True)
    version = subprocess.run([python, "-c", "import fastavro; print(fastavro.__version__)"],
                             capture_output=True, text=True).stdout.strip()
    return python, version


def timed(command):
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    return time.perf_counter() - start, result


def our_counts(binary, data):
    """Valid and invalid payloads from schemacheck's JSON report (an untimed run)."""
    result = subprocess.run([binary, "validate", "--schema", SCHEMA, "--format", "json", data],
                            capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"schemacheck failed ({result.returncode}): {result.stderr[-2000:]}")
    entries = json.loads(result.stdout)["payloads"]
    valid = sum(1 for entry in entries if entry["valid"])
    example = next((entry for entry in entries if not entry["valid"]), None)
    if example:
        print("schemacheck's first invalid payload:", json.dumps(example)[:600])
    return valid, len(entries) - valid


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--payloads", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--schemacheck", default=None, help="the binary (default: build it)")
    args = parser.parse_args()
    data = os.path.join(DATA, f"validate-avro-{args.payloads}.jsonl")
    generate(data, args.payloads)
    print(f"{args.payloads} payloads, {os.path.getsize(data) / 1e6:.1f} MB of plain JSON")
    binary = args.schemacheck or os.path.join(ROOT, ".build", "release", "schemacheck")
    if not args.schemacheck and not args.skip_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "schemacheck"],
                       cwd=ROOT, check=True, capture_output=True)
    python, version = ensure_venv()
    print(f"fastavro {version}, CPython {sys.version.split()[0]}")
    results = {}
    for name, command in tools(binary, python, data).items():
        best = None
        for _ in range(args.runs):
            seconds, result = timed(command)
            best = seconds if best is None else min(best, seconds)
        results[name] = (best, verdicts(name, result, binary, data))

    base = results["schemacheck"][0]
    print(f"best of {args.runs}, whole process")
    print(f"{'tool':<24}{'seconds':>9}{'payloads/s':>13}{'ratio':>8}  valid/invalid")
    for name, (seconds, counts) in results.items():
        print(f"{name:<24}{seconds:>9.2f}{args.payloads / seconds:>13,.0f}"
              f"{seconds / base:>7.2f}x  {counts[0]}/{counts[1]}")
    agreed = all(counts == (args.payloads, 0) for _, counts in results.values())
    print("all tools: every payload valid" if agreed else "VERDICTS DIFFER: see the counts")
    sys.exit(0 if agreed else 1)


if __name__ == "__main__":
    main()
