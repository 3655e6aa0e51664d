#!/usr/bin/env python3
"""Tidies the man page that swift-argument-parser's GenerateManual plugin writes
(scripts/man.sh runs both): the exit-code table of `search-cli --help` becomes the
EXIT STATUS section (in place of `.Ex -std`), and the --version and --help items
that every subcommand repeats are kept once, at the top. Reads the page given as
the argument, writes the tidy one on stdout."""
import re
import sys

lines = open(sys.argv[1], encoding="utf-8").read().split("\n")

# The exit-code table: "Exit codes:" then "  N   text" items, continued by deeper-indented lines.
start = lines.index("Exit codes:")
end = start + 1
items = []
while end < len(lines) and not lines[end].startswith("."):
    m = re.match(r"^  (\d+(?:, \d+)*)\s+(.*)$", lines[end])
    if m:
        items.append([m.group(1), m.group(2)])
    elif lines[end].strip():
        items[-1][1] += " " + lines[end].strip()
    end += 1
del lines[start:end]
if start > 0 and lines[start - 1] == "":
    del lines[start - 1]

status = [".Sh EXIT STATUS", ".Bl -tag -width 9n"]
for code, text in items:
    status += [".It " + code, text.replace("\\", "\\e")]
status.append(".El")

out = []
seen_version = seen_help = False
i = 0
while i < len(lines):
    line = lines[i]
    if line == ".It Fl -version" and i + 1 < len(lines) and lines[i + 1] == "Show the version.":
        if seen_version:
            i += 2
            continue
        seen_version = True
    if line == ".It Fl h , -help" and i + 1 < len(lines) and lines[i + 1] == "Show help information.":
        if seen_help:
            i += 2
            continue
        seen_help = True
    if line == '.Sh "EXIT STATUS"' and i + 1 < len(lines) and lines[i + 1] == ".Ex -std":
        out += status
        i += 2
        continue
    out.append(line)
    i += 1
sys.stdout.write("\n".join(out))
