#!/usr/bin/env bash
# Load benchmark of the live agenda wall (not a test). For SQLite and then PostgreSQL: starts a
# release `convene serve --demo` on 127.0.0.1 with a fresh database, and for each N runs
# `convene-load` (crates/loadtest): N participants hold SSE streams to one gathering's wall while
# four writers convene, place and move sessions through the JSON API. Writes the table into
# docs/benchmarks.md between <!-- live:begin --> and <!-- live:end --> (nothing else is touched).
#
#   bench/live/run.sh                      # N = 100,500,2000; 200 changes per N, at most 60 s
#   CLIENTS=100 CHANGES=60 PACES=0 bench/live/run.sh
#   SKIP_POSTGRES=1 bench/live/run.sh      # SQLite only
#   BENCH_DOC=/tmp/b.md bench/live/run.sh  # write the section elsewhere
#
# Everything talks to 127.0.0.1 only, every loop is bounded in count and time, and the server,
# the temporary files and the PostgreSQL database are removed at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

clients=${CLIENTS:-100,500,2000}
changes=${CHANGES:-200}
max_secs=${MAX_SECS:-60}
paces=${PACES:-0,20}   # changes per second for all writers; 0: as fast as the server answers
pg_base=${PG_BASE:-postgres://postgres@127.0.0.1:5432}
pg_db="convene_live_bench_$$"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}

# 2,000 streams are 2,000 sockets on each side, plus the server's database and keep-alives.
hard=$(ulimit -Hn)
if [ "$hard" = unlimited ] || [ "$hard" -ge 16384 ]; then ulimit -n 16384; else ulimit -n "$hard"; fi
echo "open files limit: $(ulimit -n)"

cargo build --release -p convene -p convene-loadtest
bin=$CARGO_TARGET_DIR/release/convene
load=$CARGO_TARGET_DIR/release/convene-load

work=$(mktemp -d /tmp/convene-live-bench.XXXXXX)
server_pid=""
pg_created=""

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}

cleanup() {
  stop_server
  if [ -n "$pg_created" ]; then
    dropdb -h 127.0.0.1 -U postgres --if-exists "$pg_db" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# start_server DATABASE_URL: sets $url and $password once the server listens.
start_server() {
  local log=$work/server.log
  : >"$log"
  "$bin" serve --listen 127.0.0.1:0 --demo --database-url "$1" --signin-per-minute 1000 \
    >"$log" 2>&1 &
  server_pid=$!
  url=""
  for _ in $(seq 1200); do
    url=$(sed -n 's|^convene is running at \(http://127\.0\.0\.1:[0-9]*\)/$|\1|p' "$log")
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$log"; echo "convene exited" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$url" ] || { cat "$log"; echo "convene did not start within 120 s" >&2; exit 1; }
  password=$(sed -n 's/.*password for all: \(.*\)):$/\1/p' "$log")
  echo "server $url (pid $server_pid)"
}

rows=$work/rows.md
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

run_on() { # LABEL DATABASE_URL
  start_server "$2"
  for pace in ${paces//,/ }; do
    "$load" --url "$url" --password "$password" --clients "$clients" --changes "$changes" \
      --max-secs "$max_secs" --pace "$pace" --db "$1" --json "$work/results.jsonl" | tee -a "$rows"
  done
  if grep -qi "panic\|error" "$work/server.log"; then
    echo "server log ($1) mentions errors:"
    grep -i "panic\|error" "$work/server.log" | head -20
  fi
  stop_server
}

run_on sqlite "sqlite://$work/live.db?mode=rwc"

if [ -z "${SKIP_POSTGRES:-}" ]; then
  createdb -h 127.0.0.1 -U postgres "$pg_db"
  pg_created=1
  run_on postgres "$pg_base/$pg_db"
  dropdb -h 127.0.0.1 -U postgres "$pg_db"
  pg_created=""
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

wall_kb() { # the range of the last wall's size over the runs
  sed -n 's/.*"wall_kb":\([0-9.]*\).*/\1/p' "$work/results.jsonl" | sort -n |
    awk 'NR == 1 { lo = $1 } { hi = $1 } END { lo = sprintf("%.0f", lo); hi = sprintf("%.0f", hi); print (lo == hi ? lo : lo "-" hi) }'
}
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
section=$work/section.md
{
  echo "<!-- live:begin -->"
  echo "## Live agenda wall under load"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(uname -m), $(nproc) cores ($cpu), shared with other work:"
  echo "load average (1/5/15 min) $load_before before and $load_after after. One release \`convene serve\`"
  echo "on 127.0.0.1 and the load generator on the same machine; command: \`bench/live/run.sh\`"
  echo "(CLIENTS=$clients, CHANGES=$changes, MAX_SECS=$max_secs)."
  echo
  echo "Per run: a fresh gathering (8 rooms; slots so that each writer has one per session), N walls"
  echo "open on its SSE stream (\`/c/{slug}/g/{id}/live\`, cookies of the demo accounts), then 4 writers"
  echo "(demo accounts, API tokens, one keep-alive connection each) convene a session, place it and"
  echo "move it to another room, until $changes changes or $max_secs s: back to back as fast as the server"
  echo "answers (*writers* max), or paced to a total rate (e.g. 20/s). Every event carries the whole wall"
  echo "(HTML, $(wall_kb) KB at the end of a run). A change has reached a wall when that wall received a"
  echo "version at least the first version whose HTML shows the change. *To all walls* is the time until the last of the N walls"
  echo "had it, measured from the API response (negative: before the writer had its answer) and from"
  echo "the request; percentiles over the changes. *Events per wall*: walls skip versions that were"
  echo "superseded before they were sent, so under load a wall gets fewer events than changes."
  echo
  echo "| database | writers | N walls | changes on all walls / made | writes took ms | changes/s | API p50 / p99 ms | to all walls after response p50 / p99 ms | from request p50 / p99 ms | walls open | events per wall | MB pushed | load (1 min) at end |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  cat "$rows"
  echo "<!-- live:end -->"
} >"$section"

doc=${BENCH_DOC:-$root/docs/benchmarks.md}
touch "$doc"
if grep -q '^<!-- live:begin -->$' "$doc" && grep -q '^<!-- live:end -->$' "$doc"; then
  awk -v section="$section" '
    /^<!-- live:begin -->$/ { while ((getline line < section) > 0) print line; skip = 1; next }
    /^<!-- live:end -->$/ { skip = 0; next }
    !skip { print }
  ' "$doc" >"$work/benchmarks.md"
  cat "$work/benchmarks.md" >"$doc"
else
  { echo; cat "$section"; } >>"$doc"
fi
echo "wrote the live section of $doc"
cat "$section"
