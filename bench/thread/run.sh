#!/usr/bin/env bash
# Thread page benchmark (not a test): the server time of a thread page with 1,000 replies,
# paged (50 a page), on SQLite and PostgreSQL. crates/web/examples/thread_bench.rs writes the
# thread through the use-cases into a fresh database and sends the page's GETs through the
# whole router in-process (cookie, middleware, use-case, read filter, template, body), so the
# time is the server's alone. Writes the table into docs/benchmarks.md between
# <!-- thread:begin --> and <!-- thread:end --> (nothing else is touched).
#
#   bench/thread/run.sh                    # REPLIES=1000, REQUESTS=3000
#   SKIP_POSTGRES=1 bench/thread/run.sh
#   BENCH_DOC=/tmp/b.md bench/thread/run.sh
#   PROFILE=dev bench/thread/run.sh        # a debug build (slower; when a release build is too dear)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
replies=${REPLIES:-1000}
requests=${REQUESTS:-3000}
pg=${PG_URL:-postgres://postgres@127.0.0.1:5432/test}
doc=${BENCH_DOC:-$root/docs/benchmarks.md}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}

profile=${PROFILE:-release}
bench/build.sh "$profile"
dir=release
[ "$profile" = release ] || dir=debug
bench=$CARGO_TARGET_DIR/$dir/examples/thread_bench
work=$(mktemp -d /tmp/convene-thread-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

engines="sqlite"
[ -n "${SKIP_POSTGRES:-}" ] || engines="sqlite postgres"
for db in $engines; do
  echo "== $db, $replies replies" >&2
  line=$(RUST_LOG=${RUST_LOG:-warn} "$bench" --db "$db" --replies "$replies" --requests "$requests" \
    --dir "$work" --pg "$pg")
  echo "${line%\}},\"load\":\"$(cut -d' ' -f1-3 /proc/loadavg)\"}" | tee -a "$work/results"
done

python3 - "$work/results" "$doc" "$replies" "$requests" "$profile" <<'PY'
import json, sys, datetime, platform, os
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
doc, replies, requests, profile = sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
build = "release build" if profile == "release" else f"`{profile}` profile (a debug build: unoptimized Rust and SQLite, so slower than release)"
name = {"sqlite": "SQLite", "postgres": "PostgreSQL"}
out = ["<!-- thread:begin -->", "## Thread page (bench/thread)", "",
       f"Measured {datetime.date.today()} on {platform.machine()}, {os.cpu_count()} cores shared with other builds;"
       " load average (1/5/15 min) read when the row finished. One network thread with"
       f" {int(replies):,} replies by 8 members (every 10th edited once, so it has a history; every 50th hidden),"
       f" read by a member who may not read the hidden ones. {int(requests):,} GETs of the thread page (50 replies a page),"
       " a third each from a random reply (`?at=`, what links to a reply use), after a random reply (`?after=`,"
       " the next page) and the reader's first unread page (no parameter), after 10 % warm-up; each through the"
       " whole router in-process (session, middleware, use-case with the read filter in the query, template,"
       f" body), so the time is the server's alone; {build}.",
       "Command: `bench/thread/run.sh`" + ("" if profile == "release" else f" with `PROFILE={profile}`") + ".", "",
       "| database | replies | p50 ms | p99 ms | p99 `?at=` / `?after=` / unread, ms | max ms | page KB | goal (p99 ≤ 50 ms) | load |",
       "|---|---|---|---|---|---|---|---|---|"]
for r in rows:
    verdict = "met" if r["p99_ms"] <= 50 else "not met"
    out.append(f'| {name[r["engine"]]} | {r["replies"]:,} | {r["p50_ms"]:.2f} | {r["p99_ms"]:.2f} | '
               f'{r["p99_at_ms"]:.2f} / {r["p99_after_ms"]:.2f} / {r["p99_unread_ms"]:.2f} | {r["max_ms"]:.2f} | '
               f'{r["page_kb"]} | {verdict} | {r["load"]} |')
out.append("<!-- thread:end -->")
section = "\n".join(out)
text = open(doc).read() if os.path.exists(doc) else "# Benchmarks\n"
b, e = "<!-- thread:begin -->", "<!-- thread:end -->"
if b in text and e in text:
    text = text[:text.index(b)] + section + text[text.index(e) + len(e):]
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(doc, "w").write(text)
print(section)
PY
