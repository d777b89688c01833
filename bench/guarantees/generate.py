#!/usr/bin/env python3
"""Fills a running platform, through its REST API, with the guarantees benchmark data:
60 participants (the built-in ones plus synthetic organisations BXA, BXB, ...), one liaison per
participant, 2,000 commitments spread over them with status, some documented routes.
Prints the API token of a secretariat account for the load run.

Usage: generate.py BASE_URL ADMIN_PASSWORD [PARTICIPANTS=60] [COMMITMENTS=2000]
"""
import base64
import json
import random
import string
import sys
import urllib.error
import urllib.request

BASE, ADMIN_PASSWORD = sys.argv[1], sys.argv[2]
PARTICIPANTS = int(sys.argv[3]) if len(sys.argv) > 3 else 60
COMMITMENTS = int(sys.argv[4]) if len(sys.argv) > 4 else 2000
PASSWORD = "bench-liaison-password"
COMPONENTS = ["MONITORING", "SUPPORT_TO_ARMED_FORCES", "MULTINATIONAL_FORCE", "COMMITMENTS_IF_ATTACKED", "DEFENCE_COOPERATION"]
KINDS = ["TROOPS", "AIR_POLICING", "MARITIME_DEMINING", "ISR", "LOGISTICS", "TRAINING", "FINANCING", "STOCKPILE_ACCESS", "FORTIFICATION",
         "SANCTIONS", "DIPLOMATIC", "OTHER"]
CONDITIONS = ["ONLY_AFTER_CEASEFIRE", "US_BACKSTOP", "OUTSIDE_UKRAINE_ONLY", "SUBJECT_TO_PARLIAMENT"]
random.seed(42)


def call(method, path, body=None, user=None, password=None, token=None, expect=(200, 201)):
    request = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    else:
        request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode())
    try:
        with urllib.request.urlopen(request) as response:
            return json.loads(response.read() or b"null")
    except urllib.error.HTTPError as e:
        if e.code in expect:
            return None
        raise SystemExit(f"{method} {path}: {e.code} {e.read().decode()}")


def admin(method, path, body=None):
    return call(method, path, body, user="admin", password=ADMIN_PASSWORD)


def open_account(username, nation, role):
    admin("POST", "/api/v1/users", {"username": username, "password": PASSWORD, "nation": nation, "roles": [role]})
    return call("POST", "/api/v1/tokens", {"name": "bench"}, user=username, password=PASSWORD)["secret"]


def commitment(nation_index):
    kind = random.choice(KINDS)
    body = {"component": random.choice(COMPONENTS), "kind": kind, "startsOn": f"2026-{random.randint(1, 12):02d}-01",
            "conditions": random.sample(CONDITIONS, random.randint(0, 2))}
    if kind == "FINANCING":
        body.update(quantity=random.randint(1, 500) * 1_000_000, currency=random.choice(["EUR", "GBP", "USD", "NOK"]))
    elif kind in ("TROOPS", "TRAINING"):
        body.update(quantity=random.randint(1, 40) * 50, unit="PERSONNEL")
    elif kind == "AIR_POLICING":
        body.update(quantity=random.randint(2, 12), unit="AIRCRAFT")
    if random.random() < 0.3:
        body["endsOn"] = f"2028-{random.randint(1, 12):02d}-28"
    return body


codes = [p["participant"]["code"] for p in admin("GET", "/api/v1/participants?all=true")]
for letter in string.ascii_uppercase + string.ascii_uppercase:
    if len(codes) >= PARTICIPANTS:
        break
    code = "BX" + letter if ("BX" + letter) not in codes else "BY" + letter
    admin("POST", "/api/v1/participants", {"code": code, "kind": "ORGANISATION", "nameEn": f"Benchmark participant {code}",
                                           "nameFr": f"Participant de test {code}"})
    codes.append(code)
codes = codes[:PARTICIPANTS]

tokens = {code: open_account(f"bench-{code.lower()}", code, "NATION_LIAISON") for code in codes}
secretariat = open_account("bench-secretariat", None, "SECRETARIAT")

for i in range(COMMITMENTS):
    code = codes[i % len(codes)]
    created = call("POST", "/api/v1/guarantees/commitments", commitment(i), token=tokens[code])
    path = f"/api/v1/guarantees/commitments/{created['id']}"
    roll = random.random()
    if roll < 0.6:
        call("POST", path + "/government-approval", {}, token=tokens[code])
    if roll < 0.35:
        call("POST", path + "/parliament-approval", {}, token=tokens[code])
    if roll < 0.15:
        call("POST", path + "/entry-into-force", {}, token=tokens[code])
    if 0.95 < roll:
        call("POST", path + "/withdrawal", {}, token=tokens[code])

for code in codes[:10]:
    vote = random.random() < 0.7
    call("PUT", f"/api/v1/guarantees/ratification/{code}/route",
         {"documented": True, "parliamentVote": vote, "chambers": ["Parliament"] if vote else [],
          "citations": [{"source": "public-record", "description": "Benchmark data, not a fact"}]}, token=secretariat)

print(secretariat)
