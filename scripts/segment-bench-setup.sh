# Sourced by scripts/bench-segment.sh and scripts/bench-segment-cli.sh (not run on its own): finds the
# dev corpus folder to segment (ACCORD_CORPUS_DIR, else ../shared/corpus/thaigov-dev.tar.gz unpacked
# once into $TMPDIR/accord-bench-corpus) and the Python environment with PyThaiNLP and nlpO3
# (ACCORD_BENCH_VENV, created once). Sets TMP, DIR, VENV and PIN (one core when taskset exists).
# Expects FOLDER and NAME (for messages).
TMP=${TMPDIR:-/tmp}
CORPUS=${ACCORD_CORPUS_DIR:-}
if [ -z "$CORPUS" ]; then
    CORPUS="$TMP/accord-bench-corpus"
    if [ ! -f "$CORPUS/.unpacked" ]; then
        TARBALL=../shared/corpus/thaigov-dev.tar.gz
        [ -f "$TARBALL" ] || { echo "$NAME: no corpus: set ACCORD_CORPUS_DIR or provide $TARBALL" >&2; exit 2; }
        echo "unpacking $TARBALL into $CORPUS ..." >&2
        rm -rf "$CORPUS" && mkdir -p "$CORPUS"
        tar -xzf "$TARBALL" -C "$CORPUS"
        touch "$CORPUS/.unpacked"
    fi
fi
DIR="$CORPUS/$FOLDER"
[ -d "$DIR" ] || { echo "$NAME: no folder $DIR" >&2; exit 2; }

VENV=${ACCORD_BENCH_VENV:-$TMP/accord-seg-bench-venv}
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import pythainlp, nlpo3" 2>/dev/null; then
    echo "installing pythainlp and nlpo3 into $VENV ..." >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet "pythainlp==5.4.0" "nlpo3==1.4.0"
fi

PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); fi
