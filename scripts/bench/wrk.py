"""wrk's text output as figures: requests/s, p50/p90/p99 in ms, errors, and server CPU per
request (from the `server_cpu_ticks=` line scripts/bench.sh appends). Shared by report.py and
html_first.py."""

import re


def parse_wrk(text, hz):
    """`hz`: the clock ticks per second the CPU figure is counted in."""
    if not text:
        return None
    r = {}
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    r["rps"] = float(m.group(1)) if m else 0.0
    m = re.search(r"(\d+) requests in", text)
    r["requests"] = int(m.group(1)) if m else 0

    def ms(v, unit):
        return float(v) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]

    for p in ["50", "90", "99"]:
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
        r[f"p{p}"] = ms(m.group(1), m.group(2)) if m else None
    errors = 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if m:
        errors += sum(int(x) for x in m.groups())
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    if m:
        errors += int(m.group(1))
    r["errors"] = errors
    m = re.search(r"server_cpu_ticks=(\d+)", text)
    r["cpu_us"] = int(m.group(1)) * 1e6 / hz / r["requests"] if m and r["requests"] else None
    return r
