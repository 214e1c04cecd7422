#!/usr/bin/env bash
# Load and fault test of the server (issue 8, "Proof"). Loopback only (127.0.0.1), bounded in
# time and in connections; stops by itself.
#
#   scripts/load-fault.sh                  10 minutes of load, then the faults (~12-13 min)
#   DURATION=60s scripts/load-fault.sh     a quick run (also 3m, 600, 1h)
#   nice -n 10 scripts/load-fault.sh       on a machine shared with builds
#
# 1. builds the release server (`cargo build --release -p server`; SKIP_BUILD=1 skips it) and
#    starts it on 127.0.0.1 at a free port, rate limit off (RATE_LIMIT_PER_MINUTE=0), with a
#    stand-in dist/ (only the API is under test) and the real content/ and locales/;
# 2. checks every body of the mix once (scripts/load-fault/bodies.py): the personas' full
#    answer sets (200) and invalid ones: malformed JSON (400), unknown questions and options,
#    wrong shapes, a wrong version, too many answers (422), 100 KiB bodies (413), wrong or no
#    content type (415); half the mix, by weight, is valid;
# 3. load: Debian's wrk, CONNECTIONS (256) connections for DURATION against
#    POST /api/v1/assessments, rotating through the mix (scripts/load-fault/mix.lua);
# 4. faults (scripts/load-fault/faults.py), each followed by GET /healthz and a valid POST:
#    SLOW_CLIENTS (32) clients sending headers one byte a second, OVERSIZED (500) 100 KiB
#    bodies, DISCONNECTS (1000) abrupt disconnects mid-body, HALF_OPEN (1000) connections
#    that never finish;
# 5. the server's VmRSS, threads and open fds are sampled every second throughout
#    (scripts/load-fault/rss.py); scripts/load-fault/report.py prints the summary table.
#
# Exits non-zero on any 5xx, a failed fault or a server that died. Everything it wrote is in
# target/load-fault/<UTC time>/ (summary.md, summary.json, wrk.json, rss.tsv, faults.json,
# server.log with the server's non-INFO lines, server.err). Installs wrk with apt-get if it is
# missing (as root). Settings: DURATION, CONNECTIONS, WRK_THREADS (2), SLOW_CLIENTS,
# SLOW_SECONDS (25), OVERSIZED, DISCONNECTS, HALF_OPEN, SKIP_BUILD, LF_OUT (run folder).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
here="$root/scripts/load-fault"

duration=${DURATION:-10m}
connections=${CONNECTIONS:-256}
threads=${WRK_THREADS:-2}
host=127.0.0.1
if [[ $duration =~ ^([0-9]+)(s|m|h)?$ ]]; then
  case "${BASH_REMATCH[2]}" in
    m) secs=$((BASH_REMATCH[1] * 60)) ;;
    h) secs=$((BASH_REMATCH[1] * 3600)) ;;
    *) secs=${BASH_REMATCH[1]} ;;
  esac
else
  echo "load-fault: DURATION must be like 60s, 10m, 1h or 600 (got '$duration')" >&2
  exit 2
fi
if ((secs < 5 || secs > 7200)); then
  echo "load-fault: DURATION must be between 5 s and 2 h (got $secs s)" >&2
  exit 2
fi
if ((connections < 1 || connections > 4096)); then
  echo "load-fault: CONNECTIONS must be 1..4096" >&2
  exit 2
fi

out=${LF_OUT:-target/load-fault/$(date -u +%Y%m%d-%H%M%S)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out/stop" "$out/wrk.json" "$out/faults.json"
step() { echo; echo "== load-fault: $*"; }

# ---------------------------------------------------------------- tools and build
if ! command -v wrk >/dev/null; then
  step "installing Debian's wrk"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk
fi
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  step "building the release server"
  cargo build --release -p server
fi
bin="${CARGO_TARGET_DIR:-$root/target}/release/server"
[[ -x $bin ]] || { echo "load-fault: no server binary at $bin" >&2; exit 1; }

# Only the API is under test: a stand-in for the built front end is enough to start.
mkdir -p "$out/dist"
echo '<!doctype html><html lang="en-GB"><title>load-fault</title></html>' >"$out/dist/index.html"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://$host:$port"

# ---------------------------------------------------------------- server
server_pid=""
sampler_pid=""
cleanup() {
  touch "$out/stop"
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ -n $sampler_pid ]]; then
    wait "$sampler_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

step "starting the server on $base (rate limit off)"
# The per-request INFO lines (tens of millions under load) are formatted as in production but
# not kept; anything else the server says (warnings, errors) is kept in server.log.
RATE_LIMIT_PER_MINUTE=0 HOST=$host PORT=$port DIST_DIR="$out/dist" CONTENT_DIR="$root/content" \
  LOCALES_DIR="$root/locales" RUST_LOG=info \
  "$bin" > >(grep --line-buffered -v ' INFO ' >"$out/server.log") 2>"$out/server.err" &
server_pid=$!
for _ in $(seq 1 100); do
  curl -fs "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$out/server.err" "$out/server.log"; echo "load-fault: the server did not start" >&2; exit 1; }
  sleep 0.1
done
curl -fs "$base/healthz" >/dev/null || { echo "load-fault: the server does not answer /healthz" >&2; exit 1; }
python3 "$here/rss.py" "$server_pid" "$out/rss.tsv" "$out/stop" &
sampler_pid=$!
: >"$out/phases.tsv"
phase() { printf '%s\t%s\t%s\n' "$1" "$2" "$(date +%s.%N)" >>"$out/phases.tsv"; }
now() { date +%s.%N; }

python3 - "$out/meta.json" "$base" "$bin" "$connections" "$threads" "$secs" "$0 (DURATION=$duration)" <<'EOF'
import datetime, json, os, subprocess, sys
path, base, server, conns, threads, secs, command = sys.argv[1:8]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
wrk = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.splitlines()[0].split(" [")[0]
json.dump({
    "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    "machine": f"{os.cpu_count()} cores ({cpu}), load average {os.getloadavg()[0]:.1f} at the start",
    "base": base, "server": os.path.relpath(server), "connections": int(conns), "threads": int(threads),
    "duration_s": int(secs), "wrk": wrk, "command": command,
}, open(path, "w"), indent=1)
EOF

t=$(now); sleep 3; phase "idle, before" "$t"

# ---------------------------------------------------------------- bodies
step "checking the bodies of the mix"
python3 "$here/bodies.py" "$base" "$out"

# ---------------------------------------------------------------- load
step "load: $connections connections for $secs s against POST /api/v1/assessments"
t=$(now)
LF_MANIFEST="$out/manifest.tsv" LF_RESULT="$out/wrk.json" timeout $((secs + 120)) \
  wrk -t"$threads" -c"$connections" -d"${secs}s" --timeout 10s --latency -s "$here/mix.lua" "$base/api/v1/assessments" \
  | tee "$out/wrk.txt"
phase "load" "$t"
kill -0 "$server_pid" 2>/dev/null || echo "load-fault: the server died during the load" >&2

# ---------------------------------------------------------------- faults
fault_rc=0
if kill -0 "$server_pid" 2>/dev/null; then
  step "faults"
  t=$(now); sleep 5; phase "idle, after the load" "$t"
  python3 "$here/faults.py" "$host" "$port" "$server_pid" "$out/valid.json" "$out/faults.json" "$out/phases.tsv" || fault_rc=$?
  t=$(now); sleep 5; phase "idle, after the faults" "$t"
fi

alive=false
if kill -0 "$server_pid" 2>/dev/null && curl -fs "$base/healthz" >/dev/null; then alive=true; fi
python3 - "$out/meta.json" "$alive" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1])); m["server_alive_at_end"] = sys.argv[2] == "true"
json.dump(m, open(sys.argv[1], "w"), indent=1)
EOF

# ---------------------------------------------------------------- report
touch "$out/stop"
wait "$sampler_pid" 2>/dev/null || true
sampler_pid=""
step "summary (also in ${out#"$root"/}/summary.md)"
report_rc=0
python3 "$here/report.py" "$out" || report_rc=$?
if [[ -s $out/server.err ]]; then
  echo "load-fault: the server wrote to stderr:" >&2
  head -20 "$out/server.err" >&2
fi
if [[ -s $out/server.log ]]; then
  echo "load-fault: the server logged (other than per-request lines):"
  sort "$out/server.log" | sed -E 's/^[0-9T:.-]+Z +//' | sort | uniq -c | sort -rn | head -10
fi
exit $((report_rc != 0 || fault_rc != 0))
