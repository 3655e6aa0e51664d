#!/usr/bin/env bash
# Ranking quality with near-duplicate collapsing on (the default) and off (`--duplicates show`),
# on Cranfield, CISI and MED (issue 15), and the near-duplicates among their judged documents.
#
#   bench/dup_quality.sh [OUT_DIR]        (default /tmp/dupquality)
#
# Runs bench/quality.sh twice with ANCHORS="" (search-cli alone: nothing is installed, and
# eval.py scores the runs with the standard library; the anchors' rows do not depend on
# search-cli and are in the README's "Ranking quality" table), then bench/dup_judged.py.
# SKIP_BUILD=1 keeps the release binary as it is (default here: 1; set 0 to build).
# Writes OUT_DIR/collapse/, OUT_DIR/show/ (quality.sh's tables and runs), OUT_DIR/quality.md.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-/tmp/dupquality}
cli=$repo/.build/release/search-cli
mkdir -p "$out"
export SKIP_BUILD=${SKIP_BUILD:-1} ANCHORS=""
"$cli" search --help > "$out/search-help.txt" 2>&1 || true
grep -q -- '--duplicates' "$out/search-help.txt" \
  || { echo "$0: $cli has no search --duplicates (issue 15's search side is not in it)" >&2; exit 64; }
ENGINE_NAME=search-cli-collapse bash "$repo/bench/quality.sh" "$out/collapse" > /dev/null
SKIP_BUILD=1 ENGINE_NAME=search-cli-show SEARCH_FLAGS="--duplicates show ${SEARCH_FLAGS:-}" \
  bash "$repo/bench/quality.sh" "$out/show" > /dev/null
{
  python3 - "$out" <<'PY'
import csv, sys
out = sys.argv[1]
names = ["cranfield", "cisi", "med"]
print("nDCG@10 / MAP / P@10 / Recall@100 (article level)\n")
print("| search-cli | " + " | ".join(names) + " |")
print("|---|" + "---|" * len(names))
vals = {}
for mode in ("collapse", "show"):
    cells = []
    for c in names:
        with open("%s/%s/%s.tsv" % (out, mode, c)) as fh:
            r = next(csv.DictReader(fh, delimiter="\t"))
        vals[(mode, c)] = [float(r[k]) for k in ("ndcg@10", "map", "p@10", "recall@100")]
        cells.append(" / ".join("%.4f" % v for v in vals[(mode, c)]))
    print("| %s | %s |" % ("default (collapsing)" if mode == "collapse" else "`--duplicates show`", " | ".join(cells)))
print("| difference | %s |" % " | ".join(" / ".join("%+.4f" % (a - b) for a, b in zip(vals[("collapse", c)], vals[("show", c)])) for c in names))
PY
  echo
  SEARCH_CLI=$cli python3 "$repo/bench/dup_judged.py" --qcol "${QCOL:-/tmp/qcol}"
} | tee "$out/quality.md"
