#!/usr/bin/env bash
# Runs the test suite (installing libxapian-dev, libxml2-dev and libcmark-gfm-dev first when missing,
# and the JSON Schema validator jsonschema from PyPI), then validates every JSON output the tests
# produced against schemas/ (scripts/validate_json.py; the tests log them to .build/json-outputs).
# Tests that read ../shared/corpora skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
if ! python3 -c "import jsonschema, referencing" 2>/dev/null; then
    python3 -m pip install --quiet "jsonschema>=4.18"
fi
rm -rf .build/json-outputs
swift test "$@"
python3 scripts/validate_json.py --log .build/json-outputs
