#!/usr/bin/env bash
# Regenerate the committed example exports (exports/seed.gexf, exports/seed-events.jsonl) from a fresh
# ingest of examples/. tests/test_example_export.py fails when they are stale; run this and commit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
python="${PYTHON:-python}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$python" -m kg.cli ingest examples --store "$tmp/store" --quiet
"$python" -m kg.cli export --store "$tmp/store" --format gexf -o exports/seed.gexf
"$python" -m kg.cli export --store "$tmp/store" --format events -o exports/seed-events.jsonl
