#!/usr/bin/env bash
# Builds the seed corpora in FuzzTesting/Corpus/<target>/ (generated, gitignored) from the
# repository's Fixtures/, the shared corpora beside the repository (../shared/corpora, when
# present) and a few hand-encoded payloads for the fixed schemas of the payload targets.
# Usage: FuzzTesting/seed.sh        (safe to run again: it only adds files)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
fixtures="$repo/Fixtures"
shared="$repo/../shared/corpora"
corpus="$here/Corpus"
# Seeds larger than this are skipped: run.sh caps inputs near this size anyway.
max_bytes=65536

# copy TARGET FILE...: copies each file under a name made from its path, skipping big ones.
copy() {
  local target="$1"
  shift
  mkdir -p "$corpus/$target"
  local file
  for file in "$@"; do
    [[ -f "$file" ]] || continue
    (($(wc -c <"$file") <= max_bytes)) || continue
    local name="${file#"$repo"/}"
    name="${name#../}"
    cp "$file" "$corpus/$target/${name//\//_}"
  done
}

# files ROOT PATTERN...: the files under ROOT (when it exists) whose names match a pattern.
files() {
  local root="$1"
  shift
  [[ -d "$root" ]] || return 0
  local expression=(-name "$1")
  shift
  local pattern
  for pattern in "$@"; do expression+=(-o -name "$pattern"); done
  find "$root" -type f \( "${expression[@]}" \) | LC_ALL=C sort
}

# hex TARGET NAME HEX: writes one binary seed given as hex digits.
hex() {
  mkdir -p "$corpus/$1"
  local digits bytes="" index
  digits="$(printf '%s' "$3" | tr -d ' \n')"
  for ((index = 0; index < ${#digits}; index += 2)); do bytes+="\\x${digits:index:2}"; done
  printf '%b' "$bytes" >"$corpus/$1/$2"
}

mapfile -t json < <(files "$fixtures" '*.json' '*.avsc' '*.jsonl'; files "$shared" '*.json')
mapfile -t yaml < <(files "$fixtures" '*.yaml' '*.yml'; files "$shared" '*.yaml' '*.yml')
mapfile -t avro < <(files "$fixtures" '*.avsc'; files "$shared/avro" '*.json' '*.avsc')
mapfile -t proto < <(files "$fixtures" '*.proto'; files "$shared" '*.proto')
mapfile -t schemas < <(files "$fixtures/jsonschema" '*.json'; files "$fixtures/breaking/jsonschema" '*.json')
mapfile -t payloads < <(files "$fixtures/examples" '*.json')

copy FuzzJSONReader "${json[@]}"
copy FuzzYAMLReader "${yaml[@]}" "${schemas[@]}"
copy FuzzAvroParser "${avro[@]}"
copy FuzzProtoParser "${proto[@]}"
copy FuzzJSONSchemaCompiler "${schemas[@]}"
copy FuzzJSONSchemaValidation "${payloads[@]}"
copy FuzzAvroBinary $(files "$fixtures/examples" '*.avro' '*.bin')
copy FuzzProtoBinary $(files "$fixtures/examples" '*.bin' '*.binpb')

# The JSON Schema Test Suite: every schema for the compiler, every instance for validation.
suite="$shared/JSON-Schema-Test-Suite/tests"
if [[ -d "$suite" ]] && command -v python3 >/dev/null; then
  python3 - "$suite" "$corpus" <<'PY'
import json, os, sys
suite, corpus = sys.argv[1], sys.argv[2]
seen = set()
for target in ("FuzzJSONSchemaCompiler", "FuzzJSONSchemaValidation"):
    os.makedirs(os.path.join(corpus, target), exist_ok=True)
for root, _, names in sorted(os.walk(suite)):
    for name in sorted(names):
        if not name.endswith(".json"):
            continue
        path = os.path.join(root, name)
        stem = os.path.relpath(path, suite).replace("/", "_")[:-5]
        with open(path, encoding="utf-8") as handle:
            groups = json.load(handle)
        for group_index, group in enumerate(groups):
            # Instances repeat a lot across the suite (`1`, `"foo"`): keep one of each.
            with open(os.path.join(corpus, "FuzzJSONSchemaCompiler",
                                   f"{stem}-{group_index}.json"), "w") as out:
                json.dump(group["schema"], out)
            for test_index, test in enumerate(group["tests"]):
                text = json.dumps(test["data"])
                if text in seen:
                    continue
                seen.add(text)
                with open(os.path.join(corpus, "FuzzJSONSchemaValidation",
                                       f"{stem}-{group_index}-{test_index}.json"), "w") as out:
                    out.write(text)
PY
fi

# Avro: old and new schema of each compatibility fixture, in both orders, split by a NUL byte.
mkdir -p "$corpus/FuzzAvroCompatibility"
for case in "$fixtures"/compat/avro/*/ "$fixtures"/breaking/schemas/*/; do
  [[ -f "$case/old.avsc" && -f "$case/new.avsc" ]] || continue
  name="$(basename "$case")"
  { cat "$case/old.avsc"; printf '\0'; cat "$case/new.avsc"; } \
    >"$corpus/FuzzAvroCompatibility/$name"
  { cat "$case/new.avsc"; printf '\0'; cat "$case/old.avsc"; } \
    >"$corpus/FuzzAvroCompatibility/$name-reversed"
done
for schema in $(files "$fixtures/schemas" '*.avsc'); do
  name="$(basename "$schema" .avsc)"
  { cat "$schema"; printf '\0'; cat "$schema"; } >"$corpus/FuzzAvroCompatibility/$name-same"
done

# One valid datum of each fixed schema in Schemas/.
hex FuzzAvroBinary order \
  "48 31323365343536372d653839622d313264332d613435362d343236363134313734303030 01 02 d804
   0000803f 000000000000f03f 04dead 0404d2 41424344 0000000000003039 f0a802 00
   010000000200000003000000 02 04 0261 046263 00 02 026b 02 0a 00 00 02 0278"
hex FuzzAvroBinary order-linked \
  "0230 00 00 00 00000000 0000000000000000 00 0200 00000000 0000000000000000 00 00
   000000000000000000000000 00 00 00 02
   0230 00 00 00 00000000 0000000000000000 00 0200 00000000 0000000000000000 00 00
   000000000000000000000000 00 00 00 00 00 00"
hex FuzzProtoBinary legacy \
  "082a 1203616263 1a03010203 2005 2b 3202ff00 3a020801 2c 42070a016b12020807 4803
   620408011002 6d01000000 7001 7d0000803f a00601 aa06017a"
hex FuzzProtoBinary legacy-minimal "0801"

for target in "$corpus"/*/; do
  printf '%-26s %5d seeds\n' "$(basename "$target")" "$(find "$target" -type f | wc -l)"
done
