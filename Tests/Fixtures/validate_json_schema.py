"""Validates JSON files against a JSON Schema (draft 2020-12) with the
`jsonschema` package; prints one line per problem, nothing when all are
valid.

    python3 validate_json_schema.py SCHEMA.json FILE.json [FILE.json ...]
"""
import json
import sys

from jsonschema import Draft202012Validator


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            location = "/".join(str(part) for part in error.absolute_path)
            print(f"{path}: {location}: {error.message}")


main()
