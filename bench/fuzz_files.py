#!/usr/bin/env python3
"""Writes the hostile article files of issue 11 ("bounded cost on hostile
input") into a folder, the same bytes for the same seed: issue 11's cases at
full size (a 1,000,000-attribute page, 100,000-level nesting, a 1,000,000-block
text, a binary .jsonl...) and seeded random files of every format (random
bytes, control characters, invalid UTF-8, long lines, random and truncated
markup, deep nesting, wide elements), 466 in all by default.

    bench/fuzz_files.py OUT [--seed N] [--count N]
"""
import argparse
import os
import random

WORDS = ["harbour", "ferry", "council", "market", "shares", "minister", "storm", "river", "pangolin", "wombat",
         "election", "café", "naïve", "Zürich", "東京", "🎉", "oil", "bank", "vote", "street"]
PIECES = {
    "html": ["<p>", "</p>", "<div>", "</div>", "<a href='", "'", '"', "<!--", "-->", "--!>", "<script>", "</script>",
             "<style>", "</style>", "<![CDATA[", "]]>", "&amp;", "&#x", "&#", ";", '<img alt="', "<figure>", "<figcaption>",
             "<cite>", '<meta charset="', '<meta property="og:title" content="', "<b>", "</b>", "<html>", "<body ", "=",
             ">", "<", "/>", "</", "<!DOCTYPE html>", "<?xml ?>", "<article>", "<nav>", "<br>", "<h2>", "<table><tr><td>"],
    "md": ["#", "# ", "*", "**", "_", "__", "`", "```", "![", "](", ")", "[", "]", "\n", "\n\n", "---", "---\n", "> ",
           "- ", "1. ", "|", "<", ">", "&", "&amp;", "\\", "    ", "[1]: ", "http://x", "<div>", "</div>", "<!--", "~~~"],
    "jsonl": ["{", "}", "[", "]", '"title":', '"body":', '"paragraphs":[', '"captions":[', '"', ",", ":", "\\u12",
              "\\uD800", "\\n", "\n", "null", "1e999", "-", "true", '{"title":"x"}\n', '"author":{"name":'],
    "txt": ["\n", "\n\n", "REUTERS/Amir Cohen", "WASHINGTON, Feb 26", "More from GZERO Media", "   ", "\t", "\r",
            "\r\n", "\x1b", "\u2028", "\ufeff"],
}
KINDS = ["random", "control", "invalid-utf8", "long-line", "markup", "truncated", "deep", "wide"]
EXTS = ["txt", "html", "md", "jsonl"]


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)) + "."


def valid(rng, ext):
    title = sentence(rng, 5)
    paras = [sentence(rng, rng.randint(5, 40)) for _ in range(rng.randint(2, 8))]
    if ext == "html":
        return ("<html><head><title>%s</title><meta charset=\"utf-8\"></head><body><article><h1>%s</h1>" % (title, title)
                + "".join('<p class="x">%s</p>' % p for p in paras)
                + '<figure><img alt="%s"><figcaption>%s REUTERS/Ann Lee</figcaption></figure></article></body></html>'
                % (sentence(rng, 4), sentence(rng, 6)))
    if ext == "md":
        return "---\ntitle: %s\n---\n\n# %s\n\n%s\n\n![%s](x.jpg)\n*Photo: Ann Lee*\n" % (title, title, "\n\n".join(paras), sentence(rng, 4))
    if ext == "jsonl":
        return "".join('{"title": "%s", "body": "%s", "date": "2024-04-20"}\n' % (sentence(rng, 4), "\\n\\n".join(paras))
                       for _ in range(rng.randint(1, 5)))
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def random_file(rng, kind, ext):
    if kind == "random":
        n = rng.randint(1, 65536)
        data = bytes(rng.getrandbits(8) for _ in range(n))
        return data if rng.random() < 0.3 else data.replace(b"\0", b" ")
    if kind == "control":
        text = valid(rng, ext)
        bad = ["\x1b[31m", "\x07", "\u202e", "\u2028", "\u2029", "\r", "\t", "\x7f", "\x85", "\ue000"]
        return "".join(c + (rng.choice(bad) if rng.random() < 0.05 else "") for c in text).encode()
    if kind == "invalid-utf8":
        data = bytearray(valid(rng, ext).encode())
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randint(0x80, 0xFF)
        return bytes(data)
    if kind == "long-line":
        line = " ".join(rng.choice(WORDS) for _ in range(rng.randint(10_000, 300_000)))
        return {"html": "<p>%s</p>" % line, "jsonl": '{"title": "long", "body": "%s"}\n' % line}.get(ext, "Long\n\n" + line + "\n").encode()
    if kind == "markup":
        pieces = PIECES[ext]
        return "".join(rng.choice(WORDS) + " " if rng.random() < 0.3 else rng.choice(pieces)
                       for _ in range(rng.randint(100, 50_000))).encode()
    if kind == "truncated":
        data = valid(rng, ext).encode()
        return data[:rng.randint(1, len(data))]
    if kind == "deep":
        depth = rng.randint(200, 200_000)
        opener = rng.choice({"html": ["<div>", "<b>", "<span>", "<li>", "<table><tr><td>", "<figure>", "<p><b>"],
                             "md": [">", "> ", "- ", "* ", "1. ", "[", "*"],
                             "jsonl": ["[", '{"a":'], "txt": [" ", "\t"]}[ext])
        return ("pangolin before\n\n" + opener * depth + "wombat deep\n\naardvark after\n").encode()
    count = rng.randint(1_000, 150_000)  # wide
    if ext in ("html", "md"):
        return ("pangolin before\n\n<p" + "".join(" a%d" % i if rng.random() < 0.5 else " a%d='v'" % i for i in range(count))
                + ">wombat</p>\n\naardvark after\n").encode()
    if ext == "jsonl":
        return ("{" + ",".join('"k%d": "%s"' % (i, rng.choice(WORDS)) for i in range(count)) + ', "title": "wide"}\n').encode()
    return b"Wide\n\n" + b"".join(b"word%d\n\n" % (i % 1000) for i in range(count))


def issue_cases():
    """Issue 11's files at the sizes it reports, and the worst cases found since."""
    attrs = lambda n: ("<html><body><p" + "".join(" a%d" % i for i in range(n)) + ">pangolin</p><p>aardvark after</p></body></html>").encode()
    yield "issue/attrs-10000.html", attrs(10_000)
    yield "issue/attrs-60000.html", attrs(60_000)
    yield "issue/attrs-1000000.html", attrs(1_000_000)
    yield "issue/attrs-noblank-100000.html", ("<p " + "".join("a%d='x'" % i for i in range(100_000)) + ">t</p>").encode()
    yield "issue/attrs-after-quoted-gt.html", ('<p title="a > b"' + "".join(" a%d" % i for i in range(200_000)) + ">t</p>").encode()
    yield "issue/attrs-long-names.html", ("<p " + "a" * 8_000_000 + ">t</p><p>after</p>").encode()
    yield "issue/attrs-many-elements.html", (("<p " + " ".join("a%d" % i for i in range(256)) + ">t</p>") * 4_000).encode()
    for depth in (300, 100_000):
        yield "issue/deep-%d.html" % depth, ("<html><body><p>pangolin before</p>" + "<div>" * depth + "<p>wombat</p>"
                                             + "</div>" * depth + "<p>aardvark after</p></body></html>").encode()
        yield "issue/deep-%d.md" % depth, ("# Deep\n\npangolin before\n\n" + ">" * depth + " wombat\n\naardvark after\n").encode()
    yield "issue/deep-divs-end-spans.html", ("<html><body>" + "<div>" * 100_000 + "</span>" * 1_000_000 + "<p>after</p>").encode()
    yield "issue/many-tags.html", ("<html><body>" + "<a>" * 2_000_000).encode()
    yield "issue/unexpected-end-tags.html", ("<html><body><p>hi</p>" + "</x>" * 2_000_000 + "<p>after</p>").encode()
    yield "issue/nul-in-attribute.html", b'<p a="x\0y" b>pangolin</p><p>aardvark after</p>' + b" " * 9000
    yield "issue/comment-unterminated.html", ("<p>before</p><!-- <p " + " ".join("a%d" % i for i in range(100_000)) + ">t</p>").encode()
    yield "issue/script-fake-end.html", ("<script></div><p " + " ".join("a%d" % i for i in range(100_000)) + ">t</p></script><p>after</p>").encode()
    yield "issue/huge-text-node.html", b"<p>" + b"word " * 2_400_000 + b"</p><p>aardvark after</p>"
    yield "issue/iso-2022-jp.html", b'<meta charset="iso-2022-jp"><p>\x1b$B$3$s$K$A$O\x1b(B pangolin</p>'
    yield "issue/blocks-1000000.txt", b"Many blocks\n\n" + b"".join(b"word%d\n\n" % (i % 1000) for i in range(1_000_000))
    yield "issue/one-line-15mb.txt", b"Title\n\n" + b"word " * 3_000_000 + b"\n"
    yield "issue/cr-only.txt", b"Title\r\rFirst paragraph.\r\rSecond paragraph.\r"
    noise = random.Random(11)
    yield "issue/binary-809-lines.jsonl", b"".join(bytes(b if b not in (0, 10, 13) else 0x7F for b in noise.randbytes(noise.randint(20, 200))) + b"\n"
                                                   for _ in range(809))
    yield "issue/json-deep.jsonl", b"[" * 5_000_000 + b'\n{"title":"ok","body":"fine words"}\n'
    yield "issue/json-many-articles.jsonl", b"".join(b'{"title":"t%d"}\n' % i for i in range(800_000))
    yield "issue/json-huge-body.jsonl", b'{"title":"t","body":"' + b"".join(b"w%d\\n\\n" % (i % 1000) for i in range(1_000_000)) + b'"}\n'
    yield "issue/json-crlf.jsonl", b'{"title":"a","body":"one"}\r\n{"title":"b","body":"two"}\r\n'
    yield "issue/md-emphasis-lines.md", ("*a_ " * 50 + "\n").encode() * 40_000
    yield "issue/md-quote-blocks.md", (">" * 1000 + "\n\n").encode() * 8_000
    yield "issue/md-brackets.md", b"[" * 1_000_000
    yield "issue/md-raw-html-attrs.md", ("<p" + "".join(" a%d" % i for i in range(1_000_000)) + ">t</p>\n").encode()
    yield "issue/md-entities.md", b"&amp;" * 3_000_000


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--count", type=int, default=466)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    files = list(issue_cases())
    n = 0
    while len(files) < args.count:
        ext, kind = EXTS[n % len(EXTS)], KINDS[(n // len(EXTS)) % len(KINDS)]
        files.append(("%s/%s-%03d.%s" % (ext, kind, n, ext), random_file(rng, kind, ext)))
        n += 1
    for name, data in files[:args.count]:
        path = os.path.join(args.out, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    print("%d files, %.1f MB in %s" % (min(len(files), args.count), sum(len(d) for _, d in files[:args.count]) / 1e6, args.out))


if __name__ == "__main__":
    main()
