#!/usr/bin/env bash
# Smoke test of the web application, end to end, on a release build.
# Usage: scripts/smoke-web.sh [SHOTS_DIR]   (default /tmp/accord-shots)
# Builds `accord` (release), starts `accord serve` on a free loopback port with a temporary database,
# ingests the seed articles (../shared/seeds, or $ACCORD_SEEDS) through POST /api/v1/articles with the
# token, signs in through the form, fetches every page and API route expecting 200, takes screenshots of
# the dashboard, an instrument page and a partner page with headless Chromium when it is installed
# (apt-get install -y chromium fonts-thai-tlwg), then stops the server with SIGTERM and checks it
# exited cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
SHOTS="${1:-/tmp/accord-shots}"
SEEDS="${ACCORD_SEEDS:-../shared/seeds}"
swift build -c release --product accord >/dev/null
BIN="$(swift build -c release --show-bin-path)/accord"
WORK="$(mktemp -d)"
DB="$WORK/smoke.sqlite"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
TOKEN="smoke-$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
BASE="http://127.0.0.1:$PORT"
"$BIN" serve --database "$DB" --port "$PORT" --no-samples --api-token "$TOKEN" >"$WORK/server.log" 2>&1 &
PID=$!
cleanup() { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
for _ in $(seq 1 100); do curl -fs "$BASE/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fs "$BASE/healthz" >/dev/null || { echo "server did not start:"; cat "$WORK/server.log"; exit 1; }

FAILED=0
check() {  # check EXPECTED_STATUS PATH [curl args...]
    local want="$1" path="$2"; shift 2
    local got
    got="$(curl -s -o "$WORK/body" -w '%{http_code}' "$@" "$BASE$path")"
    if [ "$got" = "$want" ]; then printf '  ok   %s %s\n' "$got" "$path"; else printf '  FAIL %s %s (wanted %s)\n' "$got" "$path" "$want"; FAILED=1; fi
}

echo "ingesting seeds from $SEEDS"
for f in "$SEEDS"/*.txt; do
    check 201 /api/v1/articles -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/plain; charset=utf-8' --data-binary "@$f"
done
ID="$(curl -fs "$BASE/api/v1/instruments?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')"
PARTNER="$(curl -fs "$BASE/api/v1/partners" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["code"])')"
AREA="$(curl -fs "$BASE/api/v1/areas" | python3 -c 'import json,sys; print(next(a["area"] for a in json.load(sys.stdin) if a["count"]))')"
Q="%E0%B8%94%E0%B8%B4%E0%B8%88%E0%B8%B4%E0%B8%97%E0%B8%B1%E0%B8%A5"   # ดิจิทัล

echo "API and operations"
for p in /healthz /metrics /openapi.json /api/v1/instruments "/api/v1/instruments?counterpart=$PARTNER&fromYear=2020" \
         "/api/v1/instruments/$ID" "/api/v1/instruments/$ID/corrections" /api/v1/partners "/api/v1/partners/$PARTNER" \
         /api/v1/areas "/api/v1/search?q=$Q" /api/v1/stats; do
    check 200 "$p"
done
check 200 "/api/v1/instruments/$ID" -X PATCH -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data '{"field": "place", "value": "Bangkok", "actor": "smoke"}'
echo "pages"
for p in / "/?lang=en" /instruments "/instruments?area=$AREA" "/instruments/$ID" /partners "/partners/$PARTNER" /areas "/areas/$AREA" \
         "/search?q=$Q" /signin /static/accord.css /export/instruments.csv /export/instruments.json /export/instruments.ics; do
    check 200 "$p"
done
echo "sign-in and ingest form"
JAR="$WORK/cookies"
CSRF="$(curl -s -c "$JAR" "$BASE/signin" | python3 -c 'import re,sys; print(re.search(r"name=\"csrf\" value=\"([^\"]+)\"", sys.stdin.read()).group(1))')"
check 303 /signin -b "$JAR" -c "$JAR" --data-urlencode "token=$TOKEN" --data-urlencode "csrf=$CSRF"
check 200 /ingest -b "$JAR"
check 200 /ingest -b "$JAR" --data-urlencode "text@$(ls "$SEEDS"/*.txt | head -1)" --data-urlencode action=preview --data-urlencode "csrf=$CSRF"
check 403 /ingest -b "$JAR" --data-urlencode "text=x" --data-urlencode action=preview

if command -v chromium >/dev/null 2>&1; then
    mkdir -p "$SHOTS"
    for shot in "dashboard /" "instrument /instruments/$ID" "partner /partners/$PARTNER" "dashboard-en /?lang=en"; do
        set -- $shot
        chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$SHOTS/$1.png" --window-size=1280,1600 "$BASE$2" >/dev/null 2>&1 \
            && echo "  screenshot $SHOTS/$1.png" || { echo "  FAIL screenshot $1"; FAILED=1; }
    done
else
    echo "chromium not installed: no screenshots (apt-get install -y chromium fonts-thai-tlwg)"
fi

kill -TERM "$PID"
if wait "$PID"; then echo "server stopped cleanly on SIGTERM"; else echo "FAIL server exit status $?"; FAILED=1; fi
trap 'rm -rf "$WORK"' EXIT
[ "$FAILED" = 0 ] && echo "smoke: all checks passed" || { echo "smoke: FAILED"; tail -20 "$WORK/server.log"; exit 1; }
