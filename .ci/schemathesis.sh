#!/usr/bin/env bash
# schemathesis against the OpenAPI document of a running demo: zero 5xx, every status
# documented, every answer matching its schema and content type. Bounded: 40 examples per
# operation and 2 minutes; the seed is fixed so a failure reproduces (SEED=… to vary it).
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${SCHEMATHESIS_VENV:-$HOME/.cache/convene-schemathesis}"
if [ ! -x "$venv/bin/schemathesis" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet 'schemathesis>=4,<5'
fi
bin=target/debug/convene
[ -x "$bin" ] || cargo build -p convene
dir=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$dir"' EXIT
(cd "$dir" && exec "$OLDPWD/$bin" serve --demo --listen 127.0.0.1:0 >"$dir/out.log" 2>&1) &
server=$!
for _ in $(seq 60); do grep -q "convene is running at" "$dir/out.log" 2>/dev/null && break; sleep 1; done
base=$(sed -n 's|^convene is running at \(http://[^/]*\)/.*|\1|p' "$dir/out.log")
password=$(sed -n 's/.*password for all: \(.*\)):$/\1/p' "$dir/out.log")
[ -n "$base" ] && [ -n "$password" ] || { cat "$dir/out.log"; exit 1; }
curl -sf -c "$dir/jar" -o /dev/null -H "Origin: $base" \
  --data-urlencode "email=steward@demo.convene.test" --data-urlencode "password=$password" "$base/signin"
token=$(curl -sf -b "$dir/jar" -H "Origin: $base" --data "name=schemathesis" "$base/account/tokens" |
  sed -n 's/.*id="new-token"[^>]*value="\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "no API token"; exit 1; }
"$venv/bin/schemathesis" run "$base/api/v1/openapi.json" -H "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance \
  --phases examples,coverage,fuzzing --max-examples 40 --max-time 120 -w 2 --seed "${SEED:-1}" --no-color
