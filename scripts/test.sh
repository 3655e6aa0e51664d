#!/usr/bin/env bash
# Runs the test suite (installing libxapian-dev first when it is missing).
# Tests that read ../shared/corpora skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-xapian.sh
swift test "$@"
