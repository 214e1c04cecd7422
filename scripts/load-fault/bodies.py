#!/usr/bin/env python3
"""Request bodies for the load mix (scripts/load-fault.sh), each checked once against the
running server before the load starts, so every body is known to get the status it claims:

  bodies.py BASE_URL OUT_DIR
    OUT_DIR/bodies/<kind>.json     one request body per kind
    OUT_DIR/manifest.tsv           weight, content type ("" = none), kind, expected status, path
    OUT_DIR/valid.json             one valid full answer set (the faults' health check uses it)

Valid bodies are the personas' full answer sets (assessment/tests/personas/*.toml, which the
domain tests keep valid); invalid ones are malformed JSON, unknown questions and options,
wrong shapes, too many answers, a wrong version, deep nesting, wrong or missing content type,
and 100 KiB bodies (past the 64 KiB limit). Half the mix, by weight, is valid.
"""
import json
import os
import sys
import tomllib
import urllib.error
import urllib.parse
import urllib.request

base, out = sys.argv[1:3]
host = urllib.parse.urlsplit(base).hostname
if host not in ("127.0.0.1", "localhost", "::1"):
    sys.exit(f"bodies: {base} is not a loopback address")
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

with urllib.request.urlopen(base + "/api/v1/questionnaire") as r:
    q = json.load(r)
version = q["version"]
first_single = next(x for x in q["questions"] if x["kind"] in ("single", "yes_no", "frequency"))
multiple = next(x for x in q["questions"] if x["kind"] == "multiple" and any(o.get("exclusive") for o in x["options"]))
exclusive = next(o["id"] for o in multiple["options"] if o.get("exclusive"))


def request(answers, perspective="self", **over):
    body = {"questionnaire_version": version, "locale": "en-GB", "perspective": perspective, "answers": answers}
    body.update(over)
    return body


personas = []
pdir = os.path.join(root, "assessment/tests/personas")
for name in sorted(os.listdir(pdir)):
    if name.endswith(".toml"):
        with open(os.path.join(pdir, name), "rb") as f:
            p = tomllib.load(f)
        personas.append((name[:-5], request(p["answers"], p["perspective"])))
if not personas:
    sys.exit("bodies: no personas found")
valid = max(personas, key=lambda p: len(p[1]["answers"]))[1]
compact = lambda v: json.dumps(v, separators=(",", ":"))
valid_text = compact(valid)

KIB100 = 100 * 1024
# (kind, weight, content type, body text, expected status)
kinds = []
per_persona = max(1, round(50 / len(personas)))
for name, body in personas:
    kinds.append((f"valid-{name}", per_persona, "application/json", compact(body), 200))
kinds += [
    ("malformed-truncated", 4, "application/json", valid_text[: len(valid_text) // 2], 400),
    ("malformed-trailing", 3, "application/json", valid_text + "}", 400),
    ("malformed-form", 2, "application/json", "questionnaire_version=1&answers=yes", 400),
    ("deep-nesting", 2, "application/json", compact(request({first_single["id"]: 0})).replace("0", "[" * 300 + "]" * 300), 422),
    ("unknown-question", 5, "application/json", compact(request({**valid["answers"], "no-such-question": "yes"})), 422),
    ("unknown-option", 4, "application/json", compact(request({first_single["id"]: "no-such-option"})), 422),
    ("wrong-shape", 3, "application/json", compact(request([{"q": "a"}])), 422),
    ("wrong-type", 2, "application/json", compact(request({}, perspective=5)), 422),
    ("exclusive-combined", 2, "application/json",
     compact(request({multiple["id"]: [exclusive] + [o["id"] for o in multiple["options"] if o["id"] != exclusive][:1]})), 422),
    ("wrong-version", 3, "application/json", compact({**valid, "questionnaire_version": "1999-01.1"}), 422),
    ("too-many-answers", 2, "application/json", compact(request({f"q{i}": "yes" for i in range(250)})), 422),
    ("oversized-padded", 4, "application/json", valid_text + " " * (KIB100 - len(valid_text)), 413),
    ("oversized-array", 2, "application/json",
     compact(request({multiple["id"]: [exclusive] * (KIB100 // (len(exclusive) + 3))})), 413),
    ("content-type-text", 5, "text/plain", valid_text, 415),
    ("content-type-missing", 2, "", valid_text, 415),
    ("content-type-form", 2, "application/x-www-form-urlencoded", valid_text, 415),
]

os.makedirs(os.path.join(out, "bodies"), exist_ok=True)
rows, failures = [], []
print(f"{'kind':<34} {'weight':>6} {'bytes':>7} {'status':>6} {'answer bytes':>12}")
for kind, weight, ctype, text, expected in kinds:
    data = text.encode()
    path = os.path.join(out, "bodies", kind + ".json")
    with open(path, "wb") as f:
        f.write(data)
    headers = {"Content-Type": ctype} if ctype else {}
    req = urllib.request.Request(base + "/api/v1/assessments", data=data, headers=headers, method="POST")
    if not ctype:
        # urllib adds a form content type to any POST; take it off again.
        req.remove_header("Content-type")
    try:
        with urllib.request.urlopen(req) as r:
            status, answer = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, answer = e.code, e.read()
    print(f"{kind:<34} {weight:>6} {len(data):>7} {status:>6} {len(answer):>12}")
    if status != expected:
        failures.append(f"{kind}: expected {expected}, got {status}: {answer[:300]!r}")
    rows.append(f"{weight}\t{ctype}\t{kind}\t{expected}\t{os.path.abspath(path)}")

with open(os.path.join(out, "manifest.tsv"), "w") as f:
    f.write("\n".join(rows) + "\n")
with open(os.path.join(out, "valid.json"), "w") as f:
    f.write(valid_text)
total = sum(k[1] for k in kinds)
share = sum(k[1] for k in kinds if k[4] == 200) / total
print(f"bodies: {len(kinds)} kinds, {share:.0%} of the mix valid (by weight)")
if failures:
    sys.exit("bodies: a body did not get the status it should:\n  " + "\n  ".join(failures))
