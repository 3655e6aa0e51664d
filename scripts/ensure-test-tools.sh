#!/usr/bin/env bash
# Installs what the tests drive besides the build's own dependencies, when missing:
# Chromium and its WebDriver (Debian's chromium, chromium-driver) for the search page's
# browser test, and from PyPI Selenium, schemathesis (the API against its OpenAPI document)
# and jsonschema (every JSON output against schemas/). A tool that cannot be installed
# makes its tests skip, saying so; it does not stop the run.
set -uo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! [ -x /usr/bin/chromedriver ] || ! { [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]; }; then
    echo "Installing chromium and chromium-driver..." >&2
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null \
        || echo "warning: chromium could not be installed; the browser test will skip" >&2
fi
python3 -c "import jsonschema, referencing" 2>/dev/null || python3 -m pip install --quiet "jsonschema>=4.18"
python3 -c "import feedparser" 2>/dev/null || python3 -m pip install --quiet feedparser   # watch feed tests (Atom)
python3 -c "import selenium" 2>/dev/null || python3 -m pip install --quiet selenium \
    || echo "warning: selenium could not be installed; the browser test will skip" >&2
command -v schemathesis >/dev/null || python3 -m pip install --quiet schemathesis \
    || echo "warning: schemathesis could not be installed; the OpenAPI test will skip" >&2
exit 0
