#!/usr/bin/env python3
"""Hostile clients for scripts/load-fault.sh, one fault at a time, against a server on the
loopback interface. After each, the server must still answer /healthz and score a valid
body, and its open connections must drain back to where they were.

  faults.py HOST PORT PID VALID_BODY OUT.json PHASES.tsv

Counts (environment): SLOW_CLIENTS (32), SLOW_SECONDS (25), OVERSIZED (500),
DISCONNECTS (1000), HALF_OPEN (1000). Writes a JSON list of results; each names the fault,
what the clients saw, whether the server stayed up, and RSS / fds before and after.
"""
import ipaddress
import json
import os
import random
import select
import socket
import struct
import sys
import time
from concurrent.futures import ThreadPoolExecutor

host, port, pid, valid_path, out_path, phases_path = sys.argv[1:7]
port = int(port)
if not ipaddress.ip_address(host).is_loopback:
    sys.exit(f"faults: {host} is not a loopback address; refusing")
valid = open(valid_path, "rb").read()
HOSTHDR = f"{host}:{port}"
env = lambda k, d: int(os.environ.get(k, d))


def proc():
    """(VmRSS kB, open fds) of the server, or (None, None) if it is gone."""
    try:
        rss = next(int(l.split()[1]) for l in open(f"/proc/{pid}/status") if l.startswith("VmRSS:"))
        return rss, len(os.listdir(f"/proc/{pid}/fd"))
    except (FileNotFoundError, ProcessLookupError, StopIteration):
        return None, None


def http(method, path, body=b"", ctype=None, timeout=5.0):
    """One request on a fresh connection: (status, seconds) or (error, seconds)."""
    start = time.monotonic()
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            head = f"{method} {path} HTTP/1.1\r\nHost: {HOSTHDR}\r\nConnection: close\r\n"
            if ctype:
                head += f"Content-Type: {ctype}\r\n"
            head += f"Content-Length: {len(body)}\r\n\r\n"
            s.sendall(head.encode() + body)
            data = b""
            while b"\r\n" not in data:
                chunk = s.recv(4096)
                if not chunk:
                    break
                data += chunk
            status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.1 ") else f"bad answer {data[:40]!r}"
    except OSError as e:
        status = f"{type(e).__name__}: {e}"
    return status, time.monotonic() - start


def healthy():
    """The server answers /healthz and scores a valid body."""
    h, ht = http("GET", "/healthz")
    p, pt = http("POST", "/api/v1/assessments", valid, "application/json")
    return {"healthz": h, "healthz_ms": round(ht * 1000, 1), "valid_post": p, "valid_post_ms": round(pt * 1000, 1),
            "ok": h == 200 and p == 200}


def drain(baseline_fds, wait=30.0):
    """Seconds until the server's open fds are back to the baseline (+4), or None."""
    start = time.monotonic()
    while time.monotonic() - start < wait:
        _, fds = proc()
        if fds is None:
            return None
        if fds <= baseline_fds + 4:
            return round(time.monotonic() - start, 1)
        time.sleep(0.25)
    return None


def fault(name, fn):
    rss0, fds0 = proc()
    start = time.time()
    print(f"faults: {name} ...", flush=True)
    detail = fn()
    end = time.time()
    drained = drain(fds0)
    after = healthy()
    rss1, fds1 = proc()
    with open(phases_path, "a") as f:
        f.write(f"fault: {name}\t{start:.3f}\t{end:.3f}\n")
    r = {"fault": name, "seconds": round(end - start, 1), "clients": detail, "after": after,
         "alive": rss1 is not None, "rss_kb_before": rss0, "rss_kb_after": rss1,
         "fds_before": fds0, "fds_after": fds1, "fds_drained_in_s": drained}
    r["ok"] = bool(r["alive"] and after["ok"] and drained is not None and not detail.get("server_errors"))
    print(f"faults: {name}: {'ok' if r['ok'] else 'FAILED'} {json.dumps(r)}", flush=True)
    return r


# ───────────────────────────── the faults ─────────────────────────────

def slow_headers():
    """Clients that send their request headers one byte per second: each must be cut off
    (hyper's header-read timeout), and meanwhile the server answers everyone else."""
    n, limit = env("SLOW_CLIENTS", 32), env("SLOW_SECONDS", 25)
    head = (f"POST /api/v1/assessments HTTP/1.1\r\nHost: {HOSTHDR}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(valid)}\r\nX-Padding: {'a' * 64}\r\n\r\n").encode()
    socks = {}
    for _ in range(n):
        s = socket.create_connection((host, port), timeout=5)
        s.setblocking(False)
        socks[s] = {"sent": 0, "cut_at": None, "saw": None}
    start = time.monotonic()
    health = []
    while time.monotonic() - start < limit and any(v["cut_at"] is None for v in socks.values()):
        for s, st in socks.items():
            if st["cut_at"] is not None:
                continue
            try:
                if st["sent"] < len(head):
                    s.send(head[st["sent"]:st["sent"] + 1])
                    st["sent"] += 1
            except OSError as e:
                st["cut_at"], st["saw"] = time.monotonic() - start, type(e).__name__
        # Whatever the server says or does (408, close, reset) is noted when it happens.
        open_socks = [s for s, st in socks.items() if st["cut_at"] is None]
        deadline = time.monotonic() + 1.0
        while open_socks and time.monotonic() < deadline:
            readable, _, _ = select.select(open_socks, [], [], max(0.0, deadline - time.monotonic()))
            for s in readable:
                st = socks[s]
                try:
                    data = s.recv(4096)
                    st["saw"] = data.split(b"\r\n")[0].decode(errors="replace") if data else "closed"
                except OSError as e:
                    st["saw"] = type(e).__name__
                st["cut_at"] = time.monotonic() - start
                open_socks.remove(s)
        h, ht = http("GET", "/healthz", timeout=5)
        health.append((h, ht))
    for s in socks:
        s.close()
    cut = [st["cut_at"] for st in socks.values() if st["cut_at"] is not None]
    saw = {}
    for st in socks.values():
        saw[st["saw"] or "still open"] = saw.get(st["saw"] or "still open", 0) + 1
    return {"clients": n, "cut_off": len(cut), "cut_off_after_s": [round(min(cut), 1), round(max(cut), 1)] if cut else None,
            "bytes_sent_max": max(st["sent"] for st in socks.values()), "saw": saw,
            "healthz_during": sum(1 for h, _ in health if h == 200), "healthz_checks": len(health),
            "healthz_during_max_ms": round(max((t for _, t in health), default=0) * 1000, 1),
            "server_errors": 0, "all_cut_off": len(cut) == n}


def status_of(s):
    data = b""
    try:
        while b"\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
    except OSError as e:
        return type(e).__name__
    return int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.1 ") else ("closed" if not data else "garbage")


def one_oversized(i):
    """100 KiB bodies: half announced by Content-Length, half chunked with no length."""
    body = b"[" + b'"none",' * (100 * 1024 // 7) + b'"none"]'
    try:
        with socket.create_connection((host, port), timeout=20) as s:
            if i % 2 == 0:
                s.sendall(f"POST /api/v1/assessments HTTP/1.1\r\nHost: {HOSTHDR}\r\nContent-Type: application/json\r\n"
                          f"Content-Length: {len(body)}\r\n\r\n".encode())
                try:
                    s.sendall(body)
                except OSError:
                    pass  # the server may answer and close before it has read it all
            else:
                s.sendall(f"POST /api/v1/assessments HTTP/1.1\r\nHost: {HOSTHDR}\r\nContent-Type: application/json\r\n"
                          f"Transfer-Encoding: chunked\r\n\r\n".encode())
                try:
                    for k in range(0, len(body), 4096):
                        part = body[k:k + 4096]
                        s.sendall(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                    s.sendall(b"0\r\n\r\n")
                except OSError:
                    pass
            return ("length" if i % 2 == 0 else "chunked", status_of(s))
    except OSError as e:
        return ("length" if i % 2 == 0 else "chunked", type(e).__name__)


def oversized():
    n = env("OVERSIZED", 500)
    with ThreadPoolExecutor(32) as pool:
        results = list(pool.map(one_oversized, range(n)))
    seen = {}
    for how, status in results:
        seen[f"{how}: {status}"] = seen.get(f"{how}: {status}", 0) + 1
    errors = sum(1 for _, s in results if isinstance(s, int) and s >= 500)
    return {"bodies": n, "size_bytes": 100 * 1024, "answers": seen, "server_errors": errors,
            "got_413": sum(1 for _, s in results if s == 413)}


def one_disconnect(i):
    """Headers announcing 32 KiB, part of the body, then gone: a FIN, or a reset (SO_LINGER 0)."""
    rng = random.Random(i)
    try:
        s = socket.create_connection((host, port), timeout=10)
        s.sendall(f"POST /api/v1/assessments HTTP/1.1\r\nHost: {HOSTHDR}\r\nContent-Type: application/json\r\n"
                  f"Content-Length: 32768\r\n\r\n".encode())
        s.sendall(valid[: rng.randrange(1, len(valid))] + b" " * rng.randrange(0, 20000))
        if i % 2:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.close()
        return "reset" if i % 2 else "fin"
    except OSError as e:
        return type(e).__name__


def disconnects():
    n = env("DISCONNECTS", 1000)
    with ThreadPoolExecutor(50) as pool:
        results = list(pool.map(one_disconnect, range(n)))
    seen = {}
    for r in results:
        seen[r] = seen.get(r, 0) + 1
    return {"clients": n, "how": seen, "server_errors": 0}


def half_open():
    """A burst of connections that never finish: half send nothing, a quarter part of a request
    line, a quarter headers and part of a body then half-close (shutdown SHUT_WR). All are
    held; the server must keep answering others and close every one by itself."""
    n = env("HALF_OPEN", 1000)
    socks = []
    start = time.monotonic()
    for i in range(n):
        s = socket.create_connection((host, port), timeout=5)
        kind = ("silent", "silent", "partial-line", "half-closed")[i % 4]
        if kind == "partial-line":
            s.sendall(b"POST /api/v1/ass")
        elif kind == "half-closed":
            s.sendall(f"POST /api/v1/assessments HTTP/1.1\r\nHost: {HOSTHDR}\r\nContent-Type: application/json\r\n"
                      f"Content-Length: 5000\r\n\r\n".encode() + valid[:100])
            s.shutdown(socket.SHUT_WR)
        s.setblocking(False)
        socks.append([s, kind, None, None])
    opened = time.monotonic() - start
    _, fds_held = proc()
    h_during, ht_during = http("GET", "/healthz")
    p_during, pt_during = http("POST", "/api/v1/assessments", valid, "application/json")
    limit = 30.0
    while time.monotonic() - start < limit and any(c[2] is None for c in socks):
        open_socks = [c[0] for c in socks if c[2] is None]
        # select() is limited to fd 1024; poll scales.
        poller = select.poll()
        for s in open_socks:
            poller.register(s, select.POLLIN | select.POLLHUP | select.POLLERR)
        for fd, _ in poller.poll(500):
            c = next(c for c in socks if c[2] is None and c[0].fileno() == fd)
            try:
                data = c[0].recv(4096)
                c[3] = data.split(b"\r\n")[0].decode(errors="replace") if data else "closed"
            except OSError as e:
                c[3] = type(e).__name__
            c[2] = time.monotonic() - start
    saw = {}
    for s, kind, at, what in socks:
        key = f"{kind}: {what or 'still open'}"
        saw[key] = saw.get(key, 0) + 1
        s.close()
    closed = [c[2] for c in socks if c[2] is not None]
    return {"connections": n, "opened_in_s": round(opened, 2), "server_fds_while_held": fds_held,
            "healthz_while_held": h_during, "healthz_ms": round(ht_during * 1000, 1),
            "valid_post_while_held": p_during, "valid_post_ms": round(pt_during * 1000, 1),
            "closed_by_server": len(closed),
            "closed_after_s": [round(min(closed), 1), round(max(closed), 1)] if closed else None,
            "saw": saw, "server_errors": 0 if h_during == 200 and p_during == 200 else 1}


results = []
try:
    for name, fn in [("slow headers (1 byte/s)", slow_headers), ("oversized bodies (100 KiB)", oversized),
                     ("abrupt disconnects mid-body", disconnects), ("half-open connections", half_open)]:
        results.append(fault(name, fn))
        if not results[-1]["alive"]:
            break
finally:
    with open(out_path, "w") as f:
        json.dump(results, f, indent=1)
sys.exit(0 if results and all(r["ok"] for r in results) else 1)
