#!/usr/bin/env python3
"""Samples a process once a second until it exits or STOP_FILE appears:

  rss.py PID OUT.tsv STOP_FILE

Each line: unix time, VmRSS (kB), threads, open file descriptors (from /proc/PID)."""
import os
import sys
import time

pid, out, stop = sys.argv[1], sys.argv[2], sys.argv[3]


def sample():
    rss = threads = None
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
            elif line.startswith("Threads:"):
                threads = int(line.split()[1])
    fds = len(os.listdir(f"/proc/{pid}/fd"))
    return rss, threads, fds


with open(out, "w", buffering=1) as f:
    f.write("time\trss_kb\tthreads\tfds\n")
    next_at = time.time()
    while not os.path.exists(stop):
        try:
            rss, threads, fds = sample()
        except (FileNotFoundError, ProcessLookupError):
            break
        f.write(f"{time.time():.3f}\t{rss}\t{threads}\t{fds}\n")
        next_at += 1.0
        time.sleep(max(0.0, next_at - time.time()))
