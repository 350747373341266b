#!/usr/bin/env bash
# Extraction throughput over the whole dev corpus (release build, one core).
# Usage: scripts/bench-extract.sh [CORPUS_DIR]   (default: ../shared corpus, unpacked once; or $ACCORD_CORPUS_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
exec swift run -c release AccordBenchmarks "$@"
