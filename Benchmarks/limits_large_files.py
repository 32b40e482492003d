#!/usr/bin/env python3
"""Large payload files through the release binary: time, peak memory and exit code.

Generates, in a temporary folder (fixed seeds):
- one JSON payload file of --single-mb MiB (default 1024: the "1 GB payload file", refused by
  the 64 MiB limit) and one just under the limit (60 MiB);
- JSON Lines of --lines-mb MiB (default 500) where every 1,000th line fails, the same at
  --big-lines-mb MiB (default 1024), and --all-failing-mb MiB (default 500) where every line
  fails (the report lists 1,000 failing records per file and counts the rest);
- an Avro object container file of --avro-mb MiB (default 1024) with the null codec, and the same
  records with the deflate codec, every 1,000th record unreadable by the reader's schema (an enum
  symbol it lacks); blocks of 10,000 records, written by hand (no Avro library needed).
Runs `schemacheck validate` on each under `/usr/bin/time -f '%e %M'` and prints one row per
file: size, exit code, seconds, peak resident memory, and the last line schemacheck printed
(stdout goes to a file, so a run that prints millions of lines costs this script nothing).

Too slow for `swift test`; run it by hand after `swift build -c release --product schemacheck`:

    python3 Benchmarks/limits_large_files.py [--binary .build/release/schemacheck] [--only avro]
"""

import argparse
import os
import random
import struct
import subprocess
import sys
import tempfile
import zlib

MIB = 1 << 20

SCHEMA = """{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "required": ["id", "amount", "tags"],
  "properties": {
    "id": {"type": "string", "pattern": "^ORD-[0-9]{6}$"},
    "amount": {"type": "number", "minimum": 0},
    "currency": {"enum": ["EUR", "USD", "GBP"]},
    "tags": {"type": "array", "items": {"type": "string", "maxLength": 16}},
    "note": {"type": "string"}
  }
}
"""


def event(rng, index):
    """One payload as JSON text; every 1,000th is invalid (a negative amount)."""
    amount = -1 if index % 1000 == 999 else rng.randint(0, 100000) / 100
    tags = ",".join('"t%d"' % rng.randint(0, 99) for _ in range(rng.randint(0, 4)))
    return (
        '{"id":"ORD-%06d","amount":%s,"currency":"%s","tags":[%s],"note":"%s"}'
        % (index % 1000000, amount, rng.choice(["EUR", "USD", "GBP"]), tags, "x" * rng.randint(0, 40))
    )


def write_lines(path, size, all_failing=False):
    """JSON Lines of about `size` bytes; returns the number of lines."""
    rng = random.Random(8)
    count = 0
    written = 0
    # Every line fails when index % 1000 == 999.
    step = 1000 if all_failing else 1
    with open(path, "w") as out:
        while written < size:
            chunk = "\n".join(
                event(rng, (count + i) * step + (999 if all_failing else 0)) for i in range(10000)
            ) + "\n"
            out.write(chunk)
            written += len(chunk)
            count += 10000
    return count


def write_document(path, size):
    """One JSON array of about `size` bytes (a single payload)."""
    rng = random.Random(9)
    written = 1
    index = 0
    with open(path, "w") as out:
        out.write("[")
        while written < size:
            chunk = ",".join(event(rng, index + i) for i in range(10000))
            out.write(("," if index else "") + chunk)
            written += len(chunk) + 1
            index += 10000
        out.write("]\n")


AVRO_WRITER = (
    '{"type":"record","name":"Event","namespace":"bench","fields":['
    '{"name":"id","type":"string"},{"name":"amount","type":"double"},'
    '{"name":"currency","type":{"type":"enum","name":"Currency",'
    '"symbols":["EUR","USD","GBP","XXX"]}},'
    '{"name":"tags","type":{"type":"array","items":"string"}},{"name":"note","type":"string"}]}'
)
# The reader's enum lacks XXX and has no default: records with XXX cannot be read.
AVRO_READER = AVRO_WRITER.replace(',"XXX"', "")


def long(value):
    """Avro's zig-zag varint."""
    zigzag = (value << 1) ^ (value >> 63)
    out = bytearray()
    while zigzag >= 0x80:
        out.append((zigzag & 0x7F) | 0x80)
        zigzag >>= 7
    out.append(zigzag)
    return bytes(out)


def string(text):
    data = text.encode()
    return long(len(data)) + data


def avro_record(rng, index):
    """One Event; every 1,000th has the currency XXX."""
    currency = 3 if index % 1000 == 999 else rng.randint(0, 2)
    tags = [b"t%d" % rng.randint(0, 99) for _ in range(rng.randint(0, 4))]
    body = string("ORD-%06d" % (index % 1000000)) + struct.pack("<d", rng.randint(0, 100000) / 100)
    body += long(currency)
    if tags:
        body += long(len(tags)) + b"".join(long(len(t)) + t for t in tags)
    body += long(0) + string("x" * rng.randint(0, 40))
    return body


def write_avro(path, size, codec):
    """A container of about `size` bytes: one block of 10,000 records written again and again
    (the sync marker makes them one file); returns the number of records."""
    rng = random.Random(10)
    records = b"".join(avro_record(rng, i) for i in range(10000))
    data = records
    if codec == "deflate":
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
        data = compressor.compress(records) + compressor.flush()
    sync = bytes(range(16))
    header = b"Obj\x01" + long(2)
    header += string("avro.schema") + string(AVRO_WRITER)
    header += string("avro.codec") + string(codec) + long(0) + sync
    block = long(10000) + long(len(data)) + data + sync
    # The deflate file holds as many records as the null one, so its blocks are fewer bytes.
    blocks = max(1, (size - len(header)) // (len(records) + len(sync) + 6))
    with open(path, "wb") as out:
        out.write(header)
        for _ in range(blocks):
            out.write(block)
    return blocks * 10000


def run(binary, schema, payload, folder):
    """(exit code, seconds, peak KiB, last output line) of one validate run."""
    command = ["/usr/bin/time", "-f", "%e %M", binary, "validate", "--schema", schema, payload]
    output_path = os.path.join(folder, "stdout.txt")
    with open(output_path, "w") as output_file:
        result = subprocess.run(command, stdout=output_file, stderr=subprocess.PIPE, text=True)
    timing = result.stderr.strip().splitlines()[-1].split()
    # `/usr/bin/time` prefixes a failing exit with a line of its own; the numbers come last.
    seconds, peak = float(timing[0]), int(timing[1])
    with open(output_path, "rb") as output_file:
        output_file.seek(max(0, os.path.getsize(output_path) - 4096))
        tail = output_file.read().decode("utf-8", "replace")
    os.remove(output_path)
    output = (tail.strip().splitlines() or [""])[-1]
    messages = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    last = messages[-1] if messages else output
    return result.returncode, seconds, peak, last


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/release/schemacheck")
    parser.add_argument("--single-mb", type=int, default=1024)
    parser.add_argument("--lines-mb", type=int, default=500)
    parser.add_argument("--big-lines-mb", type=int, default=1024)
    parser.add_argument("--all-failing-mb", type=int, default=500)
    parser.add_argument("--avro-mb", type=int, default=1024)
    parser.add_argument(
        "--only", action="append", choices=["json", "lines", "avro"],
        help="run only these groups (repeatable; default all)")
    arguments = parser.parse_args()
    groups = set(arguments.only or ["json", "lines", "avro"])
    binary = os.path.abspath(arguments.binary)
    if not os.access(binary, os.X_OK):
        sys.exit("no binary at %s; run `swift build -c release` first" % binary)
    with tempfile.TemporaryDirectory(prefix="schemacheck-limits-") as folder:
        schema = os.path.join(folder, "schema.json")
        with open(schema, "w") as out:
            out.write(SCHEMA)
        reader = os.path.join(folder, "reader.avsc")
        with open(reader, "w") as out:
            out.write(AVRO_READER)
        inputs = []
        if "json" in groups:
            single = os.path.join(folder, "single.json")
            write_document(single, arguments.single_mb * MIB)
            inputs.append(("one JSON document", schema, single))
            under = os.path.join(folder, "under_limit.json")
            write_document(under, 60 * MIB)
            inputs.append(("one JSON document", schema, under))
        if "lines" in groups:
            for number, (size, failing) in enumerate([
                (arguments.lines_mb, False),
                (arguments.big_lines_mb, False),
                (arguments.all_failing_mb, True),
            ]):
                path = os.path.join(folder, "events-%d.jsonl" % number)
                count = write_lines(path, size * MIB, all_failing=failing)
                which = "every line fails" if failing else "every 1,000th fails"
                inputs.append(("JSON Lines, %d lines, %s" % (count, which), schema, path))
        if "avro" in groups:
            for codec in ["null", "deflate"]:
                path = os.path.join(folder, "events-%s.avro" % codec)
                count = write_avro(path, arguments.avro_mb * MIB, codec)
                inputs.append(
                    ("Avro container (%s), %d records, every 1,000th fails" % (codec, count),
                     reader, path))
        print("| input | size | exit | seconds | peak memory | last line |")
        print("|---|---|---|---|---|---|")
        for label, schema_path, path in inputs:
            size = os.path.getsize(path)
            code, seconds, peak, last = run(binary, schema_path, path, folder)
            print(
                "| %s | %.0f MiB | %d | %.2f | %.0f MiB | %s |"
                % (label, size / MIB, code, seconds, peak / 1024, last[:90])
            )
            sys.stdout.flush()
            # Removed once measured: the folder shrinks as the table grows.
            os.remove(path)


if __name__ == "__main__":
    main()
