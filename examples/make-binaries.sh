#!/bin/sh
# Regenerates the derived example files (PDF, DOCX, ODT, WARC.gz, the Windows-1252 page, the
# damaged copies and the bad inputs) from the hand-written sources in examples/src/.
# Needs only python3 and its standard library; the output is byte-identical on every run.
set -eu
cd "$(dirname "$0")"
python3 src/make_binaries.py
echo "regenerated: story/ and bad/ (check with: git status --short examples/)"
