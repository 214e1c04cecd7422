#!/usr/bin/env bash
# The benchmark command (issue 7). One command:
#
#   scripts/bench.sh            everything below; writes BENCHMARKS.md (~6 min warm, 2 cores)
#   scripts/bench.sh --sizes    only build + bundle sizes (no browser, no load; ~1 min warm)
#   scripts/bench.sh --lighthouse  build, sizes and Lighthouse only; prints, writes no BENCHMARKS.md
#                               (LH_PAGES=start,results to measure some pages; LH_KEEP=DIR keeps
#                               every run's whole report)
#
# 1. builds the release bundle (`cargo xtask build --out target/bench/dist`) and the server;
# 2. bundle: raw/gzip/brotli of wasm, JS glue, CSS, en-GB .ftl, index.html, and the first-load
#    total for the start page and the first question (`cargo xtask size`), cross-checked by
#    fetching both pages' files from the running server;
#    and (issue 13) the bytes before first paint of every server-rendered page type: its HTML
#    brotli-compressed + its render-blocking CSS as served (scripts/bench/html_first.py, which
#    gets each page's `journey` cookie by posting the persona's answers through the forms);
# 3. Lighthouse 12 mobile preset on start, question, check and results (end2end/bench/lighthouse.mjs),
#    each beside a static snapshot of the same page (its HTML without <script>, same CSS) served
#    from another port in the same run: LH_RUNS runs of each, medians, LCP ratio page / snapshot;
# 4. step transition at 4x CPU throttle, median of 20 steps (end2end/bench/steps.mjs);
# 5. wrk, 256 connections, LOAD_SECONDS per endpoint in alternating rounds: POST
#    /api/v1/assessments with a persona's full answer set vs a static file of the same size vs
#    a server-rendered question page (GET with its cookie); requests/s, p50/p99, errors,
#    server CPU per request, peak RSS;
# 6. `cargo bench -p assessment` (divan): scoring a full answer set.
# Then prints the table and writes it, with the date and the machine, to BENCHMARKS.md.
#
# Installs what it needs (as root, idempotent): wasm32 target, Chromium + end2end/node_modules
# (scripts/install-browser.sh), Debian's wrk and brotli. Everything runs on 127.0.0.1 only.
# Settings: BENCH_PORT (3990), LOAD_SECONDS (15 per endpoint), LOAD_ROUNDS (3), LOAD_CONNECTIONS
# (256), STEPS (20), LH_RUNS (3 Lighthouse runs per page and per snapshot),
# BENCH_PERSONA (daughter-worried-about-mum: 32 answers), BENCH_OUT (BENCHMARKS.md),
# BENCH_IDLE_WAIT (0: seconds to wait for the load average to fall below 1 before measuring).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

mode=${1:-all}
case "$mode" in
  all | --sizes | --lighthouse) ;;
  -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: scripts/bench.sh [--sizes | --lighthouse]" >&2; exit 2 ;;
esac

port=${BENCH_PORT:-3990}
seconds=${LOAD_SECONDS:-15}
connections=${LOAD_CONNECTIONS:-256}
steps=${STEPS:-20}
persona=${BENCH_PERSONA:-daughter-worried-about-mum}
out_md=${BENCH_OUT:-BENCHMARKS.md}
base="http://127.0.0.1:$port"
run="$root/target/bench/run"
dist="$root/target/bench/dist"
rm -rf "$run"
mkdir -p "$run"
cmds="$run/commands.txt"
note() { echo "$*" >>"$cmds"; }
step() { echo; echo "== bench: $*"; }

# ---------------------------------------------------------------- setup
step "setup"
scripts/setup.sh
if ! command -v brotli >/dev/null; then
  echo "bench: installing Debian's brotli (to weigh the rendered pages)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends brotli
fi
if [[ $mode != --sizes ]]; then
  scripts/install-browser.sh
  if ! command -v wrk >/dev/null; then
    echo "bench: installing Debian's wrk"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk
  fi
fi

# ---------------------------------------------------------------- build
step "build (release bundle into target/bench/dist, so other builds of dist/ cannot change it mid-run)"
note "cargo xtask build --out target/bench/dist && cargo build --release -p server"
cargo xtask build --out "$dist"
cargo build --release -p server

# ---------------------------------------------------------------- quiet machine
# Timings need the cores to ourselves: with BENCH_IDLE_WAIT=SECONDS, wait (up to that long)
# for the 1-minute load average to drop below 1 before measuring. The load at the start of the
# measurements is written into BENCHMARKS.md either way.
idle_wait=${BENCH_IDLE_WAIT:-0}
if [[ $mode == all && $idle_wait -gt 0 ]]; then
  waited=0
  while awk '{exit !($1 >= 1.0)}' /proc/loadavg && ((waited < idle_wait)); do
    ((waited % 60 == 0)) && echo "bench: waiting for a quiet machine (load $(cut -d' ' -f1 /proc/loadavg))"
    sleep 10
    waited=$((waited + 10))
  done
fi

# ---------------------------------------------------------------- machine
python3 - "$run/meta.json" <<'EOF'
import json, os, subprocess, sys, datetime
def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30).stdout.strip()
    except Exception:
        return ""
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = next((int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
meta = {
    "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    "cpu": cpu,
    "nproc": str(os.cpu_count()),
    "memory": f"{mem / 1024 / 1024:.1f} GiB",
    "kernel": sh("uname -sr"),
    "rustc": sh("rustc --version"),
    "node": sh("node --version"),
    "chromium": sh("/usr/bin/chromium --version 2>/dev/null"),
    "lighthouse": sh("node -p \"require('./end2end/node_modules/lighthouse/package.json').version\" 2>/dev/null"),
    "wrk": sh("wrk -v 2>&1 | head -1"),
    "loadavg": open("/proc/loadavg").read().split()[0],
    "commit": sh("git rev-parse --short HEAD") + (" (with uncommitted changes)" if sh("git status --porcelain") else ""),
}
json.dump({k: v for k, v in meta.items() if v}, open(sys.argv[1], "w"), indent=1)
EOF

# ---------------------------------------------------------------- 1. bundle
step "bundle sizes"
note "cargo xtask size --dist target/bench/dist --json"
cargo xtask size --dist "$dist"
cargo xtask size --dist "$dist" --json >"$run/size.json"
python3 - "$dist" "$run/files.json" <<'EOF'
import glob, json, os, sys
dist, out = sys.argv[1], sys.argv[2]
def one(label, pattern):
    paths = [p for p in glob.glob(os.path.join(dist, pattern)) if not p.endswith((".br", ".gz"))]
    if not paths:
        return None
    p = paths[0]
    size = lambda q: os.path.getsize(q) if os.path.exists(q) else 0
    return {"label": f"{label} `{os.path.relpath(p, dist)}`", "raw": size(p), "gzip": size(p + ".gz"), "brotli": size(p + ".br")}
rows = [one("wasm", "app.*.wasm"), one("JS glue", "app.*.js"), one("CSS", "app.*.css"),
        one("en-GB locale", "locales/en-GB.*.ftl"), one("HTML shell", "index.html")]
json.dump([r for r in rows if r], open(out, "w"), indent=1)
EOF

server_pid=""
stop_server() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}
trap stop_server EXIT

# ---------------------------------------------------------------- server
step "start the server on $base (rate limit off)"
note "RATE_LIMIT_PER_MINUTE=0 DIST_DIR=target/bench/dist target/release/server --host 127.0.0.1 --port $port"
RATE_LIMIT_PER_MINUTE=0 DIST_DIR="$dist" target/release/server --host 127.0.0.1 --port "$port" >"$run/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  curl -fs "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$run/server.log"; echo "bench: the server did not start" >&2; exit 1; }
  sleep 0.1
done
rss_start=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")

python3 scripts/bench/fixtures.py "$base" "$persona" "$run" "$dist"
first_q=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])))' "$run/first-question.txt")

# What the browser actually receives for / and /questions/<first>: the page, then every file
# xtask counts (the shell is the same for both; the server picks br by Accept-Encoding).
python3 - "$base" "$first_q" "$run/size.json" "$run/http.json" <<'EOF'
import json, sys, urllib.request
base, first_q, size_file, out = sys.argv[1:5]
urls = [i["url"] for i in json.load(open(size_file))["items"] if i["url"] != "/index.html"]
def fetch(path):
    req = urllib.request.Request(base + path, headers={"Accept-Encoding": "br, gzip"})
    with urllib.request.urlopen(req) as r:
        return len(r.read())
res = {}
for page in ["/", f"/questions/{first_q}"]:
    total = fetch(page) + sum(fetch(u) for u in urls)
    res[page] = {"bytes": total, "requests": 1 + len(urls)}
json.dump(res, open(out, "w"), indent=1)
for k, v in res.items():
    print(f"over HTTP: {k}: {v['bytes']} bytes in {v['requests']} requests")
EOF

# Issue 13: every page type as the server renders it, with a journey cookie got through the
# forms; bytes before first paint; the static snapshots Lighthouse compares against.
note "python3 scripts/bench/html_first.py pages $base $persona target/bench/run target/bench/dist"
python3 scripts/bench/html_first.py pages "$base" "$persona" "$run" "$dist"

if [[ $mode == --sizes ]]; then
  python3 scripts/bench/report.py "$run" "$run/BENCHMARKS.md" >/dev/null
  python3 scripts/bench/html_first.py report "$run" "$run/BENCHMARKS.md" >/dev/null
  sed -n '/^## Against/,/^## 2\./p' "$run/BENCHMARKS.md" | sed '$d'
  sed -n '/^### Bytes before first paint/,/^### Rerun/p' "$run/BENCHMARKS.md" | sed '$d'
  echo "bench: sizes only; BENCHMARKS.md not written (run scripts/bench.sh for the full table)"
  exit 0
fi

# ---------------------------------------------------------------- 2. Lighthouse
step "Lighthouse (mobile preset) on start, question, check, results, each beside its static snapshot"
note "LH_RUNS=${LH_RUNS:-3} node end2end/bench/lighthouse.mjs $base target/bench/run target/bench/run/lighthouse.json"
(cd end2end && CHROME_PATH=/usr/bin/chromium LH_RUNS=${LH_RUNS:-3} timeout 1200 node bench/lighthouse.mjs "$base" "$run" "$run/lighthouse.json") \
  2> >(grep -v -e 'unexpected operator' -e dbus >&2)
if [[ $mode == --lighthouse ]]; then
  echo "bench: Lighthouse only; BENCHMARKS.md not written (results: $run/lighthouse.json)"
  exit 0
fi

# ---------------------------------------------------------------- 3. steps
step "step transition, 4x CPU throttle, $steps steps"
note "node end2end/bench/steps.mjs $base target/bench/run target/bench/run/steps.json $steps"
(cd end2end && timeout 600 node bench/steps.mjs "$base" "$run" "$run/steps.json" "$steps") \
  2> >(grep -v -e 'unexpected operator' -e dbus >&2)

# ---------------------------------------------------------------- 4. load
static_url=/bench/assessment.json
rounds=${LOAD_ROUNDS:-3}
per=$((seconds / rounds))
# The rendered question page (issue 13): the first question, with the cookie its form set.
page_url=$(python3 -c 'import json,sys; print(next(p["path"] for p in json.load(open(sys.argv[1])) if p["name"] == "question"))' "$run/pages.json")
page_cookie=$(python3 -c 'import json,sys; print(next(p["cookie"] for p in json.load(open(sys.argv[1])) if p["name"] == "question"))' "$run/pages.json")
step "load: wrk -c$connections, $rounds alternating rounds of ${per}s (static, scoring, rendered page), ${seconds}s per endpoint"
# Alternating short rounds, medians reported: on a shared machine the load from other work
# drifts, and one long run per endpoint would hand that drift to whichever ran second.
ulimit -n 4096 2>/dev/null || true
note "wrk -t1 -c$connections -d${per}s --latency $base$static_url    # x$rounds, alternating with:"
note "BENCH_BODY=target/bench/run/request.json wrk -t1 -c$connections -d${per}s --latency -s scripts/bench/post.lua $base/api/v1/assessments"
note "wrk -t1 -c$connections -d${per}s --latency -H 'Cookie: journey=…' $base$page_url    # the cookie: target/bench/run/pages.json"
# A short warm-up of each at the same concurrency, not counted.
wrk -t1 -c"$connections" -d2s "$base$static_url" >/dev/null
BENCH_BODY="$run/request.json" wrk -t1 -c"$connections" -d2s -s scripts/bench/post.lua "$base/api/v1/assessments" >/dev/null
wrk -t1 -c"$connections" -d2s -H "Cookie: $page_cookie" "$base$page_url" >/dev/null
# The server's own CPU time (user + system, in clock ticks) around each round: CPU per request
# is steadier than requests/s when other work shares the cores.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
for r in $(seq 1 "$rounds"); do
  t0=$(cpu_ticks)
  wrk -t1 -c"$connections" -d"${per}s" --latency "$base$static_url" >"$run/wrk-static-$r.txt"
  t1=$(cpu_ticks)
  BENCH_BODY="$run/request.json" wrk -t1 -c"$connections" -d"${per}s" --latency -s scripts/bench/post.lua \
    "$base/api/v1/assessments" >"$run/wrk-score-$r.txt"
  t2=$(cpu_ticks)
  wrk -t1 -c"$connections" -d"${per}s" --latency -H "Cookie: $page_cookie" "$base$page_url" >"$run/wrk-page-$r.txt"
  t3=$(cpu_ticks)
  echo "server_cpu_ticks=$((t1 - t0))" >>"$run/wrk-static-$r.txt"
  echo "server_cpu_ticks=$((t2 - t1))" >>"$run/wrk-score-$r.txt"
  echo "server_cpu_ticks=$((t3 - t2))" >>"$run/wrk-page-$r.txt"
  echo "round $r: static $(awk '/Requests\/sec/ {print $2}' "$run/wrk-static-$r.txt") req/s," \
    "scoring $(awk '/Requests\/sec/ {print $2}' "$run/wrk-score-$r.txt") req/s," \
    "page $(awk '/Requests\/sec/ {print $2}' "$run/wrk-page-$r.txt") req/s"
done
rss_peak=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")
python3 - "$run" "$connections" "$seconds" "$static_url" "$rss_start" "$rss_peak" "$rounds" "$page_url" <<'EOF'
import json, os, sys
run, conns, secs, url, rss0, rss1, rounds, page_url = sys.argv[1:9]
json.dump({
    "clock_ticks_per_second": os.sysconf("SC_CLK_TCK"),
    "connections": int(conns), "seconds": int(secs), "static_url": url, "rounds": int(rounds),
    "rss_start_kb": int(rss0), "rss_peak_kb": int(rss1),
    "request_bytes": os.path.getsize(os.path.join(run, "request.json")),
    "response_bytes": os.path.getsize(os.path.join(run, "response.json")),
    "page_url": page_url,
    "page_bytes": os.path.getsize(os.path.join(run, "pages", "question.html")),
}, open(os.path.join(run, "load.json"), "w"))
EOF
stop_server

# ---------------------------------------------------------------- 5. engine
step "engine: cargo bench -p assessment"
note "cargo bench -p assessment --bench scoring"
BENCH_PERSONA=$persona cargo bench -p assessment --bench scoring 2>&1 | tee "$run/engine-full.txt"
grep -E '^(scoring|[├╰│ ]+[─a-z_])|fastest' "$run/engine-full.txt" >"$run/engine.txt" || cp "$run/engine-full.txt" "$run/engine.txt"

# ---------------------------------------------------------------- report
step "report"
python3 scripts/bench/report.py "$run" "$out_md" >/dev/null
python3 scripts/bench/html_first.py report "$run" "$out_md" >/dev/null
cat "$out_md"
echo "bench: wrote $out_md (raw outputs in target/bench/run/)"
