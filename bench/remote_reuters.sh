#!/usr/bin/env bash
# Local against federated search over loopback, on the whole of Reuters-21578:
#   bench/remote_reuters.sh [WORK_DIR]     (default /tmp/remote-reuters)
# Converts Reuters (../shared/corpora), splits it into two halves by file
# number, builds one shard index per half (2 shards each, as two shard
# machines would) and one local index of everything, serves the halves'
# shards with `index serve-shards` on loopback, federates a front over the
# four, and runs bench/remote_latency.sh with feedback (the default) and
# without it (SEARCH_CLI_RANKING=prf_docs=0). SEARCH_CLI picks the binary
# (default the release build).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=${SEARCH_CLI:-$here/../.build/release/search-cli}
work=${1:-/tmp/remote-reuters}
shared=$here/../../shared
mkdir -p "$work"
if [ ! -e "$work/all/reut-00002.txt" ]; then
    python3 "$shared/corpora/tools/reuters_to_articles.py" "$shared/corpora/reuters21578" "$work/all" > /dev/null
fi
for half in a b; do
    if [ ! -d "$work/$half" ]; then
        mkdir -p "$work/$half"
        for f in "$work"/all/*.txt; do
            n=$(basename "$f" .txt); n=$((10#${n#reut-}))
            if [ $(( n % 2 )) -eq $([ $half = a ] && echo 0 || echo 1) ]; then ln "$f" "$work/$half/"; fi
        done
    fi
    "$cli" index build "$work/$half" --index "$work/idx-$half" --shards 2 --quiet
done
"$cli" index build "$work/all" --index "$work/local" --shards 2 --quiet
"$cli" index serve-shards --index "$work/idx-a" --port 34330 --interface 127.0.0.1 --host 127.0.0.1 > "$work/servers-a" &
a=$!
"$cli" index serve-shards --index "$work/idx-b" --port 34340 --interface 127.0.0.1 --host 127.0.0.1 > "$work/servers-b" &
b=$!
trap 'kill $a $b 2>/dev/null; wait 2>/dev/null' EXIT
for _ in $(seq 50); do [ "$(cat "$work"/servers-* | wc -l)" -ge 4 ] && break; sleep 0.2; done
rm -rf "$work/front"
"$cli" index federate --index "$work/front" $(cat "$work"/servers-* | sed 's/^/--remote /')
echo "== with feedback (the default)"
SEARCH_CLI="$cli" "$here/remote_latency.sh" "$work/local" "$work/front"
echo "== without feedback"
SEARCH_CLI_RANKING=prf_docs=0 SEARCH_CLI="$cli" "$here/remote_latency.sh" "$work/local" "$work/front"
