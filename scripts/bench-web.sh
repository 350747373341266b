#!/usr/bin/env bash
# Web load benchmark: `accord serve` against a hello-world Hummingbird server, same build, same run.
# Usage: scripts/bench-web.sh [CORPUS_DIR] [DATABASE]
#   CORPUS_DIR  articles to ingest (default /tmp/corpus, the unpacked dev corpus)
#   DATABASE    an SQLite registry to reuse instead of ingesting CORPUS_DIR into a temporary one
# Needs wrk (apt-get install -y wrk). Knobs: BENCH_DURATION (15s), BENCH_CONNECTIONS (64), BENCH_THREADS (2).
# Prints requests/s and p99 for GET /api/v1/instruments/{id} (one id, then ids drawn at random from the
# whole registry), GET / (dashboard) and hello-world GET /,
# the API/hello-world ratio, and the server's peak and current RSS after the load.
# The server runs with ACCORD_LOG_LEVEL=warning: at info it logs every request, which is what it measures then.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${1:-/tmp/corpus}"
REUSE="${2:-}"
DURATION="${BENCH_DURATION:-15s}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
command -v wrk >/dev/null || { echo "wrk not installed (apt-get install -y wrk)" >&2; exit 2; }
swift build -c release --product accord >/dev/null
swift build -c release --product HelloWorld >/dev/null
BIN_DIR="$(swift build -c release --show-bin-path)"
WORK="$(mktemp -d)"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

if [ -n "$REUSE" ]; then
    DB="$REUSE"
    echo "database: $DB (reused)"
else
    DB="$WORK/bench.sqlite"
    START=$(date +%s)
    "$BIN_DIR/accord" ingest "$CORPUS" --database "$DB" --json 2>/dev/null >"$WORK/ingest.json"
    python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print("ingested %s: %d files, %d instruments created in %d s" % (sys.argv[2], s["read"], s["instrumentsCreated"], int(sys.argv[3])))' \
        "$WORK/ingest.json" "$CORPUS" "$(( $(date +%s) - START ))"
fi

API_PORT="$(free_port)"
ACCORD_LOG_LEVEL=warning "$BIN_DIR/accord" serve --database "$DB" --port "$API_PORT" --no-samples --api-token "bench-$(date +%s%N)" >"$WORK/serve.log" 2>&1 &
API_PID=$!; PIDS+=("$API_PID")
HELLO_PORT="$(free_port)"
"$BIN_DIR/HelloWorld" "$HELLO_PORT" >"$WORK/hello.log" 2>&1 &
HELLO_PID=$!; PIDS+=("$HELLO_PID")
for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$API_PORT/healthz" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$HELLO_PORT/" >/dev/null 2>&1 && break
    sleep 0.1
done
ID="$(curl -fs "http://127.0.0.1:$API_PORT/api/v1/instruments?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
TOTAL="$(curl -fs "http://127.0.0.1:$API_PORT/api/v1/stats" | python3 -c 'import json,sys; s=json.load(sys.stdin); print("%d articles, %d instruments" % (s["articles"], s["instruments"]))')"
echo "registry: $TOTAL; instrument measured: $ID"
# Every instrument id, for a second detail run that spreads requests over the whole registry.
python3 - "http://127.0.0.1:$API_PORT" >"$WORK/ids.lua" <<'PY'
import json, sys, urllib.request
ids, offset = [], 0
while True:
    page = json.load(urllib.request.urlopen(f"{sys.argv[1]}/api/v1/instruments?limit=500&offset={offset}"))
    ids += [item["id"] for item in page["items"]]
    offset += 500
    if offset >= page["total"] or not page["items"]: break
print("ids = {" + ",".join(map(str, ids)) + "}")
print('request = function() return wrk.format("GET", "/api/v1/instruments/" .. ids[math.random(#ids)]) end')
PY
# Warm-up: first dashboard and detail answers fill the caches, as any real visitor would.
curl -fs "http://127.0.0.1:$API_PORT/" >/dev/null
curl -fs "http://127.0.0.1:$API_PORT/api/v1/instruments/$ID" >/dev/null

run() {  # run NAME URL [LUA] -> "NAME rps p99ms"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency ${3:+-s "$3"} "$2" >"$WORK/$1.txt" 2>&1
    python3 - "$WORK/$1.txt" "$1" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
m = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
p99 = float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]
errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
print(f"{sys.argv[2]} {rps:.0f} {p99:.2f} {errors.group(1) if errors else 0}")
PY
}
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, one target after another"
API="$(run api-detail "http://127.0.0.1:$API_PORT/api/v1/instruments/$ID")"
# Warm every id's cached answer first (its first request reads the store and encodes the record),
# timing that cold pass; then measure the warm spread.
COLD_START=$(date +%s%N)
python3 - "http://127.0.0.1:$API_PORT" "$WORK/ids.lua" <<'PY'
import re, sys, urllib.request
for i in re.search(r"\{(.*)\}", open(sys.argv[2]).read()).group(1).split(","):
    urllib.request.urlopen(f"{sys.argv[1]}/api/v1/instruments/{i}").read()
PY
COLD_MS=$(( ($(date +%s%N) - COLD_START) / 1000000 ))
SPREAD="$(run api-random "http://127.0.0.1:$API_PORT" "$WORK/ids.lua")"
DASH="$(run dashboard "http://127.0.0.1:$API_PORT/")"
HELLO="$(run hello "http://127.0.0.1:$HELLO_PORT/")"
HWM="$(awk '/VmHWM/ {print $2}' /proc/$API_PID/status)"
RSS="$(awk '/VmRSS/ {print $2}' /proc/$API_PID/status)"
python3 - "$API" "$DASH" "$HELLO" "$HWM" "$RSS" "$SPREAD" "$COLD_MS" "$(head -1 "$WORK/ids.lua" | tr ',' '\n' | wc -l)" <<'PY'
import sys
rows = [a.split() for a in sys.argv[1:4]]
labels = {"api-detail": "GET /api/v1/instruments/{id}", "dashboard": "GET / (dashboard)", "hello": "hello-world GET /",
          "api-random": "GET /api/v1/instruments/{any id}"}
print(f"{'target':32} {'requests/s':>11} {'p99 ms':>8} {'non-2xx':>8}")
for name, rps, p99, errs in rows[:1] + [sys.argv[6].split()] + rows[1:]:
    print(f"{labels[name]:32} {float(rps):11.0f} {float(p99):8.2f} {errs:>8}")
api, hello = float(rows[0][1]), float(rows[2][1])
print(f"API detail / hello-world: {100 * api / hello:.0f}% (target >= 50%)")
print(f"API detail p99: {float(rows[0][2]):.2f} ms (target <= 10 ms)")
print(f"cold pass: every instrument's detail once, one client, {int(sys.argv[8])} ids in {int(sys.argv[7])} ms")
hwm, rss = int(sys.argv[4]) / 1024, int(sys.argv[5]) / 1024
print(f"accord serve RSS after load: peak (VmHWM) {hwm:.0f} MB, now (VmRSS) {rss:.0f} MB (target <= 150 MB)")
PY
