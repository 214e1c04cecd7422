#!/usr/bin/env python3
"""Issue 13's budgets for the server-rendered pages (HTML first), part of scripts/bench.sh.

  html_first.py pages BASE_URL PERSONA RUN_DIR DIST
      Walks a persona's journey the way a person without JavaScript does (POST /who, then each
      /questions/<id> with `answer=`, following each 303 with its new `journey` cookie) to get
      a real cookie for every page type, then for each page type:
        RUN_DIR/pages.json        name, path, cookie, and the bytes before first paint: the
                                  page's HTML brotli-compressed (quality 11, window 2^22, as
                                  the server's own precompression) + every render-blocking
                                  stylesheet it links, as served (`Accept-Encoding: br`)
        RUN_DIR/pages/<name>.html the page as the server sent it
        RUN_DIR/snapshot/         the static snapshot Lighthouse compares against: the same
                                  HTML with nothing changed but its <script> elements removed,
                                  and the stylesheets (and images) it links at the same paths,
                                  with their .br / .gz siblings from the dist
  html_first.py report RUN_DIR OUT_MD
      Adds issue 13's rows to "Against the budgets" in OUT_MD (written by report.py) and its
      section ("6. HTML first"), from pages.json, lighthouse.json and wrk-{page,static,score}-*.txt.

Needs the `brotli` command (Debian package `brotli`; scripts/bench.sh installs it).
"""
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse

from wrk import parse_wrk

BUDGET_BYTES = 20_000  # bytes before first paint, brotli (KB = 1000 B, as in report.py)
BUDGET_LCP_MS = 1200
BUDGET_RATIO = 1.3
BUDGET_PERF = 98


# ------------------------------------------------------------------------------- pages
def request(base, method, path, cookie=None, body=None, accept_encoding="identity"):
    u = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    headers = {"Accept-Encoding": accept_encoding, "Accept-Language": "en-GB"}
    if cookie:
        headers["Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=body, headers=headers)
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, r.getheader("Location"), r.getheader("Content-Encoding"), r.getheader("Set-Cookie"), data


def journey_cookie(set_cookie, old):
    """The new `journey=…` from a Set-Cookie header, else the old one."""
    if not set_cookie:
        return old
    m = re.search(r"(?:^|,\s*)journey=([^;]*)", set_cookie)
    if not m:
        return old
    return f"journey={m.group(1)}" if m.group(1) else None


def post(base, path, cookie, fields):
    body = urllib.parse.urlencode(fields)
    status, location, _, set_cookie, data = request(base, "POST", path, cookie, body)
    if status != 303:
        sys.exit(f"html_first: POST {path} ({body[:80]}) answered {status}, not 303:\n{data.decode(errors='replace')[:400]}")
    return location, journey_cookie(set_cookie, cookie)


def answer_fields(value):
    values = [] if value is None else [value] if isinstance(value, str) else list(value)
    return [("answer", v) for v in values]


def walk(base, persona_file):
    """Cookies for the question, urgent, check, results and handover pages, from the forms."""
    import tomllib

    with open(persona_file, "rb") as f:
        p = tomllib.load(f)
    status, _, _, _, data = request(base, "GET", "/api/v1/questionnaire")
    q = json.loads(data)
    questions = {x["id"]: x for x in q["questions"]}
    fields = [("who", p["perspective"])] + ([("name", "Jean")] if p["perspective"] == "other" else [])
    location, cookie = post(base, "/who", None, fields)
    found = {}
    if not location.startswith("/questions/"):
        sys.exit(f"html_first: POST /who went to {location}, not a question")
    found["question"] = (location, cookie)
    for _ in range(200):
        path = urllib.parse.urlsplit(location).path
        if path == "/check":
            break
        if path.startswith("/urgent/"):
            # The persona's own answer led here: continue as the page's button does.
            _, _, _, _, page = request(base, "GET", location, cookie)
            m = re.search(rb'href="(/questions/[^"]+|/check)"[^>]*class="button', page)
            if not m:
                sys.exit(f"html_first: no way on from {location}")
            location = m.group(1).decode()
            continue
        qid = path.removeprefix("/questions/")
        question = questions.get(qid)
        if question is None:
            sys.exit(f"html_first: the journey went to {location}")
        # The first urgent option on the path gives the urgent page, on a side branch.
        if "urgent" not in found:
            urgent = next((o["id"] for o in question.get("options", []) if o.get("urgent")), None)
            if urgent:
                to, c = post(base, path, cookie, [("answer", urgent)])
                if to.startswith("/urgent/"):
                    found["urgent"] = (to, c)
        location, cookie = post(base, path, cookie, answer_fields(p["answers"].get(qid)))
    else:
        sys.exit("html_first: the journey did not reach /check")
    for page in ["check", "results", "handover"]:
        found[page] = (f"/{page}", cookie)
    return found


def stylesheets(html):
    """Render-blocking stylesheets: <link rel=stylesheet> without a print-only media."""
    out = []
    for tag in re.findall(r"<link\b[^>]*>", html, re.I):
        attrs = dict((k.lower(), v) for k, v in re.findall(r'([\w-]+)="([^"]*)"', tag))
        if "stylesheet" not in attrs.get("rel", "").lower().split():
            continue
        media = attrs.get("media", "all").lower()
        if media not in ("all", "screen", "") and "screen" not in media and "all" not in media:
            continue
        out.append(attrs["href"])
    return out


def linked_files(html):
    """Same-origin files the page links that a static copy needs: stylesheets, icons, images."""
    hrefs = re.findall(r'<link\b[^>]*\brel="(?:stylesheet|icon)"[^>]*\bhref="(/[^"/][^"]*)"', html, re.I)
    hrefs += re.findall(r'<link\b[^>]*\bhref="(/[^"/][^"]*)"[^>]*\brel="(?:stylesheet|icon)"', html, re.I)
    hrefs += re.findall(r'<img\b[^>]*\bsrc="(/[^"/][^"]*)"', html, re.I)
    return sorted(set(hrefs))


def brotli_size(data):
    out = subprocess.run(["brotli", "-c", "-q", "11", "-w", "22"], input=data, capture_output=True, check=True).stdout
    return len(out)


def pages(base, persona, run, dist):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    found = walk(base, os.path.join(root, "assessment/tests/personas", persona + ".toml"))
    order = [
        ("start", "/", None),
        ("who", "/who", None),
        ("question", *found["question"]),
        ("urgent", *found["urgent"]) if "urgent" in found else None,
        ("check", *found["check"]),
        ("results", *found["results"]),
        ("handover", *found["handover"]),
        ("resume", "/resume", None),
    ]
    os.makedirs(os.path.join(run, "pages"), exist_ok=True)
    snap = os.path.join(run, "snapshot")
    shutil.rmtree(snap, ignore_errors=True)
    os.makedirs(os.path.join(snap, "pages"))
    result = []
    for name, path, cookie in filter(None, order):
        status, location, encoding, _, wire = request(base, "GET", path, cookie, accept_encoding="br, gzip")
        if status != 200:
            sys.exit(f"html_first: GET {path} answered {status} (to {location}), not the page")
        if encoding not in (None, "br", "gzip"):
            sys.exit(f"html_first: GET {path}: unexpected Content-Encoding {encoding}")
        _, _, _, _, html_bytes = request(base, "GET", path, cookie)
        html = html_bytes.decode()
        with open(os.path.join(run, "pages", name + ".html"), "wb") as f:
            f.write(html_bytes)
        css = []
        for href in stylesheets(html):
            s, _, enc, _, body = request(base, "GET", href, accept_encoding="br")
            if s != 200:
                sys.exit(f"html_first: {path} links {href}, which answers {s}")
            br = os.path.join(dist, href.lstrip("/") + ".br")
            css.append({
                "href": href,
                "served": len(body),
                "encoding": enc,
                "dist_br": os.path.getsize(br) if os.path.exists(br) else None,
            })
        html_br = brotli_size(html_bytes)
        # The snapshot: nothing changed but the scripts removed; served as the server sent it.
        stripped = re.sub(r"<script\b[^>]*>.*?</script\s*>", "", html, flags=re.I | re.S).encode()
        file = os.path.join("pages", name + ".html")
        with open(os.path.join(snap, file), "wb") as f:
            f.write(stripped)
        if encoding == "br":
            subprocess.run(["brotli", "-f", "-q", "11", "-w", "22", "-o", os.path.join(snap, file + ".br"), os.path.join(snap, file)], check=True)
        for href in linked_files(html):
            src = os.path.join(dist, href.lstrip("/"))
            for suffix in ["", ".br", ".gz"]:
                if os.path.exists(src + suffix):
                    dst = os.path.join(snap, href.lstrip("/") + suffix)
                    os.makedirs(os.path.dirname(dst), exist_ok=True)
                    shutil.copyfile(src + suffix, dst)
        r = {
            "name": name,
            "path": path,
            "cookie": cookie,
            "html_raw": len(html_bytes),
            "html_wire": len(wire),
            "html_encoding": encoding or "identity",
            "html_br": html_br,
            "css": css,
            "before_paint": html_br + sum(c["served"] for c in css),
            "snapshot": {"file": file, "bytes": len(stripped)},
        }
        # A stylesheet the shell names for later pages but this HTML does not link.
        later = re.search(r'<meta name="later-css" content="([^"]+)"', html)
        if later and later.group(1) not in stylesheets(html):
            r["later_css_not_linked"] = later.group(1)
        result.append(r)
        print(
            f"before first paint: {name:9} {r['before_paint']:6,} B = HTML {html_br:,} B br "
            f"(sent {r['html_wire']:,} B {r['html_encoding']}) + CSS "
            + " + ".join(f"{c['served']:,} B" for c in css)
        )
    with open(os.path.join(run, "pages.json"), "w") as f:
        json.dump(result, f, indent=1)


# ------------------------------------------------------------------------------- report
def fmt_el(snippet):
    return f"`{snippet[:80]}`" if snippet else "not named by Lighthouse"


def median(xs):
    s = sorted(xs)
    if not s:
        return None
    m = len(s) // 2
    return s[m] if len(s) % 2 else (s[m - 1] + s[m]) / 2


def report(run, out_md):
    def load(name):
        path = os.path.join(run, name)
        return json.load(open(path)) if os.path.exists(path) else None

    pages_ = load("pages.json")
    lh = load("lighthouse.json")
    loadj = load("load.json") or {}
    text = open(out_md).read()
    ok = lambda c: "✅" if c else "❌"
    rows, sec = [], []
    w = sec.append

    w("## 6. HTML first (issue 13): server-rendered pages")
    w("")
    w("The pages are the server's: `scripts/bench/html_first.py` walks the persona's journey as a")
    w("person without JavaScript would (POST `/who`, then each question's form, following each 303")
    w("with its new `journey` cookie), and every page below is fetched or loaded with that cookie.")
    w("")
    if pages_:
        w("### Bytes before first paint (HTML + render-blocking CSS, brotli)")
        w("")
        w("The page's HTML compressed with brotli (quality 11, window 2^22, as the server precompresses")
        w("static files) plus each `<link rel=stylesheet>` it has, as served with `Accept-Encoding: br`")
        w("(its `.br` sibling in the dist). \"sent\" is what the server sends for the HTML today.")
        w("")
        w("| page | URL | HTML raw | HTML brotli | HTML sent | render-blocking CSS (br) | **total** | ≤ 20 KB |")
        w("| --- | --- | ---: | ---: | ---: | --- | ---: | --- |")
        for p in pages_:
            css = ", ".join(f"`{c['href']}` {c['served']:,}" for c in p["css"]) or "–"
            sent = f"{p['html_wire']:,} ({p['html_encoding']})"
            w(f"| {p['name']} | `{p['path']}` | {p['html_raw']:,} | {p['html_br']:,} | {sent} | {css} | **{p['before_paint']:,}** | {ok(p['before_paint'] <= BUDGET_BYTES)} |")
        w("")
        if any(p["html_encoding"] == "identity" for p in pages_):
            w("The server sends rendered pages uncompressed today (the \"sent\" column), so on the wire")
            w("the bytes before first paint are the raw HTML plus the CSS; the budget counts brotli.")
            w("")
        unlinked = [p for p in pages_ if p.get("later_css_not_linked")]
        if unlinked:
            later = unlinked[0]["later_css_not_linked"]
            linked = [p["name"] for p in pages_ if not p.get("later_css_not_linked")]
            w(f"`{later}` (styles only the later pages use, named in `<meta name=\"later-css\">`) is linked")
            w(f"by {', '.join(linked) or 'no page'}; not by {', '.join(p['name'] for p in unlinked)}, where the app fetches")
            w("it in the background once it runs (not before first paint, so not counted there).")
            w("")
        worst = max(pages_, key=lambda p: p["before_paint"])
        rows.append((
            "Bytes before first paint ≤ 20 KB brotli, every page type (issue 13)",
            f"largest {worst['before_paint'] / 1000:.1f} KB ({worst['name']}); " + ", ".join(f"{p['name']} {p['before_paint'] / 1000:.1f}" for p in pages_),
            ok(worst["before_paint"] <= BUDGET_BYTES),
        ))

    if lh and any(r.get("snapshot") for r in lh):
        runs = max(len(r.get("runs", [])) for r in lh) or 1
        w("### Lighthouse: the server's page beside a static snapshot of it, same run")
        w("")
        w(f"Lighthouse 12 mobile preset, {runs} run(s) of each, alternating page and snapshot; medians.")
        w("The snapshot is the HTML the server sent for that page with that cookie, with nothing changed")
        w("but its `<script>` elements removed, served by a static file server on another 127.0.0.1 port")
        w("(in `end2end/bench/lighthouse.mjs`) with the stylesheets it links at the same paths, compressed")
        w("as the real server sends them; anything else it links (the wasm preload, …) answers 404 there.")
        w("")
        w("| page | URL | performance | LCP | FCP | TBT | transfer | snapshot perf | snapshot LCP | snapshot transfer | LCP ratio |")
        w("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for r in lh:
            s = r.get("snapshot") or {}
            ratio = r["lcpMs"] / s["lcpMs"] if s.get("lcpMs") else None
            w(
                f"| {r['page']} | `{r['url']}` | {r['performance']} | {r['lcpMs']:.0f} ms | {r['fcpMs']:.0f} ms | {r['tbtMs']:.0f} ms | "
                f"{r['transferBytes'] / 1000:.1f} KB | {s.get('performance', '?')} | {s.get('lcpMs', 0):.0f} ms | "
                f"{s.get('transferBytes', 0) / 1000:.1f} KB | {f'{ratio:.2f}×' if ratio else '?'} |"
            )
        w("")
        for r in lh:
            s = r.get("snapshot") or {}
            if r.get("lcpElement") or s.get("lcpElement"):
                w(f"- {r['page']}: LCP element {fmt_el(r.get('lcpElement'))}; snapshot {fmt_el(s.get('lcpElement'))}")
            if r.get("finalUrl") and r["finalUrl"] != urllib.parse.urlsplit(r["url"]).path:
                w(f"- {r['page']}: Lighthouse ended at `{r['finalUrl']}`, not `{r['url']}`")
        w("")
        if runs > 1:
            for r in lh:
                each = ", ".join(f"{x['lcpMs']:.0f}" for x in r.get("runs", []))
                snap = ", ".join(f"{x['lcpMs']:.0f}" for x in (r.get("snapshot") or {}).get("runs", []))
                w(f"- {r['page']}: LCP by run {each} ms; snapshot {snap} ms")
            w("")
        lcp = max(r["lcpMs"] for r in lh)
        ratios = [(r["page"], r["lcpMs"] / r["snapshot"]["lcpMs"]) for r in lh if r.get("snapshot", {}).get("lcpMs")]
        worst = max(ratios, key=lambda x: x[1]) if ratios else None
        rows.append(("Lighthouse LCP ≤ 1.2 s (all four, issue 13)", f"largest {lcp:.0f} ms ({max(lh, key=lambda r: r['lcpMs'])['page']})", ok(lcp <= BUDGET_LCP_MS)))
        if worst:
            rows.append((
                "LCP ≤ 1.3× a static snapshot of the page, same run (issue 13)",
                f"largest {worst[1]:.2f}× ({worst[0]}); " + ", ".join(f"{n} {x:.2f}×" for n, x in ratios),
                ok(worst[1] <= BUDGET_RATIO),
            ))

    hz = loadj.get("clock_ticks_per_second", 100)
    series = {}
    for name in ["page", "static", "score"]:
        rs = [parse_wrk(open(os.path.join(run, f"wrk-{name}-{i}.txt")).read(), hz)
              for i in range(1, loadj.get("rounds", 0) + 1) if os.path.exists(os.path.join(run, f"wrk-{name}-{i}.txt"))]
        if rs:
            series[name] = rs
    if "page" in series:
        qpath = loadj.get("page_url", "/questions/…")
        w(f"### Server: a rendered question page beside the static file and the scoring call")
        w("")
        w(f"wrk, {loadj.get('connections', '?')} connections, {loadj.get('rounds', '?')} alternating rounds of "
          f"{loadj.get('seconds', 0) // max(loadj.get('rounds', 1), 1)} s per endpoint (the same rounds as section 4),")
        w(f"medians of the rounds. The page is `GET {qpath}` with the question's `journey` cookie: the")
        w("server opens the cookie, renders the page from the app's components in en-GB and sends the")
        w("whole HTML. CPU per request: the server process's user + system time (`/proc/<pid>/stat`)")
        w("over the round, divided by the requests wrk completed.")
        w("")
        w("| endpoint | response | requests/s | p50 | p99 | errors | server CPU / request | requests/s by round |")
        w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        labels = {
            "page": (f"`GET {qpath}` (rendered)", loadj.get("page_bytes")),
            "static": (f"`GET {loadj.get('static_url', 'static')}` (static file)", loadj.get("response_bytes")),
            "score": ("`POST /api/v1/assessments` (scoring)", loadj.get("response_bytes")),
        }
        med = {}
        for name, rs in series.items():
            m = {k: median([r[k] for r in rs if r[k] is not None]) for k in ["rps", "p50", "p99", "cpu_us"]}
            med[name] = m
            label, size = labels[name]
            each = ", ".join(f"{r['rps']:,.0f}" for r in rs)
            cpu = f"{m['cpu_us']:.0f} µs" if m["cpu_us"] is not None else "?"
            w(f"| {label} | {size:,} B | {m['rps']:,.0f} | {m['p50']:.2f} ms | {m['p99']:.2f} ms | {sum(r['errors'] for r in rs)} | {cpu} | {each} |")
        w("")
        page = med["page"]
        if page["cpu_us"] is not None:
            parts = [f"a rendered question page costs the server **{page['cpu_us']:.0f} µs** of CPU per request"]
            if med.get("static", {}).get("cpu_us"):
                parts.append(f"{page['cpu_us'] / med['static']['cpu_us']:.2f}× the static file")
            if med.get("score", {}).get("cpu_us"):
                parts.append(f"{page['cpu_us'] / med['score']['cpu_us']:.2f}× scoring")
            w("So " + ", ".join(parts) + " (issue 13: \"well under 1 ms\").")
            w("")
            rows.append((
                "Rendered question page: server CPU per request well under 1 ms (issue 13)",
                f"{page['cpu_us']:.0f} µs ({page['rps']:,.0f} requests/s, p50 {page['p50']:.2f} ms, p99 {page['p99']:.2f} ms)",
                ok(page["cpu_us"] < 1000),
            ))
        errors = sum(r["errors"] for r in series["page"])
        if errors:
            rows.append(("Zero errors (rendered page)", str(errors), ok(False)))

    w("### Rerun")
    w("")
    w("```")
    w("scripts/bench.sh            # everything, this section included; writes BENCHMARKS.md")
    w("scripts/bench.sh --sizes    # bundle sizes and the bytes before first paint only (no browser, no load)")
    w("LH_RUNS=5 scripts/bench.sh  # more Lighthouse runs per page and snapshot (default 3)")
    w("```")
    w("")
    w("By hand, against a running server (`target/bench/run/` holds the cookies and snapshots):")
    w("")
    w("```")
    w("python3 scripts/bench/html_first.py pages http://127.0.0.1:3990 daughter-worried-about-mum target/bench/run target/bench/dist")
    w("(cd end2end && node bench/lighthouse.mjs http://127.0.0.1:3990 ../target/bench/run ../target/bench/run/lighthouse.json)")
    w("q() { jq -r \".[] | select(.name==\\\"question\\\") | .$1\" target/bench/run/pages.json; }")
    w("wrk -t1 -c256 -d5s --latency -H \"Cookie: $(q cookie)\" \"http://127.0.0.1:3990$(q path)\"")
    w("```")
    w("")

    # Into the file: the rows at the end of the budgets table, the section before the commands.
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("## Against the budgets"):
            lines[i] = "## Against the budgets (issues 7 and 13)"
            j = i + 1
            while j < len(lines) and not lines[j].startswith("| budget"):
                j += 1
            while j < len(lines) and lines[j].startswith("|"):
                j += 1
            lines[j:j] = [f"| {a} | {b} | {c} |" for a, b, c in rows]
            break
    # Section 2 describes how check and results get their journey: now a cookie.
    old = [i for i, l in enumerate(lines) if l.startswith("Check and results need a journey: the \"save my answers")]
    if old:
        i = old[0]
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        lines[i:j] = [
            "The question, check and results pages need a journey: each gets the `journey` cookie the",
            "server set when the persona's answers were posted through its forms (`html_first.py pages`),",
            "sent by Lighthouse as an extra request header; localStorage is cleared before each page.",
            "Lighthouse's storage reset clears the HTTP cache, so every page loads cold. The snapshot",
            "beside each page is in section 6.",
        ]
    at = next((i for i, l in enumerate(lines) if l.startswith("## Commands this run used")), None)
    if at is None:
        at = next((i for i, l in enumerate(lines) if l.startswith("## Levers")), len(lines))
    lines[at:at] = sec
    with open(out_md, "w") as f:
        f.write("\n".join(lines))
    for a, b, c in rows:
        print(f"{c} {a}: {b}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "pages" and len(sys.argv) == 6:
        pages(*sys.argv[2:6])
    elif cmd == "report" and len(sys.argv) == 4:
        report(*sys.argv[2:4])
    else:
        sys.exit(__doc__)
