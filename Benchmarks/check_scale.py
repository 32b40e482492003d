#!/usr/bin/env python3
"""Times `schemacheck check` on a generated git repository of 5,000 subjects, without and with
the content-hash cache (`--cache`).

Usage (from anywhere): python3 Benchmarks/check_scale.py [--subjects 5000] [--versions 5]
    [--runs 3] [--changed-percent 1] [--skip-build] [--schemacheck BIN]

Generates (seeded, under Benchmarks/data/check-scale-<subjects>x<versions>, gitignored) a git
repository whose history holds the versions: one commit per version generation, each commit
changing every schema compatibly (one more optional field), except a few subjects that break in
the last commit, so the verdict is known in advance. A third of the subjects are Avro (`.avsc`,
using the named type `com.acme.common.Money` of a shared subject), a third Protobuf (`.proto`,
importing `common/money.proto`), a third JSON Schema (`.json`, draft 2020-12). The
`schemacheck.yaml` has no `versions:`, so every earlier version comes from `git log --follow`;
most subjects are BACKWARD_TRANSITIVE, every tenth BACKWARD, some FULL_TRANSITIVE.

It times `schemacheck check --config ... --format json` as whole processes, --runs times each,
interleaved: without the cache, with `--cache` on an empty cache folder, with `--cache` again
(nothing changed), and with `--cache` after changing --changed-percent of the subjects in the
work tree (one more optional field each; undone after the run). It prints medians, CPU time and
peak resident memory (from /usr/bin/time) and checks that every run exits with the same code
and reports the same incompatible subjects as the uncached run, and that those are the ones the
generator broke.
"""
import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Benchmarks", "data")
BREAK_EVERY = 500
GIT_ENV = {"GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.invalid",
           "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.invalid"}


def kind(index):
    return ("avro", "proto", "json")[index % 3]


def is_broken(index):
    return index % BREAK_EVERY == BREAK_EVERY - 1


def mode(index):
    if index % 10 == 0:
        return "BACKWARD"
    # Adding a property to a closed JSON Schema content model is not forward compatible.
    if index % 15 == 0 and kind(index) != "json":
        return "FULL_TRANSITIVE"
    return None


def path_of(index):
    extension = {"avro": "avsc", "proto": "proto", "json": "json"}[kind(index)]
    folder = {"avro": "schemas", "proto": "proto", "json": "jsonschema"}[kind(index)]
    return f"{folder}/d{index % 20}/event{index}.{extension}"


def avro_text(index, version, broken, extra_field=False):
    amount = "string" if broken else "long"
    fields = [
        {"name": "event_id", "type": {"type": "string", "logicalType": "uuid"}},
        {"name": "occurred_at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
        {"name": "amount_cents", "type": amount},
        {"name": "total", "type": "com.acme.common.Money"},
        {"name": "status", "type": {"type": "enum", "name": f"Status{index}",
                                    "symbols": ["NEW", "PAID", "SHIPPED"]}},
    ]
    for extra in range(1, version):
        fields.append({"name": f"extra_{extra}", "type": ["null", "string"], "default": None})
    if extra_field:
        fields.append({"name": "touched", "type": ["null", "long"], "default": None})
    schema = {"type": "record", "name": f"Event{index}", "namespace": f"com.acme.d{index % 20}",
              "doc": f"Event number {index}.", "fields": fields}
    return json.dumps(schema, indent=2) + "\n"


def proto_text(index, version, broken, extra_field=False):
    amount = "string" if broken else "int64"
    lines = ['syntax = "proto3";', "", f"package acme.d{index % 20}.v1;", "",
             'import "common/money.proto";', "", f"message Event{index} {{",
             "  string event_id = 1;", f"  {amount} amount_cents = 2;",
             "  acme.common.Money total = 3;", "  Status status = 4;"]
    for extra in range(1, version):
        lines.append(f"  string extra_{extra} = {10 + extra};")
    if extra_field:
        lines.append("  int64 touched = 99;")
    lines += ["", "  enum Status {", "    STATUS_UNSPECIFIED = 0;", "    STATUS_NEW = 1;",
              "    STATUS_PAID = 2;", "  }", "}"]
    return "\n".join(lines) + "\n"


def json_text(index, version, broken, extra_field=False):
    properties = {
        "eventId": {"type": "string", "format": "uuid"},
        "amount": {"type": "string" if broken else "number", "minimum": 0},
        "customer": {"type": "object", "properties": {
            "id": {"type": "string"}, "email": {"type": "string", "format": "email"}},
            "required": ["id"]},
    }
    for extra in range(1, version):
        properties[f"extra{extra}"] = {"type": "string"}
    if extra_field:
        properties["touched"] = {"type": "integer"}
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": f"Event{index}", "type": "object", "properties": properties,
              "required": ["eventId"], "additionalProperties": False}
    return json.dumps(schema, indent=2) + "\n"


def text(index, version, versions, extra_field=False):
    broken = is_broken(index) and version == versions
    make = {"avro": avro_text, "proto": proto_text, "json": json_text}[kind(index)]
    return make(index, version, broken, extra_field)


def shared_files(version):
    """The files every subject of a format uses; they change compatibly in each commit too."""
    money_fields = [{"name": "units", "type": "long"},
                    {"name": "currency", "type": "string"}]
    money_proto = ['syntax = "proto3";', "", "package acme.common;", "", "message Money {",
                   "  int64 units = 1;", "  string currency = 2;"]
    for extra in range(1, version):
        money_fields.append({"name": f"note_{extra}", "type": ["null", "string"],
                             "default": None})
        money_proto.append(f"  string note_{extra} = {10 + extra};")
    money_proto.append("}")
    avro = {"type": "record", "name": "Money", "namespace": "com.acme.common",
            "fields": money_fields}
    return {"schemas/common/money.avsc": json.dumps(avro, indent=2) + "\n",
            "proto/common/money.proto": "\n".join(money_proto) + "\n"}


def write(folder, relative, content):
    path = os.path.join(folder, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write(content)


def git(folder, *arguments, date=None):
    environment = dict(os.environ, **GIT_ENV)
    if date:
        environment["GIT_AUTHOR_DATE"] = environment["GIT_COMMITTER_DATE"] = date
    subprocess.run(["git", "-C", folder, *arguments], check=True, env=environment,
                   capture_output=True)


def config_text(subjects):
    lines = ["version: 1", "defaults:", "  compatibility: BACKWARD_TRANSITIVE",
             "proto:", "  roots: [proto]", "subjects:",
             "  - name: common.money", "    schema: schemas/common/money.avsc"]
    for index in range(subjects):
        lines += [f"  - name: d{index % 20}.event-{index}", f"    schema: {path_of(index)}"]
        if mode(index):
            lines.append(f"    compatibility: {mode(index)}")
    return "\n".join(lines) + "\n"


def generate(folder, subjects, versions):
    """The repository: `versions` commits, each a new version of every file."""
    marker = os.path.join(folder, ".git", "bench-complete")
    if os.path.exists(marker):
        return
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    git(folder, "init", "-q", "-b", "main")
    write(folder, "schemacheck.yaml", config_text(subjects))
    write(folder, ".gitignore", ".schemacheck-cache/\n")
    for version in range(1, versions + 1):
        for relative, content in shared_files(version).items():
            write(folder, relative, content)
        for index in range(subjects):
            write(folder, path_of(index), text(index, version, versions))
        git(folder, "add", "-A")
        git(folder, "commit", "-q", "-m", f"version {version}",
            date=f"2026-01-0{version}T12:00:00Z" if version < 10 else None)
    open(marker, "w").close()


def broken_subjects(subjects):
    return sorted(f"d{index % 20}.event-{index}" for index in range(subjects) if is_broken(index))


def change_some(folder, subjects, versions, percent, seed):
    """Adds a field to `percent` % of the subjects in the work tree; returns their paths."""
    rng = random.Random(seed)
    count = max(1, subjects * percent // 100)
    chosen = rng.sample([index for index in range(subjects) if not is_broken(index)], count)
    for index in chosen:
        write(folder, path_of(index), text(index, versions, versions, extra_field=True))
    return [path_of(index) for index in chosen]


def restore(folder, paths):
    if paths:
        git(folder, "checkout", "--", *paths)


def run_once(binary, config, cache_dir=None):
    """One whole process: wall, CPU (user + system) and peak memory, exit code, incompatible
    subjects."""
    command = [binary, "check", "--config", config, "--format", "json"]
    if cache_dir:
        command += ["--cache-dir", cache_dir]
    time_tool = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None
    start = time.perf_counter()
    if time_tool:
        result = subprocess.run([time_tool, "-f", "%M %U %S", *command], capture_output=True,
                                text=True)
        elapsed = time.perf_counter() - start
        peak, user, system = result.stderr.strip().splitlines()[-1].split()
        peak_mb, cpu = int(peak) / 1024, float(user) + float(system)
    else:
        result = subprocess.run(command, capture_output=True, text=True)
        elapsed, peak_mb, cpu = time.perf_counter() - start, 0.0, 0.0
    if result.returncode not in (0, 1):
        sys.exit(f"schemacheck check exited {result.returncode}:\n{result.stdout[-2000:]}\n"
                 f"{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    incompatible = sorted(subject["name"] for subject in report["subjects"]
                          if not subject["compatible"])
    return {"wall": elapsed, "cpu": cpu, "peak": peak_mb, "code": result.returncode,
            "incompatible": incompatible, "findings": len(report["findings"])}


SCENARIOS = ["no cache", "cache, cold", "cache, warm", "cache, 1% changed"]


def measure(binary, folder, subjects, versions, runs, percent):
    """Every scenario `runs` times, interleaved. Returns the runs per scenario."""
    config = os.path.join(folder, "schemacheck.yaml")
    cache_dir = os.path.join(folder, ".schemacheck-cache")
    results = {scenario: [] for scenario in SCENARIOS}
    for round_index in range(runs):
        results["no cache"].append(run_once(binary, config))
        shutil.rmtree(cache_dir, ignore_errors=True)
        results["cache, cold"].append(run_once(binary, config, cache_dir))
        results["cache, warm"].append(run_once(binary, config, cache_dir))
        changed = change_some(folder, subjects, versions, percent, seed=round_index)
        try:
            results["cache, 1% changed"].append(run_once(binary, config, cache_dir))
        finally:
            restore(folder, changed)
    return results


def verify(results, subjects):
    """The verdict must not depend on the cache: same exit code and incompatible subjects."""
    expected = broken_subjects(subjects)
    code = 1 if expected else 0
    for scenario, runs in results.items():
        for run in runs:
            if run["code"] != code or run["incompatible"] != expected:
                sys.exit(f"{scenario}: exit {run['code']}, incompatible "
                         f"{run['incompatible'][:20]} ({len(run['incompatible'])}); expected "
                         f"exit {code} and {expected}")
    baseline = results["no cache"][0]["findings"]
    for scenario in ["cache, cold", "cache, warm"]:
        for run in results[scenario]:
            if run["findings"] != baseline:
                sys.exit(f"{scenario}: {run['findings']} findings, {baseline} without the cache")
    return expected


def summary(results):
    """Per scenario: median wall, median CPU, max peak memory."""
    return {scenario: (statistics.median(run["wall"] for run in runs),
                       statistics.median(run["cpu"] for run in runs),
                       max(run["peak"] for run in runs))
            for scenario, runs in results.items()}


def binary_path(args):
    if args.schemacheck:
        return args.schemacheck
    if not args.skip_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "schemacheck"],
                       cwd=ROOT, check=True)
    bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"],
                              cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_path, "schemacheck")


def folder_for(subjects, versions):
    return os.path.join(DATA, f"check-scale-{subjects}x{versions}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--subjects", type=int, default=5000)
    parser.add_argument("--versions", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--changed-percent", type=int, default=1)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--schemacheck")
    args = parser.parse_args()
    folder = folder_for(args.subjects, args.versions)
    started = time.perf_counter()
    generate(folder, args.subjects, args.versions)
    print(f"repository ready in {time.perf_counter() - started:.1f} s: {folder}")
    binary = binary_path(args)
    load_before = os.getloadavg()[0]
    results = measure(binary, folder, args.subjects, args.versions, args.runs,
                      args.changed_percent)
    expected = verify(results, args.subjects)
    print(f"check of {args.subjects + 1} subjects x {args.versions} versions in git history, "
          f"{len(expected)} incompatible (as generated), median of {args.runs}:")
    for scenario, (wall, cpu, peak) in summary(results).items():
        print(f"  {scenario:<18} {wall:6.2f} s wall, {cpu:6.2f} s CPU, peak {peak:.0f} MB")
    print(f"  load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after "
          f"({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
