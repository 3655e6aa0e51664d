#!/usr/bin/env bash
# Latency of a front index over remote shards against a local index of the same archive:
#   bench/remote_latency.sh LOCAL_INDEX FRONT_INDEX [QUERIES]
# (QUERIES default ../shared/bench/queries-reuters.txt). Each index gets one
# `search --batch --bench` process (a warm-up pass, then a timed one: parse, top
# 10, stored fields, snippets, in-process); prints p50/p99/mean of each and what
# the remote shards add per query. SEARCH_CLI picks the binary (default release).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=${SEARCH_CLI:-$here/../.build/release/search-cli}
queries=${3:-$here/../../shared/bench/queries-reuters.txt}
for index in "$1" "$2"; do
    "$cli" search --index "$index" --batch "$queries" --bench --limit 10 --per-article 0 > "/tmp/remote_latency.$$.$(basename "$index")"
done
python3 - "/tmp/remote_latency.$$.$(basename "$1")" "/tmp/remote_latency.$$.$(basename "$2")" <<'PY'
import json, statistics, sys
def load(path):
    rows = [json.loads(line) for line in open(path)]
    return {r["query"]: r for r in rows}
local, front = load(sys.argv[1]), load(sys.argv[2])
def summary(name, rows):
    us = sorted(r["took_us"] for r in rows.values())
    p = lambda q: us[min(len(us) - 1, int(q * len(us)))]
    print(f"{name:6} queries {len(us)}  p50 {p(0.5)/1000:.2f} ms  p99 {p(0.99)/1000:.2f} ms  mean {statistics.mean(us)/1000:.2f} ms")
    return us
summary("local", local); summary("front", front)
extra = [front[q]["took_us"] - local[q]["took_us"] for q in local if q in front]
same = sum(1 for q in local if q in front and [h["id"] for h in local[q]["results"]] == [h["id"] for h in front[q]["results"]])
print(f"added per query: median {statistics.median(extra)/1000:.2f} ms; same top-10 ids for {same} of {len(local)} queries")
PY
rm -f /tmp/remote_latency.$$.*
