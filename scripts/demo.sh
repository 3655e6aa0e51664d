#!/usr/bin/env bash
# Sets up (libxapian-dev, libxml2-dev, libcmark-gfm-dev, release build), indexes seeds/ and runs a search.
# Usage: scripts/demo.sh ["query"]     (index: $SEARCH_CLI_INDEX, default .build/seeds-index)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build -c release --static-swift-stdlib --product search-cli
export SEARCH_CLI_INDEX="${SEARCH_CLI_INDEX:-$PWD/.build/seeds-index}"
.build/release/search-cli index build seeds/
.build/release/search-cli search "${1:-Huawei 5G Germany}"
echo
echo "Serve it to colleagues: .build/release/search-cli serve --index $SEARCH_CLI_INDEX   (http://127.0.0.1:8080/)"
