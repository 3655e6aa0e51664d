#!/usr/bin/env bash
# Runs the test suite (installing libxapian-dev, libxml2-dev, libcmark-gfm-dev and xapian-tools first when
# missing, and the test tools of scripts/ensure-test-tools.sh: chromium, selenium, schemathesis, jsonschema),
# then validates every JSON output the tests produced against schemas/ (scripts/validate_json.py; the tests
# log them to .build/json-outputs).
# Tests that read ../shared/corpora skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
scripts/ensure-test-tools.sh
rm -rf .build/json-outputs
swift test "$@"
python3 scripts/validate_json.py --log .build/json-outputs
