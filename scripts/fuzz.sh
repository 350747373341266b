#!/usr/bin/env bash
# Fuzzes one target with libFuzzer and AddressSanitizer.
#
#   scripts/fuzz.sh TARGET SECONDS [JOBS]     TARGET: extract | dates | segment | search | correction
#   (environment: ACCORD_FUZZ_MAX_LEN, the largest input in bytes, default 4096; ACCORD_CORPUS_DIR)
#
# Builds Fuzz/AccordFuzz with -sanitize=fuzzer,address (release, in .build-fuzz so the ordinary build
# is untouched), seeds the corpus once (Fuzz/corpus/TARGET: the seed articles and hostile cases from
# Fuzz/seeds; with ACCORD_CORPUS_DIR, also 200 dev-corpus articles), and runs for SECONDS. A crash
# leaves crash-* in Fuzz/artifacts/TARGET and fails; reproduce it with an ordinary build:
#   swift build --product accord-fuzz && ACCORD_FUZZ_TARGET=TARGET .build/debug/accord-fuzz Fuzz/artifacts/TARGET/crash-…
# The last line is libFuzzer's count of executions (figures in the README).
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${1:?target: extract, dates, segment, search or correction}
SECONDS_TO_RUN=${2:?seconds}
JOBS=${3:-1}
case "$TARGET" in extract|dates|segment|search|correction) ;; *) echo "fuzz: unknown target $TARGET" >&2; exit 2 ;; esac

swift build -c release --scratch-path .build-fuzz --product accord-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING >&2
BIN=.build-fuzz/release/accord-fuzz

CORPUS=Fuzz/corpus/$TARGET
ARTIFACTS=Fuzz/artifacts/$TARGET
mkdir -p "$CORPUS" "$ARTIFACTS"
if [ -z "$(ls -A "$CORPUS")" ]; then
    cp Fuzz/seeds/* "$CORPUS"/ 2>/dev/null || true
    for f in Tests/Fixtures/seeds/*.txt; do cp "$f" "$CORPUS/seed-$(basename "$f")"; done
    if [ -n "${ACCORD_CORPUS_DIR:-}" ]; then
        find "$ACCORD_CORPUS_DIR" -name '*.txt' -size -8k | sort | awk 'NR % 80 == 0' | head -200 | while read -r f; do
            cp "$f" "$CORPUS/dev-$(printf '%s' "$f" | md5sum | cut -c1-12).txt"
        done
    fi
fi
PARALLEL=()
# With several jobs libFuzzer writes each job's log to fuzz-N.log in the working directory: keep them
# with the artifacts.
if [ "$JOBS" -gt 1 ]; then PARALLEL=(-jobs="$JOBS" -workers="$JOBS"); fi
ACCORD_FUZZ_TARGET=$TARGET "$BIN" "$CORPUS" -artifact_prefix="$ARTIFACTS/" -max_total_time="$SECONDS_TO_RUN" \
    -max_len="${ACCORD_FUZZ_MAX_LEN:-4096}" -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 "${PARALLEL[@]}" 2>&1 | tail -20
mv fuzz-*.log "$ARTIFACTS"/ 2>/dev/null || true
