#!/usr/bin/env python3
"""Fuzzed queries against an index: regenerates a seeded set, runs it, checks every
output and reports the cost (issue 11). Called by bench/fuzz_queries.sh.

    fuzz_queries.py CLI INDEX OUT_DIR [--count N] [--seed S] [--singles M]

1. N queries (one a line, some with invalid UTF-8, NULs, CRs) run in one
   `search --batch`, and the first fifth again with --synonyms --correct
   --explain: exit 0, nothing on stderr, one valid JSON object per query;
   p50/p99/max of their took_us, the slowest, and the process's peak memory.
2. M of them as single `search` processes with rotating options (--json,
   --group, --facets, out-of-range numbers...): exit 0 or 64 only, never a
   signal; with --json valid JSON; each stderr line one `search-cli:` line,
   exactly one on exit 64; their wall time, the slowest and the largest
   peak memory.
"""
import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time

WORDS = ["oil", "crude", "opec", "bank", "rate", "rates", "dollar", "yen", "wheat", "corn", "grain", "trade",
         "deficit", "tonnes", "shares", "profit", "dividend", "said", "the", "U.S.", "japan", "billion", "mln",
         "pct", "stocks", "market", "prices", "banking", "fed", "bundesbank", "coffee", "sugar", "gold", "copper",
         "anti-dumping", "Reagan's", "caf\u00e9", "stra\u00dfe", "\u65e5\u672c", "5G", "1987", "zz", "qqq"]
OPERATORS = ["AND", "OR", "NOT", "XOR", "NEAR", "NEAR/5", "ADJ/2", "ADJ", "and", "or", "NEAR/0",
             "NEAR/99999999999", "+", "-", "--", "++", "~", "*", "**", "\"", "(", ")", "((", "))", ":", "..", "#"]
FIELDS = ["title:", "caption:", "credit:", "section:", "byline:", "author:", "place:", "kind:", "format:",
          "path:", "file:", "date:", "after:", "before:", "zz:", "zztitle:", "Q", "XK", "unknown:"]
ODD = ["4294967296", "4294967295", "-1", "99999999999999999999", "1e308", "0x7fffffff", "date:1987-13-45..0000",
       "date:..", "date:9999-99-99..", "after:yesterday", "kind:", "path:/", "file:../../etc/passwd", "\x1b[31m",
       "\t", "\x7f", "\u202e", "\u2028", "\u2029", "\u0085", "\u200b", "\ufeff", "e\u0301", "\U0001F600",
       "\U0001F1E9\U0001F1EA", "\\", "%s%n", "'", "`", "~\"united states\"", "~us", "~", "*x", "x**", "title:\"",
       "\"\"", "()", "(*)", "-(", "+\"", "NOT(", "a:b:c:d", "path:reut-00002.txt", "kind:caption"]
BAD_BYTES = [b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\xc0\xaf", b"\x00", b"\xf4\x90\x80\x80", b"\r"]
OPTIONS = [["--json"], [], ["--json", "--group"], ["--facets", "--json"], ["--explain"], ["--synonyms", "--json"],
           ["--correct"], ["--sort", "date", "--json"], ["--limit", "4294967296"], ["--json", "--no-feedback",
           "--per-article", "0"], ["--offset", "99999999999999999999"], ["--group", "--limit", "1000"],
           ["--json", "--limit", "1000", "--per-article", "0"], ["--offset", "1000", "--json"], ["--offset", "10000"],
           ["--group", "--limit", "10000"]]


def piece(rng):
    roll = rng.randrange(100)
    word = rng.choice(WORDS)
    if roll < 35:
        return rng.choice(["", "", "", "", "+", "-", "~"]) + word
    if roll < 50:
        return rng.choice(OPERATORS)
    if roll < 62:
        return rng.choice(FIELDS) + (word if rng.randrange(100) < 80 else "")
    if roll < 70:
        return word[: rng.randint(1, len(word))] + "*"
    if roll < 74:
        return "~" + word
    if roll < 80:
        phrase = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 4)))
        return "\"" + phrase + ("\"" if rng.randrange(100) < 70 else "")
    if roll < 90:
        return rng.choice(ODD)
    if roll < 94:
        return rng.choice(["a", "x", "\u00e9", "\u65e5", "ab", "a-"]) * rng.randint(65, 3000)
    if roll < 97:
        return " ".join([rng.choice(["~us", "s*", "said", "(", "\"", "NOT", "oil NEAR", "a*"])] * rng.randint(10, 300))
    return rng.choice([" AND ", " NEAR ", " OR ", " XOR "]).join(rng.choice(WORDS) for _ in range(rng.randint(1, 40)))


def query(rng):
    parts = [piece(rng) for _ in range(rng.randint(1, 12))]
    out = parts[0]
    for part in parts[1:]:
        out += rng.choice([" ", " ", " ", "", "  ", "\t"]) + part
    return out


def batch_line(rng):
    data = query(rng).encode("utf-8")
    if rng.randrange(100) < 15:
        at = rng.randint(0, len(data))
        data = data[:at] + rng.choice(BAD_BYTES) + data[at:]
    return data


def expected_queries(lines):
    """What search --batch reads: lines at \\n, a final \\r dropped, U+FFFD for bad bytes,
    blank and # lines skipped (Swift's isWhitespace, approximated)."""
    out = []
    for line in lines:
        if line.endswith(b"\r"):
            line = line[:-1]
        text = line.decode("utf-8", "replace")
        if text.strip(" \t\r\n\x0b\x0c\u0085\u2028\u2029\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                      "\u2007\u2008\u2009\u200a\u202f\u205f\u3000") == "" or text.startswith("#"):
            continue
        out.append(text)
    return out


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run_batch(cli, index, out_dir, lines, flags=(), name="queries"):
    path = os.path.join(out_dir, name + ".txt")
    with open(path, "wb") as f:
        f.write(b"\n".join(lines) + b"\n")
    started = time.monotonic()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", cli, "search", "--batch", path, "--index", index,
                           *flags], capture_output=True)
    wall = time.monotonic() - started
    stderr = proc.stderr.decode("utf-8", "replace").splitlines()
    measured = stderr[-1].split() if stderr else []
    peak_kb = int(measured[0]) if len(measured) == 3 else -1
    cpu = float(measured[1]) + float(measured[2]) if len(measured) == 3 else -1.0
    problems = []
    if proc.returncode != 0:
        problems.append(f"batch exit {proc.returncode}")
    if stderr[:-1]:
        problems.append(f"batch stderr: {stderr[:3]}")
    objects = []
    for n, line in enumerate(proc.stdout.split(b"\n")[:-1]):
        try:
            objects.append(json.loads(line))
        except ValueError:
            problems.append(f"batch line {n + 1} is not JSON: {line[:120]!r}")
    expected = expected_queries(lines)
    if len(objects) != len(expected):
        problems.append(f"batch gave {len(objects)} objects for {len(expected)} queries")
    with open(os.path.join(out_dir, name + ".jsonl"), "wb") as f:
        f.write(proc.stdout)
    return objects, (wall, cpu), peak_kb, problems


def run_singles(cli, index, rng, count):
    problems, walls, peaks, codes = [], [], [], {}
    for i in range(count):
        q = query(rng).replace("\x00", "")
        options = OPTIONS[i % len(OPTIONS)]
        args = ["/usr/bin/time", "-f", "%M", cli, "search", q] + options + ["--index", index]
        started = time.monotonic()
        proc = subprocess.run(args, capture_output=True)
        walls.append((time.monotonic() - started, q, options))
        err = [line for line in proc.stderr.decode("utf-8", "replace").split("\n") if line]
        if err and err[-1].isdigit():
            peaks.append((int(err.pop()), q, options))
        if err and err[-1].startswith("Command "):  # /usr/bin/time on a signal or a failure
            err.pop()
        codes[proc.returncode] = codes.get(proc.returncode, 0) + 1
        where = f"{q[:80]!r} {options}"
        if proc.returncode not in (0, 64):
            problems.append(f"exit {proc.returncode}: {where} {err[:2]}")
        if any(not line.startswith(("search-cli: note: ", "search-cli: error: ")) for line in err):
            problems.append(f"stderr not one-line notes/errors: {where} {err[:3]}")
        if proc.returncode == 64 and len(err) != 1:
            problems.append(f"exit 64 with {len(err)} lines: {where}")
        if proc.returncode == 0 and "--json" in options:
            try:
                json.loads(proc.stdout)
            except ValueError:
                problems.append(f"invalid JSON: {where}")
    return walls, peaks, codes, problems


def report_batch(args, name, flags, lines):
    objects, wall, peak_kb, problems = run_batch(args.cli, args.index, args.out_dir, lines, flags, name)
    took = [o.get("took_us", 0) for o in objects if "error" not in o]
    errors = sum(1 for o in objects if "error" in o)
    noted = sum(1 for o in objects if o.get("notes"))
    slowest = sorted(objects, key=lambda o: o.get("took_us", 0), reverse=True)[:3]
    print(f"batch {' '.join(flags) or '(no options)'}: {len(objects)} queries in {wall[0]:.1f} s "
          f"({wall[1]:.1f} s of CPU), peak memory {peak_kb / 1024:.0f} MB; {errors} refused (one error each), "
          f"{noted} with notes")
    if took:
        print(f"  took_us p50 {percentile(took, 50)}  p99 {percentile(took, 99)}  max {max(took)}  "
              f"(over the {len(took)} searched)")
    for o in slowest:
        print(f"  slow: {o.get('took_us')} us  {o.get('query', '')[:100]!r}  notes={o.get('notes')}")
    print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cli")
    parser.add_argument("index")
    parser.add_argument("out_dir")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--singles", type=int, default=300)
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    rng = random.Random(args.seed)
    lines = [batch_line(rng) for _ in range(args.count)]

    problems = []
    for name, flags, batch in [("queries", (), lines),
                               ("queries-synonyms", ("--synonyms", "--correct", "--explain", "--limit", "50",
                                                     "--per-article", "0"), lines[: len(lines) // 5])]:
        problems += report_batch(args, name, flags, batch)

    walls, peaks, codes, single_problems = run_singles(args.cli, args.index, rng, args.singles)
    problems += single_problems
    seconds = [w[0] for w in walls]
    print(f"singles: {len(walls)} processes, exit codes {dict(sorted(codes.items()))}; wall p50 "
          f"{percentile(seconds, 50) * 1000:.0f} ms  p99 {percentile(seconds, 99) * 1000:.0f} ms  max "
          f"{max(seconds) * 1000:.0f} ms")
    for wall, q, options in sorted(walls, key=lambda w: w[0], reverse=True)[:3]:
        print(f"  slow: {wall * 1000:.0f} ms  {q[:80]!r} {options}")
    for kb, q, options in sorted(peaks, key=lambda p: p[0], reverse=True)[:2]:
        print(f"  peak memory: {kb / 1024:.0f} MB  {q[:80]!r} {options}")
    for problem in problems[:40]:
        print("PROBLEM:", problem)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
