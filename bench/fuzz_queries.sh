#!/usr/bin/env bash
# The longer query fuzz run of issue 11 (the tests' QueryFuzzTests is the short one):
# 10,000 seeded fuzzed queries in one `search --batch` over an index of Reuters-21578
# (2,000 again with --synonyms --correct --explain), and 300 more as single searches
# with rotating options. Prints p50/p99/max query
# time (took_us), the slowest queries, peak memory, and every problem found (exit 1
# if any): a crash, an exit other than 0 or 64, invalid JSON, an error of more than
# one line.
#   bench/fuzz_queries.sh [OUT_DIR]        (default /tmp/bench/fuzz)
# COUNT, SEED and SINGLES change the set; SEARCH_CLI picks the binary (default: a
# release build, made if missing). Takes about 6 minutes on 2 cores.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
corpora=$(cd "$root/../shared/corpora" && pwd)
out=${1:-/tmp/bench/fuzz}
mkdir -p "$out"

cli=${SEARCH_CLI:-$root/.build/release/search-cli}
if [ -z "${SEARCH_CLI:-}" ] && [ ! -x "$cli" ]; then
    (cd "$root" && swift build -c release --static-swift-stdlib --product search-cli)
fi

corpus=$out/reuters
[ -f "$corpus/reut-00002.txt" ] || python3 "$corpora/tools/reuters_to_articles.py" "$corpora/reuters21578" "$corpus" >/dev/null
index=$out/index
[ -e "$index/XAPIANDB" ] || "$cli" index build "$corpus" --index "$index" --quiet

exec python3 "$here/fuzz_queries.py" "$cli" "$index" "$out" \
    --count "${COUNT:-10000}" --seed "${SEED:-11}" --singles "${SINGLES:-300}"
