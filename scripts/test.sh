#!/usr/bin/env bash
# Runs the test suite (installing libxapian-dev, libxml2-dev, libcmark-gfm-dev and xapian-tools first when missing).
# Tests that read ../shared/corpora skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift test "$@"
