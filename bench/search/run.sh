#!/usr/bin/env bash
# Search benchmark (not a test): convene's store::search, read filter included, on SQLite (FTS5)
# and PostgreSQL (tsvector + GIN), against tantivy on the same corpus and queries without the
# filter, in one run. The corpus and queries are generated deterministically by
# crates/store/examples/search_bench.rs (see its header); the databases are cached under
# $BENCH_DIR/<posts>/ (SQLite file, PostgreSQL schema searchbench_<posts>) and reused, so only
# the first run builds them. Writes the table into docs/benchmarks.md between
# <!-- search:begin --> and <!-- search:end --> (nothing else is touched).
#
#   bench/search/run.sh                         # POSTS=100000,1000000
#   POSTS=100000 SKIP_POSTGRES=1 bench/search/run.sh
#   BENCH_DOC=/tmp/b.md bench/search/run.sh     # write the section elsewhere
#   FRESH=1 bench/search/run.sh                 # build the databases again (index build rate)
#   PROFILE=dev SKIP_TANTIVY=1 bench/search/run.sh  # a debug build, no tantivy (when release is too dear)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
posts=${POSTS:-100000,1000000}
queries=${QUERIES:-2000}
dir=${BENCH_DIR:-/tmp/convene-search-bench}
pg=${PG_URL:-postgres://postgres@127.0.0.1:5432/test}
doc=${BENCH_DOC:-$root/docs/benchmarks.md}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
tantivy_target=${TANTIVY_TARGET_DIR:-$CARGO_TARGET_DIR/bench-tantivy}

profile=${PROFILE:-release}
out=release
[ "$profile" = release ] || out=debug
bench/build.sh "$profile"
[ -n "${SKIP_TANTIVY:-}" ] || (cd bench/search/tantivy && CARGO_TARGET_DIR=$tantivy_target cargo build --release)
bench=$CARGO_TARGET_DIR/$out/examples/search_bench
tantivy=$tantivy_target/release/convene-search-tantivy

results=$(mktemp /tmp/convene-search-results.XXXXXX)
trap 'rm -f "$results"' EXIT
engines="sqlite"
[ -n "${SKIP_POSTGRES:-}" ] || engines="sqlite postgres"
for n in ${posts//,/ }; do
  [ -z "${FRESH:-}" ] || rm -f "$dir/$n"/*.done "$dir/$n/corpus.tsv"
  for db in $engines; do
    echo "== $db, $n posts" >&2
    line=$("$bench" --db "$db" --posts "$n" --queries "$queries" --dir "$dir" --pg "$pg")
    echo "${line%\}},\"load\":\"$(cut -d' ' -f1 /proc/loadavg)\"}" | tee -a "$results"
  done
  [ -z "${SKIP_TANTIVY:-}" ] || continue
  echo "== tantivy, $n posts" >&2
  line=$("$tantivy" "$dir/$n" 2)
  echo "${line%\}},\"load\":\"$(cut -d' ' -f1 /proc/loadavg)\"}" | tee -a "$results"
done

python3 - "$results" "$doc" "$queries" "$profile" "${SKIP_TANTIVY:-}" <<'PY'
import json, sys, datetime, platform
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
doc, queries, profile, no_tantivy = sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
goal = {"sqlite": 30.0, "postgres": 60.0}
name = {"sqlite": "convene, SQLite FTS5 (read filter in the query)",
        "postgres": "convene, PostgreSQL tsvector + GIN (read filter in the query)",
        "tantivy": "tantivy 0.24 (no read filter)"}
out = ["<!-- search:begin -->", "## Search (bench/search)", "",
       f"Measured {datetime.date.today()} on {platform.machine()}, 2 cores shared with other builds; load average"
       " (1 min) given per row, read when the row finished. Corpus: generated posts (seeded) in 1,000"
       " communities, Zipf-distributed words from a 30,000-word vocabulary, title 4-9 words, text 20-60;"
       " visibility 25 % public, 35 % network, 32 % organization, 8 % private (two named readers), 3 % hidden,"
       " 2 % removed (not indexed); a quarter threads, the rest replies to an earlier thread of the same community"
       " (a reply is found only by who may read its thread). Every word is indexed as its community's own term"
       " (`{community}x{word}`), so a query reads that community's postings only. Queries: "
       f"{queries} per engine, drawn from the community's own posts, a quarter each of 1, 2 and 3 words and"
       " 2-word quoted phrases, each in one community; convene's are asked by a reader cycling through"
       " signed out, outsider, member, guest and steward, through `store::search` (count + first page of 20,"
       " as the search page does), after 200 warm-up queries; tantivy runs the same query strings in the"
       " same community (a required term) and counts + takes the top 20, after one warm-up pass."
       " Index build: convene through the adapter's `put` in transactions of 1,000 (what the job runner"
       " does, without reading the content row and the job queue); tantivy one writer (256 MB), one commit.",
       ("" if profile == "release" else f" Built with the `{profile}` profile (a debug build: unoptimized Rust and SQLite, so slower than release).")
       + (" tantivy was not run in this measurement." if no_tantivy else ""),
       "Command: `bench/search/run.sh` (the databases are cached under /tmp/convene-search-bench)"
       + (f" with `PROFILE={profile}`" if profile != "release" else "") + (" `SKIP_TANTIVY=1`" if no_tantivy else "")
       + (f" `POSTS={__import__('os').environ.get('POSTS')}`" if __import__('os').environ.get('POSTS') else "") + ".", "",
       "| engine | posts | index build (docs/s) | p50 ms | p99 ms | p99 1 word / 2 / 3 / phrase, ms | goal (p99) | load |",
       "|---|---|---|---|---|---|---|---|"]
for r in rows:
    e = r["engine"]
    kinds = " / ".join(f'{r[k]:.1f}' for k in ("p99_1_word_ms", "p99_2_words_ms", "p99_3_words_ms", "p99_phrase_ms")) if "p99_1_word_ms" in r else "-"
    g = goal.get(e)
    verdict = ("met" if r["p99_ms"] <= g else "not met") + f" (≤ {g:.0f} ms)" if g else "reference"
    out.append(f'| {name[e]} | {r["docs"]:,} | {r["docs_per_s"]:,} | {r["p50_ms"]:.2f} | {r["p99_ms"]:.2f} | {kinds} | {verdict} | {r["load"]} |')
out.append("<!-- search:end -->")
section = "\n".join(out) + "\n"
text = open(doc).read() if __import__("os").path.exists(doc) else "# Benchmarks\n"
b, e = "<!-- search:begin -->", "<!-- search:end -->"
if b in text and e in text:
    text = text[:text.index(b)] + section.rstrip("\n") + text[text.index(e) + len(e):]
else:
    text = text.rstrip("\n") + "\n\n" + section
open(doc, "w").write(text)
print(section)
PY
