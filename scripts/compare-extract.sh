#!/usr/bin/env bash
# Runs two accord binaries over whole corpora and summarises what changed, for the overfitting guard
# ("a rule earns its place on many articles"): counts of articles whose instruments changed, what was
# added and removed by kind and event, and a seeded sample of changed articles to read.
#
#   scripts/compare-extract.sh OLD_ACCORD NEW_ACCORD OUT_DIR CORPUS_DIR [CORPUS_DIR...]
#
# OUT_DIR receives old.jsonl, new.jsonl (one `accord extract` line per file) and summary.txt.
set -euo pipefail
old=$1 new=$2 out=$3
shift 3
mkdir -p "$out"
: > "$out/files.txt"
for c in "$@"; do find "$c" -type f -name '*.txt' | sort >> "$out/files.txt"; done
for side in old new; do
  [ -s "$out/$side.jsonl" ] && [ -n "${COMPARE_REUSE:-}" ] && continue
  bin=$old; [ "$side" = new ] && bin=$new
  tr '\n' '\0' < "$out/files.txt" | xargs -0 -n 2000 "$bin" extract 2>/dev/null > "$out/$side.jsonl" || true
done
python3 - "$out" <<'PY'
import json, random, sys, collections
out = sys.argv[1]
def load(p):
    d = {}
    for line in open(p, encoding="utf-8"):
        r = json.loads(line)
        d[r.get("path")] = r
    return d
old, new = load(f"{out}/old.jsonl"), load(f"{out}/new.jsonl")
def key(a):
    return (a["instrument"], a["event"], a.get("eventDate") if not a.get("eventDateIsPublished") else None, tuple(sorted(a.get("counterparts", []))))
added, removed = collections.Counter(), collections.Counter()
changed = []
news = collections.Counter()
for p in sorted(set(old) | set(new)):
    a = [key(x) for x in old.get(p, {}).get("agreements", [])]
    b = [key(x) for x in new.get(p, {}).get("agreements", [])]
    news[(bool(a), bool(b))] += 1
    if sorted(map(repr, a)) != sorted(map(repr, b)):
        changed.append(p)
        ca, cb = collections.Counter(a), collections.Counter(b)
        for k, n in (cb - ca).items(): added[k[:2]] += n
        for k, n in (ca - cb).items(): removed[k[:2]] += n
with open(f"{out}/summary.txt", "w", encoding="utf-8") as f:
    f.write(f"articles {len(set(old) | set(new))}; agreement news old {sum(v for k, v in news.items() if k[0])}, new {sum(v for k, v in news.items() if k[1])}; "
            f"became news {news[(False, True)]}, stopped being news {news[(True, False)]}; articles with changed instruments {len(changed)}\n")
    f.write("added (kind, event): " + ", ".join(f"{k[0]} {k[1]} {n}" for k, n in added.most_common()) + "\n")
    f.write("removed (kind, event): " + ", ".join(f"{k[0]} {k[1]} {n}" for k, n in removed.most_common()) + "\n")
    rng = random.Random(7)
    for p in rng.sample(changed, min(40, len(changed))):
        f.write(f"\n{p}\n  old: {[key(x) for x in old.get(p, {}).get('agreements', [])]}\n  new: {[key(x) for x in new.get(p, {}).get('agreements', [])]}\n")
print(open(f"{out}/summary.txt", encoding="utf-8").read())
PY
