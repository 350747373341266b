#!/usr/bin/env bash
# Thai word segmentation benchmark, one core, side by side on the same text:
# Accord's WordSegmenter (release build) vs PyThaiNLP's newmm and nlpO3 (from PyPI, in a venv).
# Prints MB/s (UTF-8 bytes per CPU second) for each, Accord's speed ratios, and the word-boundary F1
# of Accord against newmm on a fixed sample of 500 articles (all boundaries, and boundaries
# between two Thai characters), for the bundled dictionary with and without Accord's domain lexicon.
#
# Usage: scripts/bench-segment.sh [FOLDER]      (FOLDER of the dev corpus, default 14)
# Environment: ACCORD_CORPUS_DIR   an unpacked dev corpus (else ../shared/corpus/thaigov-dev.tar.gz
#                                  is unpacked once into $TMPDIR/accord-bench-corpus)
#              ACCORD_BENCH_VENV   the virtual environment to create/reuse (default $TMPDIR/accord-seg-bench-venv)
set -euo pipefail
cd "$(dirname "$0")/.."
FOLDER=${1:-14}
NAME=bench-segment
# shellcheck source=scripts/segment-bench-setup.sh
source scripts/segment-bench-setup.sh

echo "building accord-segment-bench (release) ..." >&2
swift build -c release --product accord-segment-bench >&2

OUT=$(mktemp -d "$TMP/accord-bench-segment.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
"${PIN[@]}" .build/release/accord-segment-bench "$DIR" --sample 500 --tokens-out "$OUT/tokens" --rounds 3 > "$OUT/accord.json"
"${PIN[@]}" "$VENV/bin/python" scripts/bench_segment.py "$DIR" --accord-json "$OUT/accord.json" --tokens-prefix "$OUT/tokens"
echo "machine: $(uname -m), $(nproc) cores, $(swift --version 2>/dev/null | head -1)"
