#!/usr/bin/env bash
# End-to-end segmentation benchmark of the command line: `accord segment FILE > OUT` (release build)
# beside nlpO3 and PyThaiNLP's newmm, each a fresh process reading the same file and writing the
# same `|`-joined tokens (process start and dictionary load included, as a user pays them).
# Prints wall and CPU seconds, MB/s, Accord's speed ratios, and the word-boundary F1 of Accord's
# output against newmm's (all boundaries, and boundaries between two Thai characters).
#
# Usage: scripts/bench-segment-cli.sh [FOLDER]   (FOLDER of the dev corpus, default 14; its articles are
#                                                 concatenated in path order into one input file)
# Environment: ACCORD_CORPUS_DIR, ACCORD_BENCH_VENV as for scripts/bench-segment.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
FOLDER=${1:-14}
NAME=bench-segment-cli
# shellcheck source=scripts/segment-bench-setup.sh
source scripts/segment-bench-setup.sh

echo "building accord (release) ..." >&2
swift build -c release --product accord >&2

OUT=$(mktemp -d "$TMP/accord-bench-segment-cli.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
find "$DIR" -type f -name '*.txt' -print0 | sort -z | xargs -0 cat > "$OUT/input.txt"
BYTES=$(stat -c %s "$OUT/input.txt")


cat > "$OUT/segment_cli.py" <<'PY'
import os, sys
engine, source, target = sys.argv[1:4]
if engine == "nlpO3":
    import nlpo3
    from pythainlp.corpus import corpus_path
    nlpo3.load_dict(os.path.join(corpus_path(), "words_th.txt"), "words_th")
    segment = lambda line: nlpo3.segment(line, "words_th")
else:
    from pythainlp.tokenize import word_tokenize
    segment = lambda line: word_tokenize(line, engine="newmm", keep_whitespace=True)
with open(source, encoding="utf-8", newline="") as fh:
    text = fh.read()
with open(target, "w", encoding="utf-8", newline="") as out:
    # A line at a time: faster for both than one 60 MB call (and bounded in memory); line breaks are
    # tokens of their own in all three segmenters.
    first = True
    for line in text.splitlines(keepends=True):
        if not first:
            out.write("|")
        first = False
        out.write("|".join(segment(line)))
    out.write("\n")
PY

run() {  # name, command...: best wall of 3 runs (1 for newmm), with its CPU seconds
    local name=$1; shift
    local rounds=3; [ "$name" = newmm ] && rounds=1
    local best=""
    for _ in $(seq $rounds); do
        /usr/bin/time -f "%e %U %S %M" -o "$OUT/$name.time" "${PIN[@]}" "$@"
        read -r wall user sys rss < "$OUT/$name.time"
        if [ -z "$best" ] || awk "BEGIN{exit !($wall < ${best%% *})}"; then best="$wall $(awk "BEGIN{print $user+$sys}") $rss"; fi
    done
    echo "$name $best" >> "$OUT/times"
}
run accord sh -c ".build/release/accord segment '$OUT/input.txt' > '$OUT/accord.out'"
run nlpO3 "$VENV/bin/python" "$OUT/segment_cli.py" nlpO3 "$OUT/input.txt" "$OUT/nlpO3.out"
run newmm "$VENV/bin/python" "$OUT/segment_cli.py" newmm "$OUT/input.txt" "$OUT/newmm.out"

python3 - "$OUT" "$BYTES" <<'PY'
import sys
out, nbytes = sys.argv[1], int(sys.argv[2])
mb = nbytes / 1e6
times = {}
for line in open(f"{out}/times"):
    name, wall, cpu, rss = line.split()
    times[name] = (float(wall), float(cpu), int(rss))
text = open(f"{out}/input.txt", encoding="utf-8", newline="").read()

def cuts(path):
    """Offsets in the input where the output puts a separator (a literal '|' of the input is matched first)."""
    o = open(path, encoding="utf-8", newline="").read()
    if o.endswith("\n"):
        o = o[:-1]
    res, i, j = set(), 0, 0
    while j < len(o):
        if i < len(text) and o[j] == text[i]:
            i += 1
        elif o[j] == "|":
            res.add(i)
        else:
            raise SystemExit(f"{path}: output does not follow the input at offset {i}")
        j += 1
    if i != len(text):
        raise SystemExit(f"{path}: output covers {i} of {len(text)} characters")
    return res

def thai(c): return "\u0e00" <= c <= "\u0e7f"
ref = cuts(f"{out}/newmm.out")
print(f"input: {mb:.1f} MB ({nbytes} bytes), one file, end to end (process start, dictionary, read, write)")
print(f"{'segmenter':<10} {'wall s':>8} {'CPU s':>8} {'MB/s wall':>10} {'peak RSS MB':>12}")
for name in ("accord", "nlpO3", "newmm"):
    wall, cpu, rss = times[name]
    print(f"{name:<10} {wall:8.2f} {cpu:8.2f} {mb / wall:10.1f} {rss / 1024:12.0f}")
for other in ("nlpO3", "newmm"):
    print(f"accord is {times[other][0] / times['accord'][0]:.2f}x {other} (wall)")
for name in ("accord", "nlpO3"):
    sys_cuts = cuts(f"{out}/{name}.out")
    for label, keep in (("all", lambda k: True), ("Thai-Thai", lambda k: 0 < k < len(text) and thai(text[k - 1]) and thai(text[k]))):
        s = {k for k in sys_cuts if keep(k)}; r = {k for k in ref if keep(k)}
        tp = len(s & r); p = tp / len(s) if s else 1; rc = tp / len(r) if r else 1
        print(f"{name} boundary F1 vs newmm ({label}): {2 * p * rc / (p + rc) if p + rc else 0:.4f}")
PY
echo "machine: $(uname -m), $(nproc) cores, $(swift --version 2>/dev/null | head -1)"
