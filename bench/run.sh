#!/usr/bin/env bash
# Runs our engine beside the anchors of ../shared/bench on Reuters-21578 + the
# seed, and writes the table. Takes about 10 minutes on 2 cores.
#   bench/run.sh [OUT.tsv]        (default /tmp/bench/table.tsv)
# RUNS (default 3) and ANCHORS (default "xapian_ref fts5 tantivy omindex")
# are passed to run_anchors.sh; SCALE=1 also runs the 1x/4x growth check.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared_bench=$(cd "$root/../shared/bench" && pwd)
out=${1:-/tmp/bench/table.tsv}
mkdir -p "$(dirname "$out")"

"$root/scripts/ensure-deps.sh"
if ! command -v omindex >/dev/null || ! /usr/bin/python3 -c 'import xapian' 2>/dev/null || [ ! -x /usr/bin/time ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq g++ python3-xapian xapian-omega xapian-tools time >/dev/null
fi
if [ ! -x /tmp/bench/venv/bin/python ]; then
    /usr/bin/python3 -m venv /tmp/bench/venv
    /tmp/bench/venv/bin/pip install -q tantivy==0.27.0
fi
(cd "$root" && swift build -c release --static-swift-stdlib --product search-cli)

corpus=/tmp/bench/corpus
[ -f "$corpus/reuters/reut-00002.txt" ] || (cd "$shared_bench" && ./make_corpus.sh "$corpus")

cd "$shared_bench"
ANCHORS="${ANCHORS:-xapian_ref fts5 tantivy omindex} $here/search_cli.sh" \
    ./run_anchors.sh "$corpus" queries-reuters.txt "$out"
echo "table: $out" >&2

if [ "${SCALE:-0}" = 1 ]; then
    # Growth: 1x and 4x copies of the corpus, our engine beside xapian_ref and fts5.
    for n in 1 4; do
        ANCHORS="xapian_ref fts5 $here/search_cli.sh" ./scale.sh "$n" "$corpus" /tmp/bench/scale
    done
    echo "growth tables: /tmp/bench/scale/scale-x1.tsv /tmp/bench/scale/scale-x4.tsv" >&2
fi
