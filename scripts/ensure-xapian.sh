#!/usr/bin/env bash
# Installs Xapian's development files (Debian's libxapian-dev) when they are missing.
set -euo pipefail
if [ -f /usr/include/xapian.h ] && ldconfig -p 2>/dev/null | grep -q libxapian; then
    exit 0
fi
echo "Installing libxapian-dev (Xapian 1.4)..." >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libxapian-dev >/dev/null
