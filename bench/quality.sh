#!/usr/bin/env bash
# Ranking quality of search-cli on Cranfield, CISI and MED, beside the anchors
# (SQLite FTS5, tantivy, plain Xapian), with ../shared/bench/quality.
#
#   bench/quality.sh [OUT_DIR]        (default /tmp/qres)
#
# Writes OUT_DIR/<collection>.tsv (one row per engine and variant, the runs in
# OUT_DIR/<collection>.runs/) and OUT_DIR/table.md, the combined table of nDCG@10 / MAP
# with the best anchor of each collection.
#
# Environment:
#   SHARED        the shared folder with bench/ and corpora/ (default: ../shared beside the repo)
#   QCOL          where the converted collections go (default /tmp/qcol)
#   COLLECTIONS   default "cranfield cisi med"
#   ANCHORS       passed to run_all.sh (default "fts5 tantivy xapian"; "" runs search-cli alone)
#   SKIP_BUILD=1  use the release binary as it is
#   PER_ARTICLE   --per-article for the searches (default 1: 1000 results reach 1000 articles)
#   ENGINE_NAME   the CLI's name in the tables (default search-cli)
#   SEARCH_FLAGS  more options for the searches (e.g. --no-feedback)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$(cd "$repo/.." && pwd)/shared}
QCOL=${QCOL:-/tmp/qcol}
COLLECTIONS=${COLLECTIONS:-cranfield cisi med}
PER_ARTICLE=${PER_ARTICLE:-1}
out=${1:-/tmp/qres}
quality=$SHARED/bench/quality
corpora=$SHARED/corpora
tool=$corpora/tools/smart_to_articles.py

[ -d "$quality" ] || { echo "$0: no $quality (set SHARED)" >&2; exit 64; }
mkdir -p "$out"

# The anchors' dependencies: python3-xapian and the venv with tantivy and ir_measures.
# With ANCHORS="" nothing is installed: search-cli is scored by eval.py alone (standard
# library; run_all.sh notes that the metrics are not cross-checked without ir_measures).
if [ -n "${ANCHORS-fts5 tantivy xapian}" ] && { ! /usr/bin/python3 -c "import xapian" 2>/dev/null \
   || [ ! -x /tmp/quality-venv/bin/python ] \
   || ! /tmp/quality-venv/bin/python -c "import tantivy, ir_measures" 2>/dev/null; }; then
  bash "$quality/setup.sh"
fi

# The collections, converted once.
convert() {  # NAME DOCS QUERIES QRELS
  local name=$1
  [ -f "$QCOL/$name/qrels.tsv" ] && return
  rm -rf "${QCOL:?}/$name"
  python3 "$tool" "$corpora/$2" "$corpora/$3" "$corpora/$4" "$QCOL/$name" >&2
}
for c in $COLLECTIONS; do
  case $c in
    cranfield) convert cranfield cranfield/cran.all.1400 cranfield/cran.qry cranfield/cranqrel ;;
    cisi) convert cisi cisi/CISI.ALL cisi/CISI.QRY cisi/CISI.REL ;;
    med) convert med med/MED.ALL med/MED.QRY med/MED.REL ;;
    *) echo "$0: unknown collection $c" >&2; exit 64 ;;
  esac
done

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (cd "$repo" && swift build -c release --static-swift-stdlib -j 1 >&2)
fi
cli=$repo/.build/release/search-cli
[ -x "$cli" ] || { echo "$0: no $cli" >&2; exit 1; }

for c in $COLLECTIONS; do
  echo "== $c" >&2
  ENGINE_NAME=${ENGINE_NAME:-search-cli} \
  ENGINE_BUILD="$cli index build --quiet --index {index} {corpus}" \
  ENGINE_BATCH="$cli search --index {index} --batch - --json --limit {depth} --per-article $PER_ARTICLE ${SEARCH_FLAGS:-}" \
    bash "$quality/run_all.sh" "$QCOL/$c" "$out/$c.tsv"
done

# The combined table: nDCG@10 / MAP per engine and variant, and the best anchor.
python3 - "$out" $COLLECTIONS > "$out/table.md" <<'EOF'
import csv, sys
out, names = sys.argv[1], sys.argv[2:]
rows, order = {}, []
for c in names:
    with open("%s/%s.tsv" % (out, c)) as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            key = (r["engine"], r["variant"])
            if key not in order:
                order.append(key)
            rows[(c,) + key] = (float(r["ndcg@10"]), float(r["map"]))
anchors = ("fts5", "tantivy", "xapian")
print("nDCG@10 / MAP (article level; an article ranks by its best passage)\n")
print("| engine | variant | " + " | ".join(names) + " |")
print("|---|---|" + "---|" * len(names))
for key in order:
    cells = ["%.4f / %.4f" % rows[(c,) + key] if (c,) + key in rows else "-" for c in names]
    print("| %s | %s | %s |" % (key[0], key[1], " | ".join(cells)))
best = []
for c in names:
    if not any(k[0] == c and k[1] in anchors for k in rows):
        continue  # ANCHORS="": no anchor rows
    nd = max((v[0], k) for k, v in rows.items() if k[0] == c and k[1] in anchors)
    mp = max((v[1], k) for k, v in rows.items() if k[0] == c and k[1] in anchors)
    best.append("%.4f (%s %s) / %.4f (%s %s)" % (nd[0], nd[1][1], nd[1][2], mp[0], mp[1][1], mp[1][2]))
if best:
    print("| **best anchor** | | " + " | ".join(best) + " |")
EOF
cat "$out/table.md"
