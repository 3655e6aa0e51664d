#!/usr/bin/env bash
# Near-duplicate stories (issue 15): make the labelled test set, then measure precision and
# recall of search-cli's story clusters at each threshold.
#
#   bench/duplicates.sh [OUT_DIR]        (default /tmp/dupres)
#
# Writes OUT_DIR/dup_eval.md (the tables) and OUT_DIR/dup_eval.json (every figure).
# Environment:
#   SEARCH_CLI   the binary (default .build/release/search-cli)
#   DUPSET       where bench/dup_corpus.py writes the test set (default /tmp/dupset); it is
#                made once and reused while its manifest has the same seed and hand labels
#                (REGEN=1 makes it again)
#   SEED         default 15
#   THRESHOLDS   default 0.3,0.4,0.5,0.6,0.7,0.8,0.9
#   WORK         the indexes (default /tmp/dupeval-idx)
#   NO_REUTERS=1 skips the Reuters-alone cluster table
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cli=${SEARCH_CLI:-$repo/.build/release/search-cli}
set_dir=${DUPSET:-/tmp/dupset}
seed=${SEED:-15}
out=${1:-/tmp/dupres}
mkdir -p "$out"
[ -x "$cli" ] || { echo "$0: no $cli (set SEARCH_CLI)" >&2; exit 64; }
build_help=$("$cli" index build --help 2>&1 || true)
grep -q -- --dup-threshold <<<"$build_help" \
  || { echo "$0: $cli has no --dup-threshold (issue 15's index side is not in it)" >&2; exit 64; }

hand_sha=$(sha256sum "$repo/bench/dup_labels_hand.jsonl" | cut -d' ' -f1)
if [ "${REGEN:-0}" = 1 ] || ! python3 - "$set_dir/manifest.json" "$seed" "$hand_sha" <<'PY'
import json, sys
try:
    m = json.load(open(sys.argv[1]))
except (OSError, ValueError):
    sys.exit(1)
sys.exit(0 if m["seed"] == int(sys.argv[2]) and m["hand_labels_sha256"] == sys.argv[3] else 1)
PY
then
  python3 "$repo/bench/dup_corpus.py" --out "$set_dir" --seed "$seed" > "$out/manifest.json"
fi

python3 "$repo/bench/dup_eval.py" --set "$set_dir" --cli "$cli" --work "${WORK:-/tmp/dupeval-idx}" \
  --thresholds "${THRESHOLDS:-0.3,0.4,0.5,0.6,0.7,0.8,0.9}" ${NO_REUTERS:+--no-reuters} \
  --json "$out/dup_eval.json" | tee "$out/dup_eval.md"
