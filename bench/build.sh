#!/usr/bin/env bash
# The one build the Rust benches share (search, thread, fan-out): every binary and example of
# the workspace, with the search bench's feature, so each bench reuses the same artifacts.
#   bench/build.sh            # release
#   bench/build.sh dev        # the debug build (also: debug)
#   SKIP_BUILD=1 bench/...    # measure the binaries built last (a rebuild would disturb a quiet moment)
set -euo pipefail
[ -z "${SKIP_BUILD:-}" ] || exit 0
cd "$(dirname "$0")/.."
profile=${1:-release}
[ "$profile" = debug ] && profile=dev
cargo build --profile "$profile" --workspace --features convene-store/search-bench --bins --examples
