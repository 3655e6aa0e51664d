#!/usr/bin/env python3
"""Precision and recall of search-cli's story clusters (issue 15) against labelled pairs.

Usage:
    bench/dup_eval.py [--set /tmp/dupset] [--work /tmp/dupeval-idx] [--cli PATH]
                      [--thresholds 0.3,0.4,...] [--no-reuters] [--json OUT.json]

--set is a folder written by bench/dup_corpus.py (corpus/ and labels.jsonl). The test set's
corpus is indexed once (`index build CORPUS --index WORK/set --dup-threshold T0`), then each
threshold T is applied with `index build CORPUS --index WORK/set --dup-threshold T` (which
re-clusters from the stored signatures) and read back with `duplicates --json --min-size 2`.
A labelled pair is predicted positive when both articles are in the same cluster.

Printed (markdown): per threshold, recall of each positive type (generated copies by edit,
real Reuters/BBC duplicates), the share of each kind of hard negative that was merged, and
pairwise precision, recall and F1 over all labelled pairs; then, unless --no-reuters, the
cluster count and size distribution of Reuters-21578 alone (CORPUS/reuters indexed by
itself) at each threshold. The cluster-pair table also counts the predicted pairs no label
speaks of, by their 3-word-shingle Jaccard (the reference measure of dup_corpus.py), as a
check on precision outside the labels.

The binary is $SEARCH_CLI or --cli (default .build/release/search-cli). Standard library only.
"""
import argparse
import collections
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WORD = re.compile(r"[a-z0-9]+")


def run(cmd, **kw):
    t0 = time.monotonic()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    dt = time.monotonic() - t0
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        raise SystemExit("%s: exit %d" % (" ".join(cmd), p.returncode))
    return p.stdout.decode("utf-8", "replace"), dt


def article_id(entry):
    """The CLI's name of one cluster member: `article`, else path (+ :line)."""
    if isinstance(entry, str):
        return entry
    for key in ("article", "id"):
        if key in entry:
            return entry[key]
    path = entry["path"]
    return "%s:%d" % (path, entry["line"]) if entry.get("line") else path


def clusters(cli, index):
    out, _ = run([cli, "duplicates", "--index", index, "--json", "--min-size", "2"])
    doc = json.loads(out)
    result = []
    for c in doc.get("clusters", []):
        members = [article_id(a) for a in c.get("articles", c.get("members", []))]
        result.append((c.get("id"), members))
    return result


def build(cli, corpus, index, threshold):
    _, dt = run([cli, "index", "build", corpus, "--index", index, "--quiet",
                 "--dup-threshold", threshold])
    return dt


def body_shingles(corpus, aid, cache):
    if aid in cache:
        return cache[aid]
    path, _, line = aid.partition(":") if aid.endswith(tuple("0123456789")) and ".jsonl:" in aid else (aid, "", "")
    text = ""
    try:
        if line:
            with open(os.path.join(corpus, path), encoding="utf-8") as fh:
                rec = json.loads(fh.readlines()[int(line) - 1])
            text = rec.get("body", "")
        else:
            with open(os.path.join(corpus, path), "rb") as fh:
                raw = fh.read().decode("utf-8", "replace")
            blocks = [b for b in re.split(r"\n[ \t]*\n", raw) if b.strip()]
            text = " ".join(blocks[1:])
    except (OSError, ValueError, IndexError):
        pass
    w = WORD.findall(text.lower())
    sh = {" ".join(w[i:i + 3]) for i in range(len(w) - 2)} if len(w) >= 3 else {" ".join(w)}
    cache[aid] = sh
    return sh


def jaccard(a, b):
    u = len(a | b)
    return len(a & b) / u if u else 0.0


def evaluate(labels, cl, corpus, cache):
    orig_of = {l["b"]: l["a"] for l in labels if l["type"] == "generated"}
    where = {}
    for cid, members in cl:
        for m in members:
            where[m] = cid
    by = collections.defaultdict(lambda: [0, 0])
    tp = fp = pos = 0
    labelled = set()
    for l in labels:
        key = (l["type"], l["subtype"])
        same = l["a"] in where and where.get(l["a"]) == where.get(l["b"])
        by[key][0] += 1
        by[key][1] += same
        labelled.add(frozenset((l["a"], l["b"])))
        if l["label"] == 1:
            pos += 1
            tp += same
        else:
            fp += same
    # Predicted pairs that no label names, by the reference Jaccard.
    bands = collections.Counter()
    pairs = 0
    for _, members in cl:
        for a, b in itertools.combinations(members, 2):
            pairs += 1
            if frozenset((a, b)) in labelled:
                continue
            if a.startswith("gen/") or b.startswith("gen/"):
                same = orig_of.get(a, a) == orig_of.get(b, b)
                bands["gen-sibling" if same else "gen-other"] += 1
                continue
            j = jaccard(body_shingles(corpus, a, cache), body_shingles(corpus, b, cache))
            bands["<0.2" if j < 0.2 else "0.2-0.5" if j < 0.5 else ">=0.5"] += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / pos if pos else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    sizes = collections.Counter(len(m) for _, m in cl)
    return {"by": {"%s/%s" % k: v for k, v in by.items()}, "tp": tp, "fp": fp, "pos": pos,
            "precision": p, "recall": r, "f1": f1, "clusters": len(cl),
            "clustered_articles": sum(len(m) for _, m in cl), "predicted_pairs": pairs,
            "unlabelled_pairs": dict(bands), "sizes": dict(sizes)}


def size_row(cl):
    sizes = [len(m) for _, m in cl]
    c = collections.Counter(sizes)
    big = max(cl, key=lambda x: len(x[1])) if cl else (None, [])
    return (len(cl), sum(sizes), c.get(2, 0), c.get(3, 0), c.get(4, 0),
            sum(v for k, v in c.items() if 5 <= k <= 9), sum(v for k, v in c.items() if k >= 10),
            len(big[1]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="/tmp/dupset")
    ap.add_argument("--work", default="/tmp/dupeval-idx")
    ap.add_argument("--cli", default=os.environ.get("SEARCH_CLI", os.path.join(HERE, "..", ".build", "release", "search-cli")))
    ap.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7,0.8,0.9")
    ap.add_argument("--no-reuters", action="store_true")
    ap.add_argument("--keep", action="store_true", help="reuse the indexes in --work")
    ap.add_argument("--json", help="write every figure here too")
    args = ap.parse_args()
    cli = os.path.abspath(args.cli)
    corpus = os.path.join(args.set, "corpus")
    with open(os.path.join(args.set, "labels.jsonl")) as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    ths = args.thresholds.split(",")
    if not args.keep:
        shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work, exist_ok=True)
    idx = os.path.join(args.work, "set")
    cache = {}
    results, timings = {}, {}
    for t in ths:
        timings[t] = build(cli, corpus, idx, t)
        cl = clusters(cli, idx)
        # Every member must be a name the labels could use.
        results[t] = evaluate(labels, cl, corpus, cache)
        sys.stderr.write("threshold %s: %.1f s, %d clusters, P %.3f R %.3f\n" % (
            t, timings[t], len(cl), results[t]["precision"], results[t]["recall"]))
    keys = sorted({k for r in results.values() for k in r["by"]},
                  key=lambda k: (["generated", "real", "negative"].index(k.split("/")[0]), k))
    total = {k: results[ths[0]]["by"][k][0] for k in keys}

    print("## Pairs merged per threshold (test set: %s)\n" % corpus)
    print("Positive types: recall (pairs in one cluster / labelled pairs). Negative types: share merged "
          "(lower is better).\n")
    print("| type | pairs | " + " | ".join("T=%s" % t for t in ths) + " |")
    print("|---|---|" + "---|" * len(ths))
    for k in keys:
        cells = ["%.3f" % (results[t]["by"][k][1] / total[k]) for t in ths]
        print("| %s | %d | %s |" % (k, total[k], " | ".join(cells)))
    agg = collections.OrderedDict()
    for name, pred in (("generated (all edits)", lambda k: k.startswith("generated/")),
                       ("real (all)", lambda k: k.startswith("real/")),
                       ("negatives (all)", lambda k: k.startswith("negative/"))):
        agg[name] = pred
    for name, pred in agg.items():
        n = sum(total[k] for k in keys if pred(k))
        cells = ["%.3f" % (sum(results[t]["by"][k][1] for k in keys if pred(k)) / n) for t in ths]
        print("| **%s** | %d | %s |" % (name, n, " | ".join(cells)))
    print()
    print("| threshold | precision | recall | F1 | TP | FP | clusters | articles in clusters | predicted pairs | unlabelled pairs: copies of one original / other with a copy / J3>=0.5 / 0.2-0.5 / <0.2 | build s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for t in ths:  # the first build is a full one; the others re-cluster
        r = results[t]
        u = r["unlabelled_pairs"]
        print("| %s | %.3f | %.3f | %.3f | %d | %d | %d | %d | %d | %d / %d / %d / %d / %d | %.1f |" % (
            t, r["precision"], r["recall"], r["f1"], r["tp"], r["fp"], r["clusters"],
            r["clustered_articles"], r["predicted_pairs"], u.get("gen-sibling", 0), u.get("gen-other", 0), u.get(">=0.5", 0),
            u.get("0.2-0.5", 0), u.get("<0.2", 0), timings[t]))
    print("\n(build s: the first threshold's is a full build of the test set, the others only re-cluster.)")
    out = {"thresholds": ths, "results": results, "timings": timings}

    if not args.no_reuters:
        ridx = os.path.join(args.work, "reuters")
        rows = {}
        for t in ths:
            dt = build(cli, os.path.join(corpus, "reuters"), ridx, t)
            cl = clusters(cli, ridx)
            rows[t] = size_row(cl) + (dt,)
            if t == ths[len(ths) // 2]:
                big = sorted(cl, key=lambda x: -len(x[1]))[:5]
                out["reuters_largest"] = {t: [(c, len(m), m[:5]) for c, m in big]}
        print("\n## Reuters-21578 alone (19,043 articles)\n")
        print("| threshold | clusters | articles in clusters | size 2 | 3 | 4 | 5-9 | 10+ | largest | build s |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for t in ths:
            print("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %.1f |" % ((t,) + rows[t]))
        out["reuters"] = rows
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(out, fh, indent=1)


if __name__ == "__main__":
    main()
