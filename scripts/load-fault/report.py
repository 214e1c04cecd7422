#!/usr/bin/env python3
"""The summary of a scripts/load-fault.sh run: load totals per status class, latency
percentiles, server RSS (first / peak / last, per phase), each fault's outcome.

  report.py RUN_DIR     prints the table, writes RUN_DIR/summary.md and summary.json;
                        exits 1 on any 5xx, a failed fault, or a server that died.
"""
import json
import os
import sys

run = sys.argv[1]
load = json.load(open(os.path.join(run, "wrk.json"))) if os.path.exists(os.path.join(run, "wrk.json")) else None
faults = json.load(open(os.path.join(run, "faults.json"))) if os.path.exists(os.path.join(run, "faults.json")) else []
meta = json.load(open(os.path.join(run, "meta.json")))
samples = []
with open(os.path.join(run, "rss.tsv")) as f:
    next(f)
    for line in f:
        t, rss, threads, fds = line.split("\t")
        samples.append((float(t), int(rss), int(threads), int(fds)))
if not samples:
    sys.exit("report: no RSS samples (did the server start?)")
phases = []
with open(os.path.join(run, "phases.tsv")) as f:
    for line in f:
        name, a, b = line.rstrip("\n").split("\t")
        phases.append((name, float(a), float(b)))

mib = lambda kb: f"{kb / 1024:.1f} MiB"
lines, problems, warnings = [], [], []
out = lines.append


def within(a, b):
    return [s for s in samples if a <= s[0] <= b]


out(f"# Load and fault run — {meta['date']}")
out("")
out(f"Machine: {meta['machine']}. Server: `{meta['server']}` on {meta['base']} (rate limit off).")
out(f"Load: {meta['connections']} connections, {meta['threads']} wrk threads, {meta['duration_s']} s, "
    f"wrk `{meta['wrk']}`. Command: `{meta['command']}`")
out("")

summary = {"meta": meta}
if load:
    secs = load["duration_us"] / 1e6
    by_class = {}
    for code, n in load["status"].items():
        k = f"{code[0]}xx"
        by_class[k] = by_class.get(k, 0) + n
    answered = sum(load["status"].values())
    e = load["errors"]
    lat = load["latency_us"]
    ms = lambda us: f"{us / 1000:.2f} ms"
    out("## Load: POST /api/v1/assessments, valid and invalid bodies mixed")
    out("")
    out("| measure | value |")
    out("|---|---|")
    out(f"| requests answered | {answered:,} in {secs:.0f} s = **{answered / secs:,.0f} req/s** |")
    for k in sorted(by_class):
        out(f"| {k} | {by_class[k]:,} |")
    out(f"| by status | {', '.join(f'{c}: {n:,}' for c, n in sorted(load['status'].items()))} |")
    out(f"| socket errors (wrk) | connect {e['connect']}, read {e['read']}, write {e['write']}, timeout {e['timeout']} "
        f"(not in the counts above; a 413 closes the connection without reading the body, and the client "
        f"may then see a reset before the answer) |")
    out(f"| latency p50 / p90 / p99 / p99.9 | {ms(lat['p50'])} / {ms(lat['p90'])} / {ms(lat['p99'])} / {ms(lat['p999'])} |")
    out(f"| latency mean / max | {ms(lat['mean'])} / {ms(lat['max'])} |")
    out("")
    if by_class.get("5xx", 0):
        problems.append(f"{by_class['5xx']} responses were 5xx")
    summary["load"] = {"req_per_s": round(answered / secs), "answered": answered, "by_class": by_class,
                       "by_status": load["status"], "socket_errors": e, "latency_ms": {k: v / 1000 for k, v in lat.items()}}

out("## Server memory (VmRSS, sampled every second) and open file descriptors")
out("")
out("| phase | seconds | RSS first | RSS peak | RSS last | fds first / peak / last |")
out("|---|---|---|---|---|---|")
summary["rss"] = {}
for name, a, b in [("whole run", samples[0][0], samples[-1][0])] + phases:
    ss = within(a, b)
    if not ss:
        out(f"| {name} | {b - a:.1f} | shorter than the sampling period: see the faults table | | | |")
        continue
    first, peak, last = ss[0][1], max(s[1] for s in ss), ss[-1][1]
    out(f"| {name} | {b - a:.0f} | {mib(first)} | {mib(peak)} | {mib(last)} | "
        f"{ss[0][3]} / {max(s[3] for s in ss)} / {ss[-1][3]} |")
    summary["rss"][name] = {"first_kb": first, "peak_kb": peak, "last_kb": last}
load_phase = next((p for p in phases if p[0] == "load"), None)
if load_phase:
    ss = within(load_phase[1], load_phase[2])
    if len(ss) >= 8:
        # The first quarter is warm-up (connections, allocator arenas).
        q = len(ss) // 4
        quarter = [s[1] for s in ss[q:]]
        marks = {f"{p}%": ss[min(len(ss) - 1, len(ss) * p // 100)][1] for p in (10, 25, 50, 75, 100)}
        half = ss[len(ss) // 2:]
        n = len(half)
        mt, mr = sum(s[0] for s in half) / n, sum(s[1] for s in half) / n
        var = sum((s[0] - mt) ** 2 for s in half)
        slope = (sum((s[0] - mt) * (s[1] - mr) for s in half) / var * 60) if var else 0.0
        growth = max(quarter) - quarter[0]
        # Flat: from the first quarter on, RSS never rises more than 10 % (at least 8 MiB).
        flat = growth <= max(quarter[0] * 0.10, 8 * 1024)
        out("")
        out(f"During the load: RSS at {', '.join(f'{k} {mib(v)}' for k, v in marks.items())}; "
            f"second-half trend {slope:+.0f} kB/min; largest rise after the first quarter {growth:+,} kB → "
            f"**{'flat' if flat else 'GROWING'}**.")
        summary["rss"]["load_marks_kb"] = marks
        summary["rss"]["load_second_half_kb_per_min"] = round(slope)
        summary["rss"]["flat"] = flat
        if not flat:
            warnings.append("RSS grew during the load")
after = [p for p in phases if p[0].startswith("fault")]
if after and load_phase:
    base_ss = within(load_phase[1], load_phase[2])
    end_ss = samples[-1][1]
    if base_ss and end_ss > max(s[1] for s in base_ss) * 1.10 + 8 * 1024:
        warnings.append(f"RSS after the faults ({mib(end_ss)}) is above the load's peak")
out("")

if faults:
    out("## Faults (each followed by GET /healthz and a valid POST)")
    out("")
    out("| fault | what the clients saw | server afterwards | RSS before → after | fds before → after (drained in) | ok |")
    out("|---|---|---|---|---|---|")
    for f in faults:
        c = dict(f["clients"])
        c.pop("server_errors", None)
        seen = "; ".join(f"{k}: {v}" for k, v in c.items())
        a = f["after"]
        out(f"| {f['fault']} | {seen} | healthz {a['healthz']} ({a['healthz_ms']} ms), POST {a['valid_post']} "
            f"({a['valid_post_ms']} ms) | {mib(f['rss_kb_before'] or 0)} → {mib(f['rss_kb_after'] or 0)} | "
            f"{f['fds_before']} → {f['fds_after']} ({f['fds_drained_in_s']} s) | {'yes' if f['ok'] else '**NO**'} |")
        if not f["ok"]:
            problems.append(f"fault '{f['fault']}' failed")
    out("")
    summary["faults"] = faults

alive = meta.get("server_alive_at_end", False)
if not alive:
    problems.append("the server died")
verdict = "PASS" if not problems else "FAIL: " + "; ".join(problems)
if warnings:
    verdict += " (warning: " + "; ".join(warnings) + ")"
out(f"**Verdict: {verdict}**")
summary["verdict"] = verdict

text = "\n".join(lines) + "\n"
print(text)
open(os.path.join(run, "summary.md"), "w").write(text)
json.dump(summary, open(os.path.join(run, "summary.json"), "w"), indent=1)
sys.exit(1 if problems else 0)
