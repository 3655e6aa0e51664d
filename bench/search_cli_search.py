#!/usr/bin/env python3
"""Bench adapter: runs `search-cli search --batch QUERIES --bench` (one process:
a warm-up pass, then one timed pass, each query timed in-process around parse,
top 10, stored fields and snippets; exact match counts outside the timing) and
prints the JSON object ../shared/bench/run_engine.py expects.

Usage: search_cli_search.py SEARCH_CLI INDEX_DIR QUERIES
"""
import json
import subprocess
import sys


def main():
    cli, index, queries = sys.argv[1:4]
    out = subprocess.run(
        [cli, "search", "--index", index, "--batch", queries, "--bench",
         "--limit", "10", "--per-article", "0"],
        check=True, stdout=subprocess.PIPE).stdout.decode("utf-8")
    version = subprocess.run([cli, "--version"], check=True,
                             stdout=subprocess.PIPE).stdout.decode().strip()
    status = json.loads(subprocess.run([cli, "index", "status", "--index", index, "--json"],
                                       check=True, stdout=subprocess.PIPE).stdout)
    results = []
    for line in out.splitlines():
        r = json.loads(line)
        entry = {"query": r["query"], "us": r.get("took_us", 0), "matches": r.get("exact_total", 0),
                 "hits": [h["id"] for h in r.get("results", [])]}
        if r.get("results"):
            entry["top_title"] = r["results"][0]["title"]
            entry["top_snippet"] = r["results"][0]["snippet"]
        if r.get("error"):
            entry["error"] = r["error"]
        results.append(entry)
    print(json.dumps({"engine_info": version, "documents": status["documents"],
                      "latency_kind": "in-process", "results": results}))


if __name__ == "__main__":
    main()
