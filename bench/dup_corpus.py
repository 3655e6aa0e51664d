#!/usr/bin/env python3
"""Labelled near-duplicate test set for issue 15 (story clusters), from real articles.

Usage:
    bench/dup_corpus.py [--out /tmp/dupset] [--seed 15] [--shared ../shared]
                        [--reuters-originals 200] [--bbc-originals 100]

Writes, never into git:
    OUT/corpus/reuters/reut-NNNNN.txt   all 19,043 Reuters-21578 articles (the corpus tool's output)
    OUT/corpus/bbc/<topic>/NNN.txt      all 2,225 BBC News articles
    OUT/corpus/gen/txt/*.txt            generated copies as plain text
    OUT/corpus/gen/feed-NN.jsonl        generated copies as JSON Lines (one article a line)
    OUT/labels.jsonl                    one labelled pair a line (below)
    OUT/manifest.json                   counts, seed, rules

`index build OUT/corpus` names articles as the ids here: the path relative to
OUT/corpus, or `path:LINE` (1-based) for a JSON Lines article.

A label line: {"a": ID, "b": ID, "label": 1|0, "type": T, "subtype": S, ...}
  type "generated"  label 1: an original and a copy made from it with republishing edits
                    (subtype = the edit: headline, drop_para, add_para, reorder,
                    byline_dateline, typos, combo_light, combo_heavy)
  type "real"       label 1: true near-duplicates already in Reuters-21578 and BBC News
                    subtype "exact-body": the normalised bodies are equal (lower-cased,
                      runs of letters and digits only; title and Reuters dateline left out),
                      unless bench/dup_labels_hand.jsonl judges the pair 0;
                    subtype "near-hand": a hand-judged pair of bench/dup_labels_hand.jsonl
                      (76 pairs sampled from the candidates of bench/dup_candidates.py, read
                      with their word diffs). The rule: 1 when one article is a copy or a
                      revision of the other: the same event, and most of its sentences are in
                      the other verbatim or with small edits (spelling, a word or phrase, a
                      sentence or paragraph added or dropped, cut short, a new lead on the same
                      text as in an UPDATE). 0 when it is another event told with the same
                      template (dividend notices of different companies, the same daily report
                      on another day, another bond issue), or a separately written or follow-up
                      story that reuses some background paragraphs. Seven pairs with equal
                      bodies but different headlines were judged too (kind "exact-body"):
                      four are notices of different companies or markets (0), three are resends.
  type "negative"   label 0: different stories that share many words
                    "hand": judged 0 in bench/dup_labels_hand.jsonl;
                    "earnings": two "Shr ... vs ... Net ..." reports of different companies;
                    "dividend": two "Qtly div ..." notices of different companies;
                    "market-report": the same recurring headline (digits ignored) on different
                      dateline days, with different figures (grain, hogs, Fed, money market);
                    "bbc-sport": two BBC sport stories with the most words in common whose text
                      is not copied (3-word-shingle Jaccard under 0.2).
A negative that falls inside a group joined by positive labels is dropped (counted in the
manifest), so the labels never contradict each other under clustering.

Deterministic: the same seed and inputs give byte-identical output. Standard library only.
"""

import argparse
import collections
import hashlib
import itertools
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
WORD = re.compile(r"[a-z0-9]+")
DATELINE = re.compile(r"^([A-Z][A-Za-z .&'/()-]*), ([A-Z][a-z]+\.?) (\d{1,2})$")
SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"(])")
KINDS = ["headline", "drop_para", "add_para", "reorder", "byline_dateline", "typos",
         "combo_light", "combo_heavy"]
NAMES = ["Anna Schmidt", "David Okafor", "Maria Lindqvist", "Tom Baker", "Ines Duarte",
         "Kenji Sato", "Laura Rossi", "Peter Novak", "Sara Haddad", "John Miller"]
CITIES = ["NEW YORK", "LONDON", "WASHINGTON", "TOKYO", "CHICAGO", "FRANKFURT", "PARIS",
          "HONG KONG", "TORONTO", "SYDNEY"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct"]
REWORD = {"SAYS": "SAID", "SEES": "EXPECTS", "RISES": "CLIMBS", "FALLS": "DROPS", "UP": "HIGHER",
          "OFF": "LOWER", "TO": "WILL", "PLANS": "PROPOSES", "CUTS": "LOWERS", "RAISES": "LIFTS",
          "says": "said", "to": "will", "wins": "takes", "backs": "supports", "new": "fresh",
          "over": "on", "win": "victory", "calls": "urges", "set": "poised"}


def norm_words(text):
    return WORD.findall(text.lower())


def shingles(words, k=3):
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def jaccard(a, b):
    u = len(a | b)
    return len(a & b) / u if u else 0.0


class Article:
    __slots__ = ("id", "source", "title", "dateline", "paras", "words", "body", "sh", "wset")

    def __init__(self, aid, source, title, dateline, paras):
        self.id, self.source, self.title, self.dateline, self.paras = aid, source, title, dateline, paras
        self.words = norm_words(" ".join(paras))
        self.body = " ".join(self.words)
        self.sh = None
        self.wset = None

    def shingles(self):
        if self.sh is None:
            self.sh = shingles(self.words)
        return self.sh

    def word_set(self):
        if self.wset is None:
            self.wset = set(self.words)
        return self.wset


def read_blocks(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return [b.strip("\n") for b in re.split(r"\n[ \t]*\n", text) if b.strip()]


def prepare_sources(shared, corpus):
    """The real articles: Reuters via the corpus tool, BBC from its tar."""
    reuters = os.path.join(corpus, "reuters")
    if not (os.path.isdir(reuters) and len(os.listdir(reuters)) == 19043):
        shutil.rmtree(reuters, ignore_errors=True)
        tool = os.path.join(shared, "corpora", "tools", "reuters_to_articles.py")
        subprocess.run([sys.executable, tool, os.path.join(shared, "corpora", "reuters21578"), reuters],
                       check=True, stdout=subprocess.DEVNULL)
    bbc = os.path.join(corpus, "bbc")
    if not os.path.isdir(os.path.join(bbc, "tech")):
        shutil.rmtree(bbc, ignore_errors=True)
        tmp = corpus + ".bbc-tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        with tarfile.open(os.path.join(shared, "corpora", "bbc", "bbc-fulltext.tar.xz")) as tar:
            tar.extractall(tmp)
        os.makedirs(bbc)
        for topic in sorted(os.listdir(os.path.join(tmp, "bbc"))):
            src = os.path.join(tmp, "bbc", topic)
            if os.path.isdir(src):
                shutil.move(src, os.path.join(bbc, topic))
        shutil.rmtree(tmp)


def load_articles(corpus):
    arts = {}
    rdir = os.path.join(corpus, "reuters")
    for name in sorted(os.listdir(rdir)):
        bl = read_blocks(os.path.join(rdir, name))
        title, rest, dateline = bl[0], bl[1:], None
        if rest and DATELINE.match(rest[0].strip()):
            dateline, rest = rest[0].strip(), rest[1:]
        aid = "reuters/" + name
        arts[aid] = Article(aid, "reuters", title, dateline, rest)
    bdir = os.path.join(corpus, "bbc")
    for topic in sorted(os.listdir(bdir)):
        for name in sorted(os.listdir(os.path.join(bdir, topic))):
            bl = read_blocks(os.path.join(bdir, topic, name))
            aid = "bbc/%s/%s" % (topic, name)
            arts[aid] = Article(aid, "bbc", bl[0], None, bl[1:])
    return arts


class UnionFind:
    def __init__(self):
        self.p = {}

    def find(self, x):
        self.p.setdefault(x, x)
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a, b):
        self.p[self.find(a)] = self.find(b)


# ---------------------------------------------------------------- real duplicates

def real_pairs(arts, hand):
    hand_label = {frozenset((h["a"], h["b"])): h for h in hand}
    groups = collections.defaultdict(list)
    for a in arts.values():
        if a.words:
            groups[(a.source, a.body)].append(a.id)
    out, exact_ids = [], set()
    for ids in groups.values():
        if len(ids) < 2:
            continue
        exact_ids.update(ids)
        for x, y in itertools.combinations(sorted(ids), 2):
            h = hand_label.get(frozenset((x, y)))
            if h is not None and h["label"] == 0:
                continue  # a hand negative; written below with the other hand labels
            out.append({"a": x, "b": y, "label": 1, "type": "real", "subtype": "exact-body",
                        "source": arts[x].source,
                        "note": h["note"] if h else "normalised bodies equal"})
    for h in hand:
        if h["a"] not in arts or h["b"] not in arts:
            raise SystemExit("hand label names an unknown article: %s %s" % (h["a"], h["b"]))
        if h["kind"] == "exact-body" and h["label"] == 1:
            if arts[h["a"]].body != arts[h["b"]].body:
                raise SystemExit("hand label says exact-body but the bodies differ: %s %s" % (h["a"], h["b"]))
            continue  # already written as exact-body
        if h["label"] == 1:
            out.append({"a": h["a"], "b": h["b"], "label": 1, "type": "real", "subtype": "near-hand",
                        "source": arts[h["a"]].source, "jaccard3": h["jaccard3"], "note": h["note"]})
        else:
            out.append({"a": h["a"], "b": h["b"], "label": 0, "type": "negative", "subtype": "hand",
                        "source": arts[h["a"]].source, "jaccard3": h["jaccard3"], "note": h["note"]})
    return out, exact_ids


# ---------------------------------------------------------------- hard negatives

EARN_TITLE = re.compile(r"\b(1ST|2ND|3RD|4TH|FIRST|SECOND|THIRD|FOURTH) (QTR|QUARTER)\b|\bQTR\b|\bYEAR NET\b|\b(6|9|SIX|NINE) MTHS\b")
DIV_BODY = re.compile(r"^(qtly|qtrly|quarterly|mthly|monthly|semi annual|annual) div\b")
NUM = re.compile(r"\d")


def company(title):
    """The company of an earnings or dividend headline: the words before the ticker
    (<...>) or before the period words."""
    t = title.upper()
    t = re.split(r"<|\(|\b(1ST|2ND|3RD|4TH|FIRST|SECOND|THIRD|FOURTH|QTR|YEAR|6 MTHS|9 MTHS|SETS|DECLARES|IN PAYOUT|REGULAR|QTLY|QUARTERLY|DIVIDEND|PAYOUT|RAISES|UPS|CUTS)\b", t)[0]
    t = re.sub(r"\b(INC|CORP|CO|LTD|PLC|LP|CORPORATION|COMPANY|THE)\b", " ", t)
    return " ".join(re.findall(r"[A-Z0-9&]+", t))


def top_pairs(rnd, items, n_sample, n_keep, ok, score):
    """Up to n_keep pairs with the highest score among n_sample random pairs of items
    that pass ok (all pairs when there are few)."""
    pairs = set()
    total = len(items) * (len(items) - 1) // 2
    if total <= n_sample:
        cand = itertools.combinations(range(len(items)), 2)
    else:
        cand = []
        while len(pairs) < n_sample:
            i, j = rnd.randrange(len(items)), rnd.randrange(len(items))
            if i != j:
                pairs.add((min(i, j), max(i, j)))
        cand = sorted(pairs)
    scored = []
    for i, j in cand:
        a, b = items[i], items[j]
        if ok(a, b):
            scored.append((-score(a, b), a.id, b.id))
    scored.sort()
    return scored[:n_keep]


def negatives(arts, rnd, n_each):
    out = []
    reuters = [a for a in arts.values() if a.source == "reuters" and a.words]

    def wj(a, b):
        return jaccard(a.word_set(), b.word_set())

    def neg(sub, a, b, s, note):
        out.append({"a": a, "b": b, "label": 0, "type": "negative", "subtype": sub,
                    "source": arts[a].source, "words_jaccard": round(-s, 3),
                    "jaccard3": round(jaccard(arts[a].shingles(), arts[b].shingles()), 3),
                    "note": note})

    earn = [a for a in reuters if EARN_TITLE.search(a.title.upper()) and a.words[:1] == ["shr"]
            and company(a.title)]
    for s, a, b in top_pairs(rnd, earn, 40000, n_each,
                             lambda x, y: company(x.title) != company(y.title) and x.body != y.body, wj):
        neg("earnings", a, b, s, "earnings reports of %s and %s" % (company(arts[a].title), company(arts[b].title)))

    div = [a for a in reuters if DIV_BODY.match(a.body) and company(a.title)]
    for s, a, b in top_pairs(rnd, div, 40000, n_each,
                             lambda x, y: company(x.title) != company(y.title) and x.body != y.body, wj):
        neg("dividend", a, b, s, "dividend notices of %s and %s" % (company(arts[a].title), company(arts[b].title)))

    # Recurring market reports: the same headline once digits are dropped, other days, other figures.
    def day(a):
        m = DATELINE.match(a.dateline or "")
        return (m.group(2), m.group(3)) if m else None

    by_title = collections.defaultdict(list)
    for a in reuters:
        if EARN_TITLE.search(a.title.upper()) or DIV_BODY.match(a.body) or day(a) is None:
            continue
        key = " ".join(WORD.findall(re.sub(r"[0-9.:,/-]+", " ", a.title.lower())))
        by_title[key].append(a)
    market = []
    for key in sorted(by_title):
        items = by_title[key]
        if len(items) < 2:
            continue
        cands = []
        for x, y in itertools.combinations(items, 2):
            if day(x) == day(y) or x.body == y.body:
                continue
            nx = [w for w in x.words if NUM.search(w)]
            ny = [w for w in y.words if NUM.search(w)]
            if nx == ny:
                continue
            cands.append((-wj(x, y), x.id, y.id))
        cands.sort()
        market.extend(cands[:3])
    market.sort()
    for s, a, b in market[:n_each]:
        neg("market-report", a, b, s, "'%s' on %s and %s" % (arts[a].title, arts[a].dateline, arts[b].dateline))

    sport = [a for a in arts.values() if a.id.startswith("bbc/sport/") and a.words]
    for s, a, b in top_pairs(rnd, sport, 10 ** 6, n_each,
                             lambda x, y: x.body != y.body and jaccard(x.shingles(), y.shingles()) < 0.2, wj):
        neg("bbc-sport", a, b, s, "%s / %s" % (arts[a].title, arts[b].title))
    return out


# ---------------------------------------------------------------- generated copies

def typo(rnd, word):
    i = rnd.randrange(1, len(word) - 1)
    op = rnd.randrange(4)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rnd.choice("aeiourstn") + word[i + 1:]


def add_typos(rnd, paras, n):
    paras = list(paras)
    for _ in range(n):
        for _try in range(20):
            p = rnd.randrange(len(paras))
            toks = paras[p].split(" ")
            cand = [i for i, t in enumerate(toks) if len(t) >= 5 and t.isalpha()]
            if cand:
                i = rnd.choice(cand)
                toks[i] = typo(rnd, toks[i])
                paras[p] = " ".join(toks)
                break
    return paras


def reword_title(rnd, title):
    words = title.split()
    swapped = False
    for i, w in enumerate(words):
        if w in REWORD:
            words[i] = REWORD[w]
            swapped = True
            break
    if not swapped and len(words) > 3:
        del words[rnd.randrange(1, len(words))]
    return " ".join(words)


def make_copy(rnd, art, kind, donors):
    """(title, dateline, byline, paras) of a copy of art with the edits of kind."""
    title, dateline, byline, paras = art.title, art.dateline, None, list(art.paras)
    edits = {"combo_light": ["headline", "typos", "drop_para"],
             "combo_heavy": ["headline", "drop_para", "add_para", "reorder", "byline_dateline", "typos"]
             }.get(kind, [kind])
    for e in edits:
        if e == "headline":
            title = "UPDATE %d-%s" % (rnd.randrange(1, 4), reword_title(rnd, title))
        elif e == "drop_para":
            i = rnd.randrange(1, len(paras)) if len(paras) > 2 else len(paras) - 1
            del paras[i]
        elif e == "add_para":
            donor = rnd.choice(donors)
            extra = rnd.choice(donor.paras[1:] or donor.paras)
            paras.insert(rnd.randrange(1, len(paras) + 1), extra)
        elif e == "reorder":
            new = []
            for p in paras:
                s = SENT.split(p) if "\n" not in p else [p]
                if len(s) > 1:
                    rnd.shuffle(s)
                new.append(" ".join(s))
            if len(new) > 3:
                i, j = rnd.sample(range(1, len(new)), 2)
                new[i], new[j] = new[j], new[i]
            paras = new
        elif e == "byline_dateline":
            byline = rnd.choice(NAMES)
            dateline = "%s, %s %d" % (rnd.choice(CITIES), rnd.choice(MONTHS), rnd.randrange(1, 29))
        elif e == "typos":
            paras = add_typos(rnd, paras, 5 if kind != "combo_heavy" else 8)
    return title, dateline, byline, paras


def generated(arts, exact_ids, rnd, n_reuters, n_bbc, corpus):
    # Originals: articles with at least 3 paragraphs and 60 words that have no near-duplicate
    # in the archive (no other article shares 20% of 3-word shingles), so a copy's cluster is
    # the original and its copies alone.
    inv = collections.defaultdict(list)
    for a in arts.values():
        for s in a.shingles():
            inv[s].append(a.id)

    def isolated(a):
        cnt = collections.Counter()
        for s in a.sh:
            post = inv[s]
            if len(post) <= 200:
                cnt.update(post)
        for other, c in cnt.items():
            if other != a.id and c / max(1, len(a.sh) + len(arts[other].shingles()) - c) >= 0.2:
                return False
        return True

    picked = []
    for source, n in (("reuters", n_reuters), ("bbc", n_bbc)):
        pool = [a for a in arts.values() if a.source == source and len(a.paras) >= 3
                and len(a.words) >= 60 and a.id not in exact_ids and a.id != "bbc/sport/199.txt"]
        pool.sort(key=lambda a: a.id)
        rnd.shuffle(pool)
        chosen = []
        for a in pool:
            if len(chosen) == n:
                break
            if isolated(a):
                chosen.append(a)
        picked.extend(sorted(chosen, key=lambda a: a.id))
    donors = {s: [a for a in arts.values() if a.source == s and len(a.paras) >= 2] for s in ("reuters", "bbc")}
    gen_txt = os.path.join(corpus, "gen", "txt")
    os.makedirs(gen_txt)
    feeds, labels, n_copy = [], [], 0
    for i, art in enumerate(picked):
        for k in range(2):
            kind = KINDS[(2 * i + k) % len(KINDS)]
            title, dateline, byline, paras = make_copy(rnd, art, kind, donors[art.source])
            stem = "%s-%s-%d-%s" % (art.source[0], os.path.splitext(art.id.replace("/", "_"))[0], k, kind)
            # A quarter of the copies are JSON Lines, spread evenly over the edit kinds
            # (the kind follows i % 4 and k; the format follows i // 4 and k).
            as_jsonl = (i // 4 + k) % 4 == 0
            n_copy += 1
            if as_jsonl:
                rec = {"title": title, "body": "\n\n".join(paras)}
                if byline:
                    rec["author"] = byline
                if dateline:
                    rec["place"] = dateline.split(",")[0]
                feeds.append(rec)
                fname = "gen/feed-%02d.jsonl" % ((len(feeds) - 1) // 50 + 1)
                cid = "%s:%d" % (fname, (len(feeds) - 1) % 50 + 1)
            else:
                blocks = [title] + ([dateline] if dateline else []) + (["By " + byline] if byline else []) + paras
                cid = "gen/txt/%s.txt" % stem
                with open(os.path.join(corpus, cid), "w", encoding="utf-8") as fh:
                    fh.write("\n\n".join(blocks) + "\n")
            labels.append({"a": art.id, "b": cid, "label": 1, "type": "generated", "subtype": kind,
                           "source": art.source, "format": "jsonl" if as_jsonl else "txt",
                           "words": len(art.words)})
    for f in range(0, len(feeds), 50):
        with open(os.path.join(corpus, "gen", "feed-%02d.jsonl" % (f // 50 + 1)), "w", encoding="utf-8") as fh:
            for rec in feeds[f:f + 50]:
                fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    return labels, len(picked)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="/tmp/dupset")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--hand", default=os.path.join(HERE, "dup_labels_hand.jsonl"))
    ap.add_argument("--reuters-originals", type=int, default=200)
    ap.add_argument("--bbc-originals", type=int, default=100)
    ap.add_argument("--negatives-each", type=int, default=150)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    corpus = os.path.join(args.out, "corpus")
    os.makedirs(corpus, exist_ok=True)
    prepare_sources(os.path.abspath(args.shared), corpus)
    shutil.rmtree(os.path.join(corpus, "gen"), ignore_errors=True)
    arts = load_articles(corpus)
    with open(args.hand) as fh:
        hand = [json.loads(l) for l in fh if l.strip()]

    real, exact_ids = real_pairs(arts, hand)
    negs = negatives(arts, rnd, args.negatives_each)
    gen, n_orig = generated(arts, exact_ids, rnd, args.reuters_originals, args.bbc_originals, corpus)

    labels = gen + real
    uf = UnionFind()
    for l in labels:
        if l["label"] == 1:
            uf.union(l["a"], l["b"])
    seen = {frozenset((l["a"], l["b"])) for l in labels}
    dropped = 0
    for l in [l for l in real if l["label"] == 0] + negs:
        key = frozenset((l["a"], l["b"]))
        if uf.find(l["a"]) == uf.find(l["b"]) and l["subtype"] != "hand":
            dropped += 1
            continue
        if key in seen and l["subtype"] != "hand":
            continue
        seen.add(key)
        if l not in labels:
            labels.append(l)
    conflicts = [l for l in labels if l["label"] == 0 and uf.find(l["a"]) == uf.find(l["b"])]
    with open(os.path.join(args.out, "labels.jsonl"), "w") as fh:
        for l in labels:
            fh.write(json.dumps(l, sort_keys=True) + "\n")
    counts = collections.Counter((l["type"], l["subtype"], l["label"]) for l in labels)
    manifest = {
        "seed": args.seed, "corpus": corpus, "originals": n_orig,
        "articles": {"reuters": sum(1 for a in arts.values() if a.source == "reuters"),
                     "bbc": sum(1 for a in arts.values() if a.source == "bbc"),
                     "generated": len(gen)},
        "pairs": {"%s/%s/%d" % k: v for k, v in sorted(counts.items())},
        "negatives_dropped_inside_positive_groups": dropped,
        "hand_negatives_inside_positive_groups": len(conflicts),
        "hand_labels_sha256": hashlib.sha256(open(args.hand, "rb").read()).hexdigest(),
    }
    with open(os.path.join(args.out, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1, sort_keys=True)
    print(json.dumps(manifest, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
