#!/usr/bin/env bash
# The longer fuzz run of issue 11 (the seeded one in the tests is
# Tests/SearchCLITests/FuzzFilesTests): regenerates the 466 hostile files of
# bench/fuzz_files.py, indexes each alone with the release binary (under
# /usr/bin/time and a timeout), then all of them together, and reports the
# slowest file, the peak memory, and any crash, hang, failed exit, output
# that is not a warning line, file with more than one warning line, or index
# that does not open, check and search. Takes about 5 minutes on 2 cores.
#   bench/fuzz_files.sh [WORK_DIR]     (default /tmp/fuzz-files)
# BIN=path/to/search-cli uses that binary (default: a fresh release build);
# TIMEOUT=seconds per build (default 120); SEED and COUNT go to the generator.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=${1:-/tmp/fuzz-files}
timeout=${TIMEOUT:-120}
[ -x /usr/bin/time ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
if [ -z "${BIN:-}" ]; then
    (cd "$root" && swift build -c release --product search-cli >/dev/null) || exit 1
    BIN="$root/.build/release/search-cli"
fi

rm -rf "$work" && mkdir -p "$work"
python3 "$here/fuzz_files.py" "$work/files" --seed "${SEED:-11}" --count "${COUNT:-466}"
results="$work/results.tsv"
printf 'file\texit\tseconds\tpeak_kb\twarnings\tother_lines\tsearch_exit\n' > "$results"

# One build of `corpus` into `index`: "exit seconds peak_kb" on stdout, stderr in $work/err.
build() {
    local corpus=$1 index=$2
    /usr/bin/time -f '%e %M' -o "$work/time" timeout -s KILL "$timeout" "$BIN" index build "$corpus" --index "$index" --quiet \
        >/dev/null 2>"$work/err"
    local status=$?
    echo "$status $(tail -1 "$work/time")"
}

cd "$work/files"
find . -type f | sed 's|^\./||' | sort > "$work/list"
while read -r file; do
    rm -rf "$work/one" "$work/index"
    mkdir -p "$work/one/$(dirname "$file")"
    ln "$file" "$work/one/$file"
    read -r status seconds peak < <(build "$work/one" "$work/index")
    warnings=$(grep -c '^search-cli: warning: ' "$work/err")
    other=$(grep -vc '^search-cli: warning: ' "$work/err")
    "$BIN" search pangolin --index "$work/index" >/dev/null 2>&1
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$file" "$status" "$seconds" "$peak" "$warnings" "$other" "$?" >> "$results"
done < "$work/list"

read -r all_status all_seconds all_peak < <(build "$work/files" "$work/all-index")
all_warnings=$(grep -c '^search-cli: warning: ' "$work/err")
all_other=$(grep -vc '^search-cli: warning: ' "$work/err")
"$BIN" index check --index "$work/all-index" >/dev/null 2>&1; check=$?
"$BIN" search "pangolin OR aardvark" --index "$work/all-index" >/dev/null 2>&1; search=$?

python3 - "$results" "$all_status" "$all_seconds" "$all_peak" "$all_warnings" "$all_other" "$check" "$search" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
status, seconds, peak, warnings, other, check, search = sys.argv[2:]
for r in rows:
    r["seconds"], r["peak_kb"] = float(r["seconds"] or 0), int(r["peak_kb"] or 0)
crashes = [r for r in rows if int(r["exit"]) >= 128 and int(r["exit"]) != 137]
hangs = [r for r in rows if int(r["exit"]) == 137]
failed = [r for r in rows if 0 < int(r["exit"]) < 128]
floods = [r for r in rows if int(r["warnings"]) > 1]
noise = [r for r in rows if int(r["other_lines"]) > 0]
unsearchable = [r for r in rows if r["search_exit"] != "0"]
times = sorted(r["seconds"] for r in rows)
print("%d files, each indexed alone:" % len(rows))
print("  time per file: p50 %.2f s, p99 %.2f s, max %.2f s" % (times[len(times) // 2], times[int(len(times) * 0.99)], times[-1]))
def peak_of(r):  # a build killed at the timeout has no figure of its own (timeout's is shown)
    return "   killed" if r["exit"] == "137" else "%7.1f MB" % (r["peak_kb"] / 1024)
for r in sorted(rows, key=lambda r: -r["seconds"])[:5]:
    print("  slowest: %-40s %6.2f s  %s  %s warning(s)" % (r["file"], r["seconds"], peak_of(r), r["warnings"]))
for r in sorted(rows, key=lambda r: -r["peak_kb"])[:3]:
    print("  largest: %-40s %6.2f s  %s" % (r["file"], r["seconds"], peak_of(r)))
print("  crashes %d, hangs (killed after the timeout) %d, other failed exits %d" % (len(crashes), len(hangs), len(failed)))
print("  files with more than one warning line %d, stderr lines that are not warnings %d, indexes that did not search %d"
      % (len(floods), len(noise), len(unsearchable)))
for r in crashes + hangs + failed + floods + noise + unsearchable:
    print("  PROBLEM:", r["file"], "exit", r["exit"], "warnings", r["warnings"], "other", r["other_lines"], "search", r["search_exit"])
print("All %d together: exit %s, %s s, peak %s, %s warning lines, %s other lines; index check exit %s, search exit %s"
      % (len(rows), status, seconds, "killed" if status == "137" else "%.1f MB" % (int(peak) / 1024), warnings, other, check, search))
PY
