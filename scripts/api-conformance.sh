#!/usr/bin/env bash
# API conformance: schemathesis (from PyPI, in a virtual environment) runs every check against a
# fresh `accord serve` on a temporary registry with the sample articles, through the OpenAPI
# document the server publishes. Fails on any failure (a 5xx, a response off its schema, an
# undocumented status, a schema-valid request refused or a schema-violating one accepted).
#
# Usage: scripts/api-conformance.sh [MAX_EXAMPLES]     (examples per operation, default 50)
# Environment: ACCORD_CONFORMANCE_VENV   the virtual environment to create/reuse
#                                        (default $TMPDIR/accord-schemathesis-venv)
#              ACCORD_CONFORMANCE_SEED   a fixed seed (default: schemathesis picks one and prints it)
set -euo pipefail
cd "$(dirname "$0")/.."
EXAMPLES=${1:-50}
TMP=${TMPDIR:-/tmp}
VENV=${ACCORD_CONFORMANCE_VENV:-$TMP/accord-schemathesis-venv}
if [ ! -x "$VENV/bin/schemathesis" ]; then
    echo "api-conformance: installing schemathesis into $VENV ..." >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet "schemathesis>=4.3,<5"
fi

swift build --product accord >&2
BIN=$(swift build --show-bin-path)/accord
WORK=$(mktemp -d "$TMP/accord-conformance.XXXXXX")
TOKEN="conformance-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
ACCORD_API_TOKEN=$TOKEN "$BIN" serve --database "$WORK/registry.sqlite" --host 127.0.0.1 --port "$PORT" --log-level warning > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do
    curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
    kill -0 $SERVER 2>/dev/null || { cat "$WORK/serve.log" >&2; echo "api-conformance: accord serve did not start" >&2; exit 1; }
    sleep 0.2
done

SEED=()
[ -n "${ACCORD_CONFORMANCE_SEED:-}" ] && SEED=(--seed "$ACCORD_CONFORMANCE_SEED")
cd "$WORK"
"$VENV/bin/schemathesis" run "http://127.0.0.1:$PORT/openapi.json" --checks all --max-examples "$EXAMPLES" \
    -H "Authorization: Bearer $TOKEN" --no-color "${SEED[@]}"
