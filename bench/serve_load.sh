#!/usr/bin/env bash
# The load check of issue 12: wrk (Debian's) against serve's /api/search with the
# bench's Reuters queries (../shared/bench/queries-reuters.txt), at 1, 8 and 64
# connections for DURATION seconds each (default 30), first on a quiet index, then
# while `index build` reindexes changed files every few seconds. Reports requests per
# second, p50/p99 latency and every failed request (non-2xx, socket errors), and
# beside it the in-process time of the same queries through `search --batch`.
#   bench/serve_load.sh [OUT_DIR]          (default /tmp/bench/serve)
# SEARCH_CLI picks the binary (default: a release build, made if missing).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared_bench=$(cd "$root/../shared/bench" && pwd)
out=${1:-/tmp/bench/serve}
duration=${DURATION:-30}
mkdir -p "$out"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cli=${SEARCH_CLI:-$root/.build/release/search-cli}
if [ -z "${SEARCH_CLI:-}" ] && [ ! -x "$cli" ]; then
    (cd "$root" && swift build -c release --static-swift-stdlib --product search-cli)
fi

corpus=$out/corpus
if [ ! -f "$corpus/reuters/reut-00002.txt" ]; then
    (cd "$shared_bench" && ./make_corpus.sh "$corpus" >/dev/null)
fi
index=$out/index
"$cli" index build "$corpus" --index "$index" --quiet
queries=$shared_bench/queries-reuters.txt

# wrk's script: each request the next query, URL-encoded.
python3 - "$queries" > "$out/queries.lua" <<'PY'
import sys, urllib.parse
qs = [l.strip() for l in open(sys.argv[1]) if l.strip() and not l.startswith("#")]
print("local queries = {" + ",".join('"/api/search?q=' + urllib.parse.quote(q, safe="") + '"' for q in qs) + "}")
print("""
local i = 0
request = function()
  i = i % #queries + 1
  return wrk.format("GET", queries[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
""")
PY

"$cli" serve --index "$index" --port 0 > "$out/serve.out" 2> "$out/serve.log" &
server=$!
trap 'kill $server 2>/dev/null; [ -n "${builder:-}" ] && kill $builder 2>/dev/null; true' EXIT
for _ in $(seq 100); do grep -q "^Serving" "$out/serve.out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's|^Serving \(http://[^ ]*\)/ .*|\1|p' "$out/serve.out")

# In-process: the same queries through one `search --batch` (took_us, warm caches).
"$cli" search --index "$index" --batch "$queries" > /dev/null
"$cli" search --index "$index" --batch "$queries" | python3 -c '
import json, statistics, sys
t = sorted(json.loads(l)["took_us"] for l in sys.stdin if l.strip())
print("in-process (search --batch): %d queries, p50 %.2f ms, p99 %.2f ms" % (len(t), t[len(t)//2] / 1000, t[int(len(t)*.99)] / 1000))'

run() {
    local label=$1 connections=$2
    local threads=$(( connections < 2 ? 1 : 2 ))
    local line
    line=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s "$out/queries.lua" "$base" | grep '^RESULT')
    echo "$label, $connections connections: ${line#RESULT }"
}

for c in 1 8 64; do run "quiet index" "$c"; done

# Reindexing: touch 1% of the files and add one, then build, every few seconds.
(
    set +e +o pipefail
    n=0
    while true; do
        n=$((n + 1))
        find "$corpus/reuters" -name '*.txt' | head -n 190 | xargs touch
        printf 'Load check %d\n\nA paragraph written by the load check, round %d.\n' "$n" "$n" > "$corpus/loadcheck-$n.txt"
        "$cli" index build "$corpus" --index "$index" --quiet || echo "build failed" >&2
        sleep 3
    done
) > "$out/builds.log" 2>&1 &
builder=$!
for c in 1 8 64; do run "while reindexing" "$c"; done
kill $builder 2>/dev/null; wait $builder 2>/dev/null || true; builder=""
echo "builds during the check: $(ls "$corpus"/loadcheck-*.txt 2>/dev/null | wc -l); build failures: $(grep -c 'build failed' "$out/builds.log" || true)"
rm -f "$corpus"/loadcheck-*.txt
echo "requests logged: $(grep -c '^search-cli: info: GET ' "$out/serve.log"); answers other than 200: $(grep '^search-cli: info: GET ' "$out/serve.log" | grep -c -v ' 200 [0-9.]* ms$' || true)"
