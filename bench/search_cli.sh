#!/usr/bin/env bash
# Our engine as an anchor of ../shared/bench (see its README, "Plugging in a new engine"):
#   bench/search_cli.sh CORPUS_DIR INDEX_DIR QUERIES [RAW_JSON_OUT]
# Build, the incremental re-runs (no change; 1% of files touched), then every
# query in one process: top 10 passages with snippets, timed in-process.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shared_bench=${SHARED_BENCH:-$(cd "$here/../../shared/bench" && pwd)}
cli=${SEARCH_CLI:-$here/../.build/release/search-cli}
exec python3 "$shared_bench/run_engine.py" --name search-cli \
    --build "'$cli' index build {corpus} --index {index} --json" \
    --update "'$cli' index build {corpus} --index {index} --json" \
    --search "python3 '$here/search_cli_search.py' '$cli' {index} {queries}" \
    ${4:+--raw "$4"} "$1" "$2" "$3"
