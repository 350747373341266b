#!/usr/bin/env bash
# Work linear in input (issue 13): times `accord extract`, `accord ingest` (fresh SQLite database) and
# `accord segment` on 1, 2, 4 and 8 MB inputs of three shapes — one single line, one long headline,
# and an article with thousands of scope items — and prints each doubling's time ratio. The bound is
# 2.3x per doubling; the script exits 1 when a ratio exceeds it.
#
# Usage: scripts/bench-growth.sh [MAX_MB]     (default 8; release build)
set -euo pipefail
cd "$(dirname "$0")/.."
MAX=${1:-8}
swift build -c release --product accord >&2
BIN=$(swift build -c release --show-bin-path)/accord
WORK=$(mktemp -d "${TMPDIR:-/tmp}/accord-growth.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
python3 - "$WORK" "$MAX" <<'PY'
import sys
work, top = sys.argv[1], int(sys.argv[2])
unit = "วันที่ 5 มีนาคม 2567 กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ลงนามบันทึกความเข้าใจว่าด้วยความร่วมมือด้านดิจิทัลกับญี่ปุ่น มีผลใช้บังคับ 5 ปี "
mb = 1
while mb <= top:
    size = mb * 1024 * 1024
    line = (unit * (size // len(unit.encode()) + 1)).encode()[:size].decode("utf-8", "ignore")
    open(f"{work}/line-{mb}.txt", "w").write(line)
    open(f"{work}/headline-{mb}.txt", "w").write(line + "\n\nวันอังคารที่ 5 มีนาคม 2567\nลงนามบันทึกความเข้าใจกับญี่ปุ่น\n")
    items, i = [], 1
    body = "ข่าว\n\nวันอังคารที่ 5 มีนาคม 2567\nวันนี้ ลงนามบันทึกความเข้าใจกับญี่ปุ่น ขอบเขตความร่วมมือ ได้แก่ "
    total = len(body.encode())
    while total < size:
        item = f"{i}) ด้านความร่วมมือทางดิจิทัลและความมั่นคงปลอดภัยไซเบอร์ข้อที่ {i} "
        items.append(item); total += len(item.encode()); i += 1
    open(f"{work}/scope-{mb}.txt", "w").write(body + "".join(items))
    mb *= 2
PY
status=0
for shape in line headline scope; do
    for tool in extract ingest segment; do
        previous=""
        row="$shape $tool:"
        mb=1
        while [ "$mb" -le "$MAX" ]; do
            f="$WORK/$shape-$mb.txt"
            rm -f "$WORK/db.sqlite"*
            case $tool in
                extract) cmd=("$BIN" extract "$f") ;;
                ingest) cmd=("$BIN" ingest "$f" --database "$WORK/db.sqlite" --quiet) ;;
                segment) cmd=("$BIN" segment "$f") ;;
            esac
            start=$(date +%s.%N); "${cmd[@]}" > /dev/null 2>&1 || true; end=$(date +%s.%N)
            t=$(awk "BEGIN{print $end-$start}")
            if [ -n "$previous" ]; then
                ratio=$(awk "BEGIN{printf \"%.2f\", $t/($previous>0.05?$previous:0.05)}")
                row="$row  ${mb}MB $(printf '%.2f' "$t")s (x$ratio)"
                # Below 0.2 s start-up dominates and the ratio says nothing.
                if awk "BEGIN{exit !($ratio > 2.3 && $t > 0.2)}"; then status=1; row="$row!"; fi
            else
                row="$row  ${mb}MB $(printf '%.2f' "$t")s"
            fi
            previous=$t
            mb=$((mb * 2))
        done
        echo "$row"
    done
done
echo "machine: $(uname -m), $(nproc) cores; bound 2.3x per doubling"
exit $status
