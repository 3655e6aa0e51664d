#!/usr/bin/env bash
# Cost of near-duplicate detection (issue 15) on Reuters-21578 + the seed, side by side in
# one run: fingerprints off (--dup-threshold off) against the default.
#
#   bench/dup_cost.sh [OUT_DIR]        (default /tmp/dupcost)
#
# Each of RUNS rounds (default 3; the order of the two modes alternates between rounds):
#   - a fresh build of the corpus with each mode: wall s, CPU s (user + sys), peak RSS
#     (GNU time %M), index MB (du -sb of the index folder, 10^6 bytes);
#   - an incremental build after editing 1% of the files (every 100th file by name: one
#     sentence of its last paragraph dropped and a new paragraph added), on a copy of the corpus;
#   - search latency over ../shared/bench/queries-reuters.txt through one
#     `search --batch --bench --limit 10 --per-article 0` process (a warm-up pass, then one
#     timed pass; took_us per query): on the default index with the default collapsing and
#     with `--duplicates show`, and on the index built with fingerprints off.
# Prints a markdown table of medians over the rounds (every round in OUT_DIR/cost.tsv).
#
# Environment: SEARCH_CLI (default .build/release/search-cli), CORPUS (default
# /tmp/bench/corpus, made with ../shared/bench/make_corpus.sh when missing), QUERIES, RUNS,
# DEFAULT_FLAGS (extra build flags of the "default" mode, e.g. "--dup-threshold 0.6"),
# ONLY=latency (each index is built once, no incremental builds: only the searches are timed
# every round).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared_bench=${SHARED_BENCH:-$(cd "$repo/../shared/bench" && pwd)}
cli=${SEARCH_CLI:-$repo/.build/release/search-cli}
corpus=${CORPUS:-/tmp/bench/corpus}
queries=${QUERIES:-$shared_bench/queries-reuters.txt}
runs=${RUNS:-3}
out=${1:-/tmp/dupcost}
[ -x "$cli" ] || { echo "$0: no $cli (set SEARCH_CLI)" >&2; exit 64; }
[ -x /usr/bin/time ] || { echo "$0: needs GNU time (apt-get install time)" >&2; exit 64; }
[ -d "$corpus/reuters" ] || "$shared_bench/make_corpus.sh" "$corpus" >/dev/null
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/dupcost.XXXXXX")
trap 'rm -rf "$work"' EXIT
tsv=$out/cost.tsv
printf 'round\tmode\tmetric\tvalue\n' > "$tsv"

has_show=0
search_help=$("$cli" search --help 2>&1 || true)
grep -q -- '--duplicates' <<<"$search_help" && has_show=1
has_off=0
build_help=$("$cli" index build --help 2>&1 || true)
grep -q -- '--dup-threshold' <<<"$build_help" && has_off=1
[ $has_off = 1 ] || echo "warning: this search-cli has no --dup-threshold: both modes are the same build" >&2
[ $has_show = 1 ] || echo "warning: this search-cli has no search --duplicates: only the default search is timed" >&2

flags() {  # MODE -> build flags
  if [ "$1" = off ]; then [ $has_off = 1 ] && echo "--dup-threshold off"; else echo "${DEFAULT_FLAGS:-}"; fi
}
rec() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$tsv"; }

timed_build() {  # ROUND MODE PREFIX CORPUS INDEX
  local r=$1 mode=$2 prefix=$3 c=$4 idx=$5 t
  t=$work/time.txt
  # shellcheck disable=SC2046
  /usr/bin/time -o "$t" -f '%e %U %S %M' "$cli" index build "$c" --index "$idx" --quiet $(flags "$mode")
  read -r wall user sys rss < "$t"
  rec "$r" "$mode" "${prefix}wall_s" "$wall"
  rec "$r" "$mode" "${prefix}cpu_s" "$(python3 -c "print(round($user+$sys,2))")"
  rec "$r" "$mode" "${prefix}peak_mb" "$(python3 -c "print(round($rss/1024,1))")"
  rec "$r" "$mode" "${prefix}index_mb" "$(du -sb "$idx" | python3 -c "import sys; print(round(int(sys.stdin.read().split()[0])/1e6,1))")"
}

edit_one_percent() {  # CORPUS: every 100th .txt file by name
  python3 - "$1" <<'EOF'
import os, re, sys
root = sys.argv[1]
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".txt"))
for n, p in enumerate(files[::100]):
    text = open(p, encoding="utf-8", errors="surrogateescape").read().rstrip("\n")
    blocks = text.split("\n\n")
    last = re.split(r"(?<=[.!?]) ", blocks[-1])
    if len(last) > 1:
        blocks[-1] = " ".join(last[:-1])
    blocks.append("Editor's note: this story was updated with comment from the company (%d)." % n)
    open(p, "w", encoding="utf-8", errors="surrogateescape").write("\n\n".join(blocks) + "\n")
print(len(files[::100]), "files edited", file=sys.stderr)
EOF
}

latency() {  # ROUND MODE INDEX [FLAGS...]
  local r=$1 mode=$2 idx=$3; shift 3
  "$cli" search --index "$idx" --batch "$queries" --bench --limit 10 --per-article 0 "$@" > "$work/lat.jsonl"
  python3 - "$work/lat.jsonl" "$r" "$mode" >> "$tsv" <<'EOF'
import json, sys
us = sorted(json.loads(l).get("took_us", 0) for l in open(sys.argv[1]) if l.strip())
def q(p): return us[min(len(us) - 1, max(0, int(-(-p * len(us) // 100)) - 1))]
for name, p in (("p50_us", 50), ("p95_us", 95), ("p99_us", 99)):
    print("%s\t%s\t%s\t%d" % (sys.argv[2], sys.argv[3], name, q(p)))
print("%s\t%s\tqueries\t%d" % (sys.argv[2], sys.argv[3], len(us)))
EOF
}

for r in $(seq 1 "$runs"); do
  if [ $((r % 2)) = 1 ]; then order="off default"; else order="default off"; fi
  for mode in $order; do
    [ "${ONLY:-}" = latency ] && [ -d "$work/idx-$mode" ] && continue
    echo "round $r: $mode: fresh build" >&2
    rm -rf "$work/idx-$mode"
    timed_build "$r" "$mode" "" "$corpus" "$work/idx-$mode"
  done
  for mode in $order; do
    [ "${ONLY:-}" = latency ] && break
    echo "round $r: $mode: incremental build, 1% edited" >&2
    rm -rf "$work/copy" "$work/inc-$mode"
    cp -r "$corpus" "$work/copy"
    # shellcheck disable=SC2046
    "$cli" index build "$work/copy" --index "$work/inc-$mode" --quiet $(flags "$mode")
    edit_one_percent "$work/copy"
    timed_build "$r" "$mode" "incr_" "$work/copy" "$work/inc-$mode"
  done
  echo "round $r: search latency" >&2
  latency "$r" collapse "$work/idx-default"
  [ $has_show = 1 ] && latency "$r" show "$work/idx-default" --duplicates show
  latency "$r" no-fingerprints "$work/idx-off"
done
rm -rf "$work/copy"

python3 - "$tsv" "$("$cli" --version)" "$has_show" <<'EOF' | tee "$(dirname "$tsv")/cost.md"
import collections, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]).read().splitlines()[1:]:
    r, mode, metric, value = line.split("\t")
    rows[(mode, metric)].append(float(value))
med = lambda m, k: statistics.median(rows[(m, k)]) if rows.get((m, k)) else float("nan")
n = max(len(v) for v in rows.values())
print("%s, medians of %d rounds\n" % (sys.argv[2], n))
print("| build | wall s | CPU s | peak MB | index MB | incremental (1% edited) wall s | incr CPU s | incr peak MB |")
print("|---|---|---|---|---|---|---|---|")
for m, name in (("off", "`--dup-threshold off`"), ("default", "default (fingerprints, clusters)")):
    print("| %s | %.2f | %.2f | %.1f | %.1f | %.2f | %.2f | %.1f |" % (name, med(m, "wall_s"), med(m, "cpu_s"),
          med(m, "peak_mb"), med(m, "index_mb"), med(m, "incr_wall_s"), med(m, "incr_cpu_s"), med(m, "incr_peak_mb")))
for k, label in (("wall_s", "build wall"), ("cpu_s", "build CPU"), ("index_mb", "index size"), ("incr_wall_s", "incremental wall")):
    a, b = med("off", k), med("default", k)
    print("\n%s: %+.1f%% with fingerprints" % (label, 100 * (b - a) / a), end="")
print("\n\nper-round build wall s: off %s, default %s\n" % (rows[("off", "wall_s")], rows[("default", "wall_s")]))
print("| search (%d queries) | p50 µs | p95 µs | p99 µs |" % med("collapse", "queries"))
print("|---|---|---|---|")
for m, name in (("collapse", "default index, default collapsing"), ("show", "default index, `--duplicates show`"),
                ("no-fingerprints", "index built with `--dup-threshold off`")):
    if rows.get((m, "p50_us")):
        print("| %s | %d | %d | %d |" % (name, med(m, "p50_us"), med(m, "p95_us"), med(m, "p99_us")))
if sys.argv[3] != "1":
    print("\n(`search --duplicates show` does not exist in this binary: not measured)")
EOF
