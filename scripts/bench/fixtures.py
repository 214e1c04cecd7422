#!/usr/bin/env python3
"""Bench fixtures from a persona (assessment/tests/personas/<name>.toml), so the bench always
uses an answer set the domain tests keep valid:

  fixtures.py BASE_URL PERSONA OUT_DIR SERVED_DIST
    OUT_DIR/request.json   body for POST /api/v1/assessments (a realistic full answer set)
    OUT_DIR/journey.json   the "save on device" localStorage value with every answer
                           (format of app/src/journey/storage.rs), urgent screens marked seen
    OUT_DIR/fresh.json     the same with a perspective and no answers (first question page)
    OUT_DIR/first-question.txt  the first question's id (JSON string)
    OUT_DIR/response.json  the server's answer to request.json (checked: 200)
    SERVED_DIST/bench/assessment.json
                           a copy of that answer as a static file: the same bytes, so the
                           load test compares scoring with serving a file of the same size
"""
import json
import os
import sys
import tomllib
import urllib.error
import urllib.request

base, persona, out, served = sys.argv[1:5]
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
with open(os.path.join(root, "assessment/tests/personas", persona + ".toml"), "rb") as f:
    p = tomllib.load(f)
with urllib.request.urlopen(base + "/api/v1/questionnaire") as r:
    q = json.load(r)

answers = p["answers"]
request = {
    "questionnaire_version": q["version"],
    "locale": "en-GB",
    "perspective": p["perspective"],
    "answers": answers,
}
# Urgent answers in the persona were already acknowledged, so stepping through does not stop.
urgent_seen = []
for question in q["questions"]:
    chosen = answers.get(question["id"])
    chosen = [chosen] if isinstance(chosen, str) else (chosen or [])
    for option in question.get("options", []):
        if option.get("urgent") and option["id"] in chosen:
            urgent_seen.append([question["id"], option["id"]])


def saved(journey_answers):
    return {
        "format": 1,
        "questionnaire_version": q["version"],
        "journey": {
            "perspective": p["perspective"],
            "name": "Jean" if p["perspective"] == "other" else "",
            "answers": journey_answers,
            "skipped": [],
            "urgent_seen": urgent_seen if journey_answers else [],
        },
    }


os.makedirs(out, exist_ok=True)
body = json.dumps(request, separators=(",", ":"))
with open(os.path.join(out, "request.json"), "w") as f:
    f.write(body)
with open(os.path.join(out, "journey.json"), "w") as f:
    json.dump(saved(answers), f)
with open(os.path.join(out, "fresh.json"), "w") as f:
    json.dump(saved({}), f)
with open(os.path.join(out, "first-question.txt"), "w") as f:
    f.write(json.dumps(q["questions"][0]["id"]) + "\n")

req = urllib.request.Request(
    base + "/api/v1/assessments", data=body.encode(), headers={"content-type": "application/json"}, method="POST"
)
try:
    with urllib.request.urlopen(req) as r:
        response = r.read()
except urllib.error.HTTPError as e:
    sys.exit(f"fixtures: POST /api/v1/assessments answered {e.code}: {e.read().decode()[:500]}\n"
             f"(the persona {persona} no longer fits the questionnaire?)")
with open(os.path.join(out, "response.json"), "wb") as f:
    f.write(response)
os.makedirs(os.path.join(served, "bench"), exist_ok=True)
with open(os.path.join(served, "bench", "assessment.json"), "wb") as f:
    f.write(response)
print(f"fixtures: {persona}: {len(answers)} answers; request {len(body)} B, response {len(response)} B")
