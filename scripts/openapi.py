#!/usr/bin/env python3
"""Writes serve's OpenAPI 3.1 document from schemas/*.schema.json, the one
source of every JSON shape: the operations and their parameters are here,
each response schema is the CLI's own (search, grouped, similar, status,
error), and the common definitions become components. The document is
compiled into the binary as Sources/Indexer/Serve/OpenAPIDocument.swift.

    scripts/openapi.py            rewrite the Swift file
    scripts/openapi.py --check    exit 1 if it is not up to date (the tests run this)
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
SWIFT = ROOT / "Sources/Indexer/Serve/OpenAPIDocument.swift"
NAMES = {"search": "SearchResults", "grouped": "GroupedResults", "similar": "SimilarResults", "status": "Status", "error": "Error"}


def param(name, description, schema, required=False):
    p = {"name": name, "in": "query", "description": description, "schema": schema}
    if required:
        p["required"] = True
    return p


def boolean(default):
    return {"type": "boolean", "default": default}


def responses(ok, ok_schema, *errors):
    out = {"200": {"description": ok, "content": {"application/json": {"schema": ok_schema}}}}
    for code in errors:
        out[str(code)] = {"$ref": "#/components/responses/Error"}
    return out


def ref(name):
    return {"$ref": "#/components/schemas/" + name}


PATHS = {
    "/api/search": {"get": {
        "operationId": "search",
        "summary": "Search passages: the object of search --json (with group=true, of search --group --json)",
        "parameters": [
            param("q", "The query, in search-cli's syntax (at most 2,048 characters, not only white space).", {"type": "string", "minLength": 1, "maxLength": 2048, "pattern": "\\S"}, True),
            param("limit", "Results per page (articles with group=true).", {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}),
            param("offset", "Results to skip, for paging.", {"type": "integer", "minimum": 0, "maximum": 1000, "default": 0}),
            param("per_article", "At most this many passages per article (0: no limit); default 2, or 3 with group=true.", {"type": "integer", "minimum": 0, "maximum": 1000}),
            param("sort", "Result order.", {"type": "string", "enum": ["relevance", "date", "path", "path-desc"], "default": "relevance"}),
            param("group", "Group the passages by article.", boolean(False)),
            param("facets", "Count kinds, sections, credits and articles over the whole match set.", boolean(False)),
            param("feedback", "Pseudo-relevance feedback reorders the top 20.", boolean(True)),
            param("explain", "Each result's matching terms and their share of its score.", boolean(False)),
            param("correct", "Search the spelling suggestion instead.", boolean(False)),
            param("synonyms", "Expand every word that has synonyms.", boolean(False)),
            param("duplicates", "Near-identical copies: collapse shows each story (and each caption shown on several pages) once, with its copies in duplicates; show lists every copy, marked with its story.", {"type": "string", "enum": ["collapse", "show"], "default": "collapse"}),
        ],
        "responses": responses("A page of results", {"oneOf": [ref("SearchResults"), ref("GroupedResults")]}, 400, 503),
    }},
    "/api/similar": {"get": {
        "operationId": "similar",
        "summary": "Passages like one passage: the object of similar --json",
        "parameters": [
            param("id", "A passage id, path#N, as results give it.", {"type": "string", "minLength": 1, "maxLength": 2048}, True),
            param("limit", "Results per page.", {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}),
            param("per_article", "At most this many passages per article (0: no limit).", {"type": "integer", "minimum": 0, "maximum": 1000, "default": 2}),
        ],
        "responses": responses("Similar passages", ref("SimilarResults"), 400, 404, 503),
    }},
    "/api/status": {"get": {
        "operationId": "status",
        "summary": "What the index holds and its last build: the object of index status --json",
        "responses": responses("The index's status", ref("Status"), 400, 503),
    }},
}


def rewrite(node):
    """Refs between the schema files become refs between components."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in ("$schema", "$id"):
                continue
            if key == "$ref":
                target, _, pointer = value.partition("#")
                if target:
                    name = target.removesuffix(".schema.json")
                    value = "#/components/schemas/" + (pointer.rsplit("/", 1)[1] if pointer else NAMES[name])
                else:
                    value = "#/components/schemas/" + pointer.rsplit("/", 1)[1]
            out[key] = rewrite(value)
        return out
    if isinstance(node, list):
        return [rewrite(v) for v in node]
    return node


def document():
    components = {}
    for path in sorted(SCHEMAS.glob("*.schema.json")):
        schema = json.loads(path.read_text())
        for sub, sub_schema in schema.pop("$defs", {}).items():
            assert sub not in components, f"two schemas define {sub}"
            components[sub] = rewrite(sub_schema)
        name = NAMES.get(path.name.removesuffix(".schema.json"))
        if name:
            components[name] = rewrite(schema)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "search-cli serve",
            "version": "1",
            "description": "Read-only search over an archive of news articles: the best-matching paragraphs and photo "
                           "captions, ranked. Each answer is the object of the matching search-cli --json output "
                           "(schemas/ in the repository); every error is {format_version, error: {status, message}}.",
        },
        "paths": PATHS,
        "components": {
            "schemas": components,
            "responses": {"Error": {"description": "An error, in one line", "content": {"application/json": {"schema": ref("Error")}}}},
        },
    }


def swift():
    text = json.dumps(document(), indent=2, ensure_ascii=False)
    assert '"""#' not in text
    return ("// Written by scripts/openapi.py from schemas/*.schema.json: do not edit by hand.\n\n"
            "/// `GET /openapi.json`: serve's API in OpenAPI 3.1, its response schemas those\n"
            "/// of the CLI's JSON (`schemas/`), checked against real answers by the tests.\n"
            "enum OpenAPIDocument {\n"
            "    static let json = #\"\"\"\n" + "\n".join("    " + line for line in text.split("\n")) + "\n    \"\"\"#\n}\n")


if __name__ == "__main__":
    wanted = swift()
    if "--check" in sys.argv:
        if SWIFT.read_text() != wanted:
            print("Sources/Indexer/Serve/OpenAPIDocument.swift is out of date: run scripts/openapi.py", file=sys.stderr)
            sys.exit(1)
    else:
        SWIFT.write_text(wanted)
