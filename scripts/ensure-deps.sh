#!/usr/bin/env bash
# Installs the Debian packages the build needs when they are missing:
# libxapian-dev (Xapian 1.4), libxml2-dev (the HTML parser) and libcmark-gfm-dev
# (the Markdown parser); xapian-tools (xapian-tcpsrv, for the remote-shard tests and
# `index serve-shards`); and for the tests, tmux (TerminalScreenTests) and script from
# bsdutils (ColorOutputTests).
set -euo pipefail
missing=()
if ! [ -f /usr/include/xapian.h ] || ! ldconfig -p 2>/dev/null | grep -q libxapian; then
    missing+=(libxapian-dev)
fi
if ! [ -f /usr/include/libxml2/libxml/HTMLparser.h ] || ! ldconfig -p 2>/dev/null | grep -q libxml2; then
    missing+=(libxml2-dev)
fi
if ! [ -f /usr/include/cmark-gfm.h ] || ! ldconfig -p 2>/dev/null | grep -q libcmark-gfm; then
    missing+=(libcmark-gfm-dev)
fi
command -v tmux >/dev/null || missing+=(tmux)
command -v script >/dev/null || missing+=(bsdutils)
if ! [ -x /usr/bin/xapian-tcpsrv ]; then
    missing+=(xapian-tools)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing ${missing[*]}..." >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
