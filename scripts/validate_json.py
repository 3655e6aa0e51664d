#!/usr/bin/env python3
"""Validates search-cli's JSON output against schemas/*.schema.json (jsonschema, Draft 2020-12).

    validate_json.py SCHEMA [FILE]   each line of FILE (default: stdin) against schemas/SCHEMA.schema.json
    validate_json.py --log DIR       every record the test suite logged in DIR/*.jsonl:
                                     one {"schema": NAME, "args": [...], "output": TEXT} a line

Prints one line per invalid object and exits 1 if there was any; with --log, also
what it checked. Also checks that each schema is itself a valid Draft 2020-12 schema.
"""
import json
import pathlib
import sys

import jsonschema
from referencing import Registry, Resource

SCHEMAS = pathlib.Path(__file__).resolve().parent.parent / "schemas"
BASE = "https://search-cli.invalid/schemas/"


def registry():
    resources = []
    for path in sorted(SCHEMAS.glob("*.schema.json")):
        schema = json.loads(path.read_text())
        jsonschema.Draft202012Validator.check_schema(schema)
        resources.append((schema["$id"], Resource.from_contents(schema)))
    return Registry().with_resources(resources)


def validator(reg, name):
    return jsonschema.Draft202012Validator({"$ref": BASE + name + ".schema.json"}, registry=reg)


def problems(check, text, where):
    out = []
    for number, line in enumerate(text.split("\n"), 1):  # not splitlines: U+0085 and U+2028 are in strings
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            out.append(f"{where} line {number}: not JSON ({error})")
            continue
        for error in check.iter_errors(value):
            path = "/".join(str(p) for p in error.absolute_path)
            out.append(f"{where} line {number} at /{path}: {error.message[:300]}")
    return out


def main(argv):
    reg = registry()
    if len(argv) >= 2 and argv[0] == "--log":
        found, counts = [], {}
        for log in sorted(pathlib.Path(argv[1]).glob("*.jsonl")):
            for record in log.read_text(encoding="utf-8").split("\n"):
                if not record:
                    continue
                entry = json.loads(record)
                counts[entry["schema"]] = counts.get(entry["schema"], 0) + 1
                found += problems(validator(reg, entry["schema"]), entry["output"], " ".join(entry["args"])[:200])
        total = sum(counts.values())
        print(f"validate_json: {total} JSON outputs of the test suite checked against schemas/ "
              f"({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}); {len(found)} problems")
        for line in found:
            print(line)
        return 1 if found else 0
    if not argv:
        print(__doc__)
        return 64
    text = open(argv[1]).read() if len(argv) > 1 else sys.stdin.read()
    found = problems(validator(reg, argv[0]), text, argv[0])
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
