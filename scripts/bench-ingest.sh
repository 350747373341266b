#!/usr/bin/env bash
# Ingest benchmark: whole corpora into a fresh database, release build, then search latency.
# Usage: scripts/bench-ingest.sh [CORPUS_DIR...]   (default /tmp/corpus, the unpacked thaigov-dev.tar.gz;
#        both dev corpora: scripts/bench-ingest.sh /tmp/corpus /tmp/corpus-v2)
# Reports: ingest time, articles/s overall and around 10k, 30k and the last batch (from the progress
# lines), peak RSS, database size, the re-run time, search p50/p99 over scripts/search-queries.txt.
# PostgreSQL: ACCORD_BENCH_BACKEND=postgres scripts/bench-ingest.sh [CORPUS_DIR] runs the same steps
# against a fresh database on ACCORD_TEST_POSTGRES_URL's server, or on a throwaway cluster
# (scripts/with-postgres.sh) when that is unset.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then set -- /tmp/corpus; fi
BACKEND="${ACCORD_BENCH_BACKEND:-sqlite}"
case "$BACKEND" in
    sqlite) ;;
    postgres) [ -n "${ACCORD_TEST_POSTGRES_URL:-}" ] || exec scripts/with-postgres.sh "$0" "$@" ;;
    *) echo "ACCORD_BENCH_BACKEND=$BACKEND: expected sqlite or postgres" >&2; exit 2 ;;
esac
swift build -c release --product accord >/dev/null
BIN="$(swift build -c release --show-bin-path)/accord"
WORK="$(mktemp -d)"
DB="$WORK/bench.sqlite"
trap 'rm -rf "$WORK"' EXIT
if [ "$BACKEND" = postgres ]; then
    DB="${ACCORD_TEST_POSTGRES_URL%/*}/accord_bench_$$"
    "$BIN" migrate --database "$DB" >/dev/null
    echo "backend: postgres $(psql "$DB" -Atc "SHOW server_version" 2>/dev/null || true)"
else
    echo "backend: sqlite"
fi
START=$(date +%s.%N)
/usr/bin/time -v -o "$WORK/time.txt" "$BIN" ingest "$@" --database "$DB" --json 2>"$WORK/progress.txt" >"$WORK/summary.json"
END=$(date +%s.%N)
python3 - "$WORK/summary.json" "$START" "$END" "$WORK/progress.txt" "$WORK/time.txt" <<'PY'
import json, re, sys
s = json.load(open(sys.argv[1])); t = float(sys.argv[3]) - float(sys.argv[2])
print(f"ingest: {s['read']} files in {t:.1f} s wall ({s['read']/t:.0f} articles/s); new {s['new']}, duplicates {s['duplicates']}, "
      f"agreement news {s['agreementNews']}, instruments {s['instrumentsCreated']}, failures {len(s['failures'])}")
# "ingested N/M (R/s, …)": cumulative count and rate, so each line gives its elapsed time N/R.
points = [(int(n), int(n) / float(r)) for n, r in re.findall(r"ingested (\d+)/\d+ \((\d+(?:\.\d+)?)/s", open(sys.argv[4]).read()) if float(r) > 0]
def rate_at(k):
    for (n0, t0), (n1, t1) in zip(points, points[1:]):
        if n1 >= k and t1 > t0: return n1, (n1 - n0) / (t1 - t0)
    return None
for k in (10_000, 30_000, points[-1][0] if points else 0):
    r = rate_at(k)
    if r: print(f"  rate of the batch reaching {r[0]:,} articles: {r[1]:.0f} articles/s")
rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(sys.argv[5]).read())
if rss: print(f"  peak RSS: {int(rss.group(1)) / 1024:.0f} MB")
PY
"$BIN" ingest "$@" --database "$DB" --json 2>/dev/null >"$WORK/rerun.json"
python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print("rerun (idempotent): %d duplicates, %d new in %.1f s" % (s["duplicates"], s["new"], s["seconds"]))' "$WORK/rerun.json"
if [ "$BACKEND" = postgres ]; then
    psql "$DB" -qc "VACUUM ANALYZE" >/dev/null
    echo "database: $(psql "$DB" -Atc "SELECT pg_size_pretty(pg_database_size(current_database())) || ' (' || pg_database_size(current_database()) || ' bytes)'")"
else
    sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
    echo "database: $(du -h "$DB" | cut -f1) ($(stat -c %s "$DB") bytes)"
fi
"$BIN" bench-search --database "$DB" --queries scripts/search-queries.txt
