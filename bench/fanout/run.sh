#!/usr/bin/env bash
# Fan-out benchmark (not a test). For SQLite and then PostgreSQL: seeds a fresh database with a
# thread watched by WATCHERS people (`crates/convene/examples/fanout_bench.rs` seed), starts a local SMTP
# sink (aiosmtpd from PyPI, bench/fanout/smtp.py) and a release `convene serve` on 127.0.0.1 that
# sends mail to it, then for each N posts one reply while N inbox streams are open and measures
# inbox rows, live streams and e-mail (fanout_bench run). Writes the table into
# docs/benchmarks.md between <!-- fanout:begin --> and <!-- fanout:end --> (nothing else).
#
#   bench/fanout/run.sh                       # 10,000 watchers; N = 100 and 1,000
#   WATCHERS=2000 STREAMS=100 bench/fanout/run.sh
#   SKIP_POSTGRES=1 bench/fanout/run.sh       # SQLite only
#   BENCH_DOC=/tmp/b.md bench/fanout/run.sh   # write the section elsewhere
#   PROFILE=debug bench/fanout/run.sh         # the debug build (says so in the table)
#
# Everything talks to 127.0.0.1 only, every wait is bounded, and the server, the SMTP sink, the
# temporary files and the PostgreSQL database are removed at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

watchers=${WATCHERS:-10000}
streams=${STREAMS:-100,1000}
max_secs=${MAX_SECS:-180}
pg_base=${PG_BASE:-postgres://postgres@127.0.0.1:5432}
pg_db="convene_fanout_bench_$$"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}

hard=$(ulimit -Hn)
if [ "$hard" = unlimited ] || [ "$hard" -ge 16384 ]; then ulimit -n 16384; else ulimit -n "$hard"; fi

venv="${VENV:-target/bench-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c 'import aiosmtpd' 2>/dev/null || "$venv/bin/pip" install -q aiosmtpd

# PROFILE=debug measures the debug build (when a release build does not fit; much slower).
profile=${PROFILE:-release}
bench/build.sh "$profile"
bin=$CARGO_TARGET_DIR/$profile/convene
fanout=$CARGO_TARGET_DIR/$profile/examples/fanout_bench

work=$(mktemp -d /tmp/convene-fanout-bench.XXXXXX)
server_pid=""
smtp_pid=""
pg_created=""

stop_pid() { # PID: TERM, then KILL after 10 s
  if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then
    kill -TERM "$1" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
  fi
}

cleanup() {
  stop_pid "$server_pid"
  stop_pid "$smtp_pid"
  exec 3>&- 2>/dev/null || true
  if [ -n "$pg_created" ]; then
    dropdb -h 127.0.0.1 -U postgres --if-exists "$pg_db" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { "$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_smtp() { # sets $smtp_port and $count
  smtp_port=$(free_port)
  count=$work/smtp.count
  rm -f "$count"
  mkfifo "$work/smtp.in"
  "$venv/bin/python" bench/fanout/smtp.py "$smtp_port" "$count" <"$work/smtp.in" >"$work/smtp.log" 2>&1 &
  smtp_pid=$!
  exec 3>"$work/smtp.in"
  for _ in $(seq 100); do grep -q ready "$work/smtp.log" 2>/dev/null && break; sleep 0.1; done
  grep -q ready "$work/smtp.log" || { cat "$work/smtp.log"; echo "the SMTP sink did not start" >&2; exit 1; }
}

stop_smtp() {
  exec 3>&-
  stop_pid "$smtp_pid"
  smtp_pid=""
  rm -f "$work/smtp.in"
}

start_server() { # DATABASE_URL: sets $url
  local log=$work/server.log
  : >"$log"
  "$bin" serve --listen 127.0.0.1:0 --database-url "$1" --max-connections 4096 \
    --smtp-host 127.0.0.1 --smtp-port "$smtp_port" --smtp-tls false \
    --mail-from "convene <convene@fanout.test>" >"$log" 2>&1 &
  server_pid=$!
  url=""
  for _ in $(seq 1200); do
    url=$(sed -n 's|^convene is running at \(http://127\.0\.0\.1:[0-9]*\)/$|\1|p' "$log")
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$log"; echo "convene exited" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$url" ] || { cat "$log"; echo "convene did not start within 120 s" >&2; exit 1; }
  echo "server $url (pid $server_pid)"
}

rows=$work/rows.md
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

run_on() { # LABEL DATABASE_URL
  local most=${streams##*,}
  "$fanout" seed --database-url "$2" --watchers "$watchers" --sessions "$most" --out "$work/seed.json"
  start_smtp
  start_server "$2"
  for n in ${streams//,/ }; do
    "$fanout" run --url "$url" --database-url "$2" --seed "$work/seed.json" --streams "$n" \
      --smtp-count "$count" --db "$1" --max-secs "$max_secs" | tee -a "$rows"
  done
  if grep -qi "panic\|error" "$work/server.log"; then
    echo "server log ($1) mentions errors:"
    grep -i "panic\|error" "$work/server.log" | head -20
  fi
  stop_pid "$server_pid"
  server_pid=""
  stop_smtp
}

run_on sqlite "sqlite://$work/fanout.db?mode=rwc"

if [ -z "${SKIP_POSTGRES:-}" ]; then
  createdb -h 127.0.0.1 -U postgres "$pg_db"
  pg_created=1
  run_on postgres "$pg_base/$pg_db"
  dropdb -h 127.0.0.1 -U postgres "$pg_db"
  pg_created=""
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
section=$work/section.md
{
  echo "<!-- fanout:begin -->"
  echo "## Notification fan-out"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(uname -m), $(nproc) cores ($cpu), shared with other work:"
  echo "load average (1/5/15 min) $load_before before and $load_after after. One **$profile** build of \`convene serve\`"
  echo "on 127.0.0.1 with mail to a local aiosmtpd sink, the load generator (\`fanout_bench\`, crates/convene/examples)"
  echo "on the same machine; command: \`bench/fanout/run.sh\` (WATCHERS=$watchers, STREAMS=$streams, PROFILE=$profile)."
  echo
  echo "Per row: one reply (through the API) in a thread that $watchers members watch, each wanting replies"
  echo "by e-mail at once, while N of them hold their inbox stream (\`/inbox/live\`) open. Times are from"
  echo "the reply's request. *Inbox rows*: until the rows are written (one commit; a watcher's inbox is"
  echo "polled every 2 ms, and every watcher's row is checked afterwards: *watchers with the row*)."
  echo "*Live*: until each stream pushed the new unread count. *E-mail*: the job runner sends one message"
  echo "per watcher; *drained* is from the rows' commit to the last message the SMTP sink received."
  echo "Goals (issue 12): inbox rows < 1 s, live p99 < 500 ms, e-mail >= 300 messages/s."
  echo
  echo "| database | watchers | N streams | reply API ms | inbox rows s | watchers with the row | streams with it | live p50 / p99 ms | e-mails received | drained in s | messages/s | load (1/5/15) at end |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  cat "$rows"
  echo "<!-- fanout:end -->"
} >"$section"

doc=${BENCH_DOC:-$root/docs/benchmarks.md}
touch "$doc"
if grep -q '^<!-- fanout:begin -->$' "$doc" && grep -q '^<!-- fanout:end -->$' "$doc"; then
  awk -v section="$section" '
    /^<!-- fanout:begin -->$/ { while ((getline line < section) > 0) print line; skip = 1; next }
    /^<!-- fanout:end -->$/ { skip = 0; next }
    !skip { print }
  ' "$doc" >"$work/benchmarks.md"
  cat "$work/benchmarks.md" >"$doc"
else
  { echo; cat "$section"; } >>"$doc"
fi
echo "wrote the fanout section of $doc"
cat "$section"
