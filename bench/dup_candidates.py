#!/usr/bin/env python3
"""The candidate pairs behind bench/dup_labels_hand.jsonl, and the sample that was judged.

Usage:
    bench/dup_candidates.py CORPUS_DIR [--seed 15] [--show] > sample.txt

CORPUS_DIR is the folder dup_corpus.py writes (OUT/corpus; only its reuters/ and bbc/ are
read). Every pair of articles of the same source whose normalised bodies differ and whose
3-word-shingle Jaccard is 0.2 or more is a candidate (shingles shared by more than 50
articles are not used to find candidates; bodies are lower-cased runs of letters and digits,
title left out, and a Reuters dateline block left out). About 3.5 CPU minutes.

The sample (seed 15) takes, per Jaccard band, this many Reuters and BBC pairs:
[0.9, 1]: 12 + 6, [0.7, 0.9): 12 + 6, [0.5, 0.7): 12 + 4, [0.3, 0.5): 10 + 4, [0.2, 0.3): 6 + 4,
76 pairs. With --show each is printed with its titles, word counts and a word diff, as
they were read to judge them; the judgments are in bench/dup_labels_hand.jsonl (one line
a pair, with a note), by the rule in bench/dup_corpus.py's docstring.

Counts on Reuters-21578 + BBC (seed 15): 10,163 candidates: 100 in [0.9, 1] (16 BBC),
237 in [0.7, 0.9) (12), 519 in [0.5, 0.7) (4), 3,269 in [0.3, 0.5) (13), 6,038 in [0.2, 0.3) (28).
"""
import argparse
import collections
import difflib
import json
import os
import random
import re

PLAN = [(0.9, 1.01, 12, 6), (0.7, 0.9, 12, 6), (0.5, 0.7, 12, 4), (0.3, 0.5, 10, 4), (0.2, 0.3, 6, 4)]


def blocks(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    return [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


def norm(s):
    return " ".join(re.findall(r"[a-z0-9]+", s.lower()))


def load(corpus):
    arts = {}
    rdir = os.path.join(corpus, "reuters")
    for f in sorted(os.listdir(rdir)):
        bl = blocks(os.path.join(rdir, f))
        title, rest = bl[0], bl[1:]
        if rest and len(rest[0]) < 60 and "," in rest[0] and "\n" not in rest[0]:
            rest = rest[1:]  # the dateline
        arts["reuters/" + f] = (title, norm(" ".join(rest)))
    bdir = os.path.join(corpus, "bbc")
    for top in sorted(os.listdir(bdir)):
        if not os.path.isdir(os.path.join(bdir, top)):
            continue
        for f in sorted(os.listdir(os.path.join(bdir, top))):
            bl = blocks(os.path.join(bdir, top, f))
            arts["bbc/%s/%s" % (top, f)] = (bl[0], norm(" ".join(bl[1:])))
    return arts


def shingles(body, k=3):
    w = body.split()
    if len(w) < k:
        return {" ".join(w)} if w else set()
    return {" ".join(w[i:i + k]) for i in range(len(w) - k + 1)}


def candidates(arts):
    keys = list(arts)
    sh = {k: shingles(arts[k][1]) for k in keys}
    inv = collections.defaultdict(list)
    for i, k in enumerate(keys):
        for s in sh[k]:
            inv[s].append(i)
    cnt = collections.defaultdict(int)
    for s, l in inv.items():
        if len(l) > 50 or len(l) < 2:
            continue
        for a in range(len(l)):
            for b in range(a + 1, len(l)):
                cnt[(l[a], l[b])] += 1
    pairs = []
    for (a, b), _ in cnt.items():
        ka, kb = keys[a], keys[b]
        if ka.split("/")[0] != kb.split("/")[0] or arts[ka][1] == arts[kb][1]:
            continue
        u = len(sh[ka] | sh[kb])
        j = len(sh[ka] & sh[kb]) / u if u else 0
        if j >= 0.2:
            pairs.append((j, ka, kb))
    pairs.sort(reverse=True)
    return pairs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    arts = load(args.corpus)
    pairs = candidates(arts)
    rnd = random.Random(args.seed)
    sample = []
    for lo, hi, nr, nb in PLAN:
        sel = [p for p in pairs if lo <= p[0] < hi]
        r = [p for p in sel if p[1].startswith("reuters")]
        b = [p for p in sel if p[1].startswith("bbc")]
        print("# band [%.1f, %.1f): %d candidates, %d BBC" % (lo, min(hi, 1.0), len(sel), len(b)))
        sample += rnd.sample(r, min(nr, len(r))) + rnd.sample(b, min(nb, len(b)))
    for i, (j, a, b) in enumerate(sample):
        if not args.show:
            print(json.dumps({"n": i, "a": a, "b": b, "jaccard3": round(j, 3)}))
            continue
        wa, wb = arts[a][1].split(), arts[b][1].split()
        print("#%d J=%.2f %s [%d w] | %s [%d w]" % (i, j, a, len(wa), b, len(wb)))
        print("  A:", arts[a][0])
        print("  B:", arts[b][0])
        out = []
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
            out.append("=%d" % (i2 - i1) if op == "equal" else
                       "[-%s-]{+%s+}" % (" ".join(wa[i1:i2])[:150], " ".join(wb[j1:j2])[:150]))
        print("  D:", " ".join(out)[:900])
        print("  T:", " ".join(wa[:40]))


if __name__ == "__main__":
    main()
