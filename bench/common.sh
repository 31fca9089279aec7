# Sourced by the benchmark scripts (from the repository's root). Needs wrk; sets `bin` to BIN
# when given (another build, e.g. the one before a change, for a before/after figure), else to
# this checkout's release build.
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
if [ -n "${BIN:-}" ]; then
  bin=$(realpath "$BIN")
else
  cargo build --release --quiet
  bin="$PWD/${CARGO_TARGET_DIR:-target}/release/zhengce"
fi

# `start_server BIN INDEX PORT LOG` starts `zhengce serve` on INDEX at 127.0.0.1:PORT in the
# background, its output in LOG, sets `server` to its pid and returns once it answers /healthz
# (a first start may build the index: up to 10 minutes); if it exits first, prints LOG and exits.
# The result cache is off (`--cache-mb 0`; set BENCH_CACHE_MB to measure with it): the
# rotating queries repeat, and every figure is reported without it.
start_server() {
  cache=()
  "$1" serve --help | grep -q -- --cache-mb && cache=(--cache-mb "${BENCH_CACHE_MB:-0}")
  "$1" --index "$2" serve --addr "127.0.0.1:$3" "${cache[@]}" >"$4" 2>&1 &
  server=$!
  for _ in $(seq 1 1200); do
    curl -fs "http://127.0.0.1:$3/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$server" 2>/dev/null || { cat "$4" >&2; exit 1; }
    sleep 0.5
  done
  echo "zhengce serve did not answer on port $3 within 10 minutes" >&2
  exit 1
}
