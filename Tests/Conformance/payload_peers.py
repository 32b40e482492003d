"""What the payload peer scripts share: the venv with the peers, the schemacheck binary, and
reading schemacheck's JSON report back into verdicts per payload.

Used by avro_payload_differential.py and protobuf_payload_crosscheck.py (run them, not this).
"""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VENV = os.path.join(ROOT, "Benchmarks", "data", "payload-venv")
PEER_PACKAGES = ["fastavro", "protobuf"]


def ensure_peers(script, module):
    """Re-runs `script` inside a venv with the peers when `module` is not importable."""
    try:
        __import__(module)
        return
    except ImportError:
        pass
    if os.environ.get("SCHEMACHECK_PEER_VENV") == "1":
        sys.exit(f"{module} is not importable even inside {VENV}")
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([python, "-m", "pip", "install", "--quiet"] + PEER_PACKAGES, check=True)
    env = dict(os.environ, SCHEMACHECK_PEER_VENV="1")
    os.execve(python, [python, os.path.abspath(script)] + sys.argv[1:], env)


def build(skip):
    binary = os.path.join(ROOT, ".build", "release", "schemacheck")
    if not skip:
        subprocess.run(["swift", "build", "-c", "release", "--product", "schemacheck"],
                       cwd=ROOT, check=True, capture_output=True)
    return binary


def dumps(value):
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def rule_ids(payload, severity):
    return sorted({e.get("ruleId", "?") for e in payload.ours_errors or []
                   if e.get("severity") == severity})


def schemacheck_report(command):
    """Runs schemacheck; returns (payload entries by (file name, line), unreadable places by
    (file name, line)), or raises RuntimeError. Exit 2 still counts when the JSON report came:
    a line it could not parse (a duplicate key) then has an error finding, not an entry."""
    result = subprocess.run(command, capture_output=True, text=True)
    try:
        report = json.loads(result.stdout) if result.returncode in (0, 1, 2) else None
    except ValueError:
        report = None
    if report is None:
        raise RuntimeError(f"exit {result.returncode}: {result.stderr.strip()[-600:]}")
    entries = {}
    for entry in report.get("payloads", []):
        entries[(os.path.basename(entry["file"]), entry.get("line"))] = entry
    unreadable = {}
    for finding in report.get("findings", []):
        location = finding.get("location") or {}
        if finding.get("severity") == "error" and location.get("file"):
            key = (os.path.basename(location["file"]), location.get("line"))
            unreadable.setdefault(key, finding)
    if not entries and not unreadable:
        raise RuntimeError(f"exit {result.returncode}, no payloads reported: "
                           f"{result.stderr.strip()[-600:]}")
    return entries, unreadable


def apply_report(payloads, command):
    """Sets each payload's verdict from one schemacheck run over all of them."""
    entries, unreadable = schemacheck_report(command)
    for payload in payloads:
        name = os.path.basename(payload.file)
        entry = entries.get((name, payload.line)) if payload.line is not None else next(
            (e for (file, _), e in entries.items() if file == name), None)
        if entry is not None:
            payload.ours = bool(entry["valid"])
            payload.ours_errors = entry.get("errors", [])
            continue
        finding = unreadable.get((name, payload.line)) if payload.line is not None else next(
            (f for (file, _), f in unreadable.items() if file == name), None)
        if finding is None:
            raise RuntimeError(f"no verdict for {name}" + (
                f":{payload.line}" if payload.line else ""))
        payload.ours = False
        payload.ours_errors = [{"ruleId": finding["ruleId"], "severity": "error",
                                "message": finding.get("message", "")}]


def uvarint(number):
    """An unsigned varint, as a length-delimited stream prefixes each payload."""
    out = bytearray()
    while True:
        byte = number & 0x7F
        number >>= 7
        if number:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def apply_delimited(payloads, command, path):
    """All payloads in one length-delimited file (`--delimited`); payload i's verdict is the
    entry with record i + 1."""
    with open(path, "wb") as handle:
        for payload in payloads:
            handle.write(uvarint(len(payload.data)) + payload.data)
    result = subprocess.run(command + ["--delimited", path], capture_output=True, text=True)
    try:
        report = json.loads(result.stdout) if result.returncode in (0, 1, 2) else None
    except ValueError:
        report = None
    if report is None:
        raise RuntimeError(f"exit {result.returncode}: {result.stderr.strip()[-600:]}")
    by_record = {entry.get("record"): entry for entry in report.get("payloads", [])}
    for index, payload in enumerate(payloads):
        entry = by_record.get(index + 1)
        if entry is None:
            raise RuntimeError(f"no verdict for record {index + 1} of {path}")
        payload.file, payload.line = f"{os.path.basename(path)}#{index + 1}", None
        payload.ours = bool(entry["valid"])
        payload.ours_errors = entry.get("errors", [])


def apply_alone(payload, command):
    """One file alone (an empty one): exit 2 without a report counts as invalid."""
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode in (0, 1):
        entry = json.loads(result.stdout)["payloads"][0]
        payload.ours, payload.ours_errors = bool(entry["valid"]), entry.get("errors", [])
    else:
        payload.ours = False
        payload.ours_errors = [{"ruleId": f"exit {result.returncode}", "severity": "error",
                                "message": result.stderr.strip()[-200:]}]
