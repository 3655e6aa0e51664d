#!/usr/bin/env bash
# Regenerates docs/search-cli.1 from the commands themselves: swift-argument-parser's
# GenerateManual plugin writes the page, scripts/tidy_man.py turns the exit-code table
# into EXIT STATUS and drops the --version/--help items every subcommand repeats.
# Run it after changing a command, an option or its help, and commit docs/search-cli.1
# (ManPageTests fails while the committed page is out of date).
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build/man
mkdir -p "$out"
swift package --allow-writing-to-package-directory generate-manual --configuration debug --output-directory "$out"
python3 scripts/tidy_man.py "$out/search-cli.1" > docs/search-cli.1
echo "wrote docs/search-cli.1 (read it with: man -l docs/search-cli.1)"
