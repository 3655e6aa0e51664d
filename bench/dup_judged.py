#!/usr/bin/env python3
"""Near-duplicates among the judged documents of the quality collections (issue 15).

Usage:
    bench/dup_judged.py [--qcol /tmp/qcol] [--cli PATH] [--work DIR] [--threshold T] [cranfield cisi med]

For each collection (QCOL/NAME/docs, qrels.tsv, as bench/quality.sh converts them), builds
an index of docs/ (`--dup-threshold T`, default: the CLI's default), reads `duplicates --json`,
and prints: the story clusters, how many of them hold a judged document, and, per query,
the relevant documents that share a cluster with another document (relevant to the same
query, or not): those are the documents that collapsing hides from a ranking. Also the
documents with equal normalised text (title and body; lower-cased runs of letters and
digits), found without the CLI.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", default=["cranfield", "cisi", "med"])
    ap.add_argument("--qcol", default="/tmp/qcol")
    ap.add_argument("--cli", default=os.environ.get("SEARCH_CLI", os.path.join(HERE, "..", ".build", "release", "search-cli")))
    ap.add_argument("--work", default="/tmp/dupjudged")
    ap.add_argument("--threshold")
    ap.add_argument("--runs", help="a bench/quality.sh output folder (NAME.runs/search-cli.run, ranked with "
                    "every copy shown): also score those runs with each story kept once, at its best rank "
                    "(what collapsing shows), with ../shared/bench/quality/eval.py")
    args = ap.parse_args()
    print("| collection | docs | clusters (articles) | clusters with a judged doc | relevant (query, doc) pairs | in a cluster with another relevant doc of the query | with only unjudged or non-relevant copies | equal normalised texts (groups) |")
    print("|---|---|---|---|---|---|---|---|")
    detail = []
    all_clusters = []
    for name in args.names:
        col = os.path.join(args.qcol, name)
        docs = os.path.join(col, "docs")
        idx = os.path.join(args.work, name)
        shutil.rmtree(idx, ignore_errors=True)
        cmd = [args.cli, "index", "build", docs, "--index", idx, "--quiet"]
        if args.threshold:
            cmd += ["--dup-threshold", args.threshold]
        subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)  # MED: one warning a long title
        out = subprocess.run([args.cli, "duplicates", "--index", idx, "--json", "--min-size", "2"],
                             check=True, stdout=subprocess.PIPE).stdout
        clusters = [[os.path.splitext(os.path.basename(a["path"]))[0] for a in c["articles"]]
                    for c in json.loads(out)["clusters"]]
        where = {d: i for i, c in enumerate(clusters) for d in c}
        rel = collections.defaultdict(set)
        judged = set()
        with open(os.path.join(col, "qrels.tsv")) as fh:
            for line in fh:
                q, _, d, r = line.split()
                judged.add(d)
                if int(r) > 0:
                    rel[q].add(d)
        pairs = sum(len(v) for v in rel.values())
        with_rel = with_other = 0
        for q, ds in rel.items():
            for d in ds:
                if d not in where:
                    continue
                mates = set(clusters[where[d]]) - {d}
                if mates & ds:
                    with_rel += 1
                    detail.append((name, q, d, sorted(mates & ds), sorted(mates - ds)))
                else:
                    with_other += 1
                    detail.append((name, q, d, [], sorted(mates)))
        texts = collections.defaultdict(list)
        for f in sorted(os.listdir(docs)):
            t = " ".join(re.findall(r"[a-z0-9]+", open(os.path.join(docs, f), encoding="utf-8", errors="replace").read().lower()))
            if t:
                texts[t].append(os.path.splitext(f)[0])
        eq = [v for v in texts.values() if len(v) > 1]
        all_clusters.append((name, clusters))
        print("| %s | %d | %d (%d) | %d | %d | %d | %d | %d (%s) |" % (
            name, len(os.listdir(docs)), len(clusters), sum(len(c) for c in clusters),
            sum(1 for c in clusters if set(c) & judged), pairs, with_rel, with_other, len(eq),
            ", ".join("/".join(v) for v in eq[:6]) + (" …" if len(eq) > 6 else "")))
    if args.runs:
        evalpy = os.path.join(HERE, "..", "..", "shared", "bench", "quality", "eval.py")
        print("\nSimulated collapsing (each story once, at its best rank) of %s/NAME.runs/search-cli.run:\n" % args.runs)
        print("| collection | run | queries | nDCG@10 | MAP | P@10 | Recall@100 |")
        print("|---|---|---|---|---|---|---|")
        for name, cl in all_clusters:
            where = {d: i for i, c in enumerate(cl) for d in c}
            src = os.path.join(args.runs, name + ".runs", "search-cli.run")
            dst = os.path.join(args.work, name + "-collapsed.run")
            seen, rank = {}, {}
            with open(src) as fh, open(dst, "w") as out:
                for line in fh:
                    q, q0, d, _, score, tag = line.split()
                    story = where.get(d, "doc:" + d)
                    if story in seen.setdefault(q, set()):
                        continue
                    seen[q].add(story)
                    rank[q] = rank.get(q, 0) + 1
                    out.write("%s %s %s %d %s %s\n" % (q, q0, d, rank[q], score, tag))
            for label, run in (("every copy shown", src), ("collapsed", dst)):
                res = subprocess.run([sys.executable, evalpy, "--qrels", os.path.join(args.qcol, name, "qrels.tsv"), run],
                                     check=True, stdout=subprocess.PIPE).stdout.decode().splitlines()[-1].split()
                print("| %s | %s | %s |" % (name, label, " | ".join(res[1:6])))
    print()
    for name, cl in all_clusters:
        print("%s clusters: %s" % (name, "; ".join("+".join(c) for c in cl[:30]) + (" …" if len(cl) > 30 else "") or "none"))
    for name in args.names:
        rows = [d for d in detail if d[0] == name]
        if rows:
            print("%s: clustered relevant docs (query: doc, relevant copies / other copies): %s" % (
                name, "; ".join("%s: %s %s / %s" % (q, d, ",".join(r) or "-", ",".join(o) or "-") for _, q, d, r, o in rows[:40])
                + (" …" if len(rows) > 40 else "")))


if __name__ == "__main__":
    main()
