#!/usr/bin/env python3
"""Checks of a running NexusZero stack, called by scripts/smoke-stack.sh (standard library only).

  stack_smoke.py targets  --jobs JOB,...       every listed Prometheus job has all targets up
  stack_smoke.py traffic                        keys, proofs, verifications (one tampered), an optimization,
                                                monitor reads; every response must have its expected status
  stack_smoke.py dashboards                     every PromQL query of every dashboard panel (and every
                                                label_values variable) returns at least one series
  stack_smoke.py incident --alert NAME --label VALUE
                                                an open incident in monitor-service names the alert and VALUE
  stack_smoke.py webhook-auth                   POST /v1/alerts without (or with a wrong) bearer token is refused
  stack_smoke.py observability                  Grafana, Loki and Promtail, when they run (not on CI machines
                                                here): provisioned dashboards/datasources, logs of every
                                                service in Loki, no line shipped twice
"""
import argparse
import base64
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOST = os.environ.get("SMOKE_HOST", "127.0.0.1")
PROMETHEUS = f"http://{HOST}:9090"
CRYPTO = f"http://{HOST}:13001"
OPTIMIZER = f"http://{HOST}:13002"
MONITOR = f"http://{HOST}:13003"
GRAFANA = f"http://{HOST}:3000"
LOKI = f"http://{HOST}:3100"
SERVICES = ["crypto-service", "optimizer-service", "monitor-service"]
# What Grafana substitutes into queries; the smoke test asks for everything ("All").
GRAFANA_VARIABLES = {"$__rate_interval": "1m", "$__interval": "15s", "$__range": "10m",
                     "$service": ".+", "$instance": ".+", "$level": ".*"}


class Failure(Exception):
    pass


def request(method, url, body=None, expect=200, headers=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            status, payload = resp.status, resp.read()
    except urllib.error.HTTPError as e:
        status, payload = e.code, e.read()
    except (urllib.error.URLError, OSError) as e:
        raise Failure(f"{method} {url}: {e}")
    if status != expect:
        raise Failure(f"{method} {url}: expected {expect}, got {status}: {payload[:300]!r}")
    try:
        return json.loads(payload) if payload else None
    except ValueError:
        return payload.decode(errors="replace")


def b64url(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def ok(message):
    print(f"  ok  {message}", flush=True)


# ---------------------------------------------------------------- targets
def targets(args):
    wanted = [j for j in args.jobs.split(",") if j]
    deadline = time.time() + args.timeout
    while True:
        health = {}
        for t in request("GET", f"{PROMETHEUS}/api/v1/targets")["data"]["activeTargets"]:
            job = t["labels"]["job"]
            health.setdefault(job, []).append((t["scrapeUrl"], t["health"], t.get("lastError", "")))
        missing = [j for j in wanted if j not in health]
        down = [(j, url, err) for j in wanted for (url, h, err) in health.get(j, []) if h != "up"]
        if not missing and not down:
            for j in wanted:
                for url, _, _ in health[j]:
                    ok(f"target {j} up ({url})")
            return
        if time.time() > deadline:
            raise Failure(f"targets not up after {args.timeout}s: missing jobs {missing}, down {down}")
        time.sleep(3)


# ---------------------------------------------------------------- traffic
def traffic(args):
    for _ in range(args.rounds):
        crypto_traffic()
        optimizer_traffic()
        monitor_traffic()


def crypto_traffic():
    sets = request("GET", f"{CRYPTO}/v1/parameter-sets")
    preset = "nz-128"
    ids = [s["id"] for s in (sets["parameterSets"] if isinstance(sets, dict) else sets)]
    if preset not in ids:
        raise Failure(f"parameter set {preset} not offered: {ids}")
    key = request("POST", f"{CRYPTO}/v1/keys", {"parameterSet": preset}, expect=201)
    request("GET", f"{CRYPTO}/v1/keys/{key['keyId']}")
    context = b64url(b"nexuszero smoke test")
    proof = request("POST", f"{CRYPTO}/v1/keys/{key['keyId']}/proofs", {"context": context})
    verify(proof, True)
    verify(dict(proof, context=b64url(b"a different context")), False)  # bound to its context: rejected
    for proof_type, extra in (("commitment-opening", {}),
                              ("linear-relation", {"relation": {"coefficients": [1, 1, -1], "constant": 0}})):
        made = request("POST", f"{CRYPTO}/v1/proofs", dict({"type": proof_type, "parameterSet": preset,
                       "witness": {"values": [3, 4, 7]}, "context": context}, **extra))
        verify(made, True)
    # proof keys no longer encrypt (issue 12): encryption and signatures use kem and signature keys
    kem = request("POST", f"{CRYPTO}/v1/keys", {"purpose": "kem", "parameterSet": preset}, expect=201)
    sealed = request("POST", f"{CRYPTO}/v1/keys/{kem['keyId']}/encrypt", {"plaintext": b64url(b"smoke")})
    opened = request("POST", f"{CRYPTO}/v1/keys/{kem['keyId']}/decrypt",
                     {"encapsulatedKey": sealed["encapsulatedKey"], "ciphertext": sealed["ciphertext"]})
    if opened.get("plaintext") != b64url(b"smoke"):
        raise Failure(f"ML-KEM decrypt: expected the plaintext back, got {opened}")
    request("GET", f"{CRYPTO}/v1/no-such-route", expect=404)  # an error, for the error panels
    ok(f"crypto-service: key {key['keyId'][:16]}..., 3 proof types proved and verified, a wrong context rejected, "
       f"ML-KEM encrypt/decrypt round trip")


def verify(proof, expected_valid):
    body = {k: proof[k] for k in ("type", "parameterSet", "statement", "context", "proof")}
    result = request("POST", f"{CRYPTO}/v1/proofs/verify", body)
    if result.get("valid") is not expected_valid:
        raise Failure(f"verify {proof['type']}: expected valid={expected_valid}, got {result}")


def optimizer_traffic():
    result = request("POST", f"{OPTIMIZER}/v1/optimize", {
        "securityBits": 128, "proofType": "lwe-secret", "witnessLength": 16,
        "objective": {"proofBytes": 1.0, "proveMillis": 1.0, "verifyMillis": 1.0}})
    if "recommendation" not in result:
        raise Failure(f"/v1/optimize answered without a recommendation: {result}")
    request("GET", f"{OPTIMIZER}/v1/models/current")
    request("POST", f"{OPTIMIZER}/v1/optimize", {"securityBits": 128, "proofType": "lwe-secret",
            "witnessLength": 16, "objective": {"proofBytes": 0, "proveMillis": 0, "verifyMillis": 0}}, expect=400)
    ok("optimizer-service: a recommendation for 128-bit lwe-secret, an all-zero objective refused")


def monitor_traffic():
    status = request("GET", f"{MONITOR}/v1/status")
    request("GET", f"{MONITOR}/v1/incidents")
    states = {t["name"]: t["status"] for t in status["targets"]}
    ok(f"monitor-service: status {status['overall']}, targets {states}")


# ---------------------------------------------------------------- dashboards
def dashboard_queries(datasource="prometheus"):
    """Every query of a datasource type; panels name datasource variables (${datasource}, ${logs})."""
    folder = os.path.join(ROOT, "grafana", "dashboards")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name)) as f:
            board = json.load(f)
        kinds = {"${%s}" % v["name"]: v["query"] for v in board.get("templating", {}).get("list", [])
                 if v.get("type") == "datasource"}
        for variable in board.get("templating", {}).get("list", []):
            if variable.get("type") == "query" and datasource == "prometheus":
                query = variable["query"]["query"] if isinstance(variable["query"], dict) else variable["query"]
                m = re.match(r"\s*label_values\(\s*([a-zA-Z_:][\w:]*)", query)
                yield name, f"variable ${variable['name']}", m.group(1) if m else query
        stack = list(board.get("panels", []))
        while stack:
            panel = stack.pop(0)
            stack.extend(panel.get("panels", []))
            for target in panel.get("targets", []):
                uid = (target.get("datasource") or panel.get("datasource") or {}).get("uid")
                if kinds.get(uid, uid) == datasource:
                    yield name, panel["title"], target["expr"]


def substitute(expr):
    for variable in sorted(GRAFANA_VARIABLES, key=len, reverse=True):
        expr = expr.replace(variable, GRAFANA_VARIABLES[variable])
    if "$" in expr:
        raise Failure(f"unknown Grafana variable in {expr}")
    return expr


def dashboards(args):
    empty, count = [], 0
    for board, panel, expr in dashboard_queries():
        count += 1
        query = substitute(expr)
        result = request("GET", f"{PROMETHEUS}/api/v1/query?" + urllib.parse.urlencode({"query": query}))
        series = len(result["data"]["result"])
        if series == 0:
            empty.append(f"{board} / {panel}: {query}")
        else:
            ok(f"{series:3d} series  {board} / {panel}")
    if empty:
        raise Failure("dashboard queries with no series:\n    " + "\n    ".join(empty))
    print(f"  all {count} dashboard queries returned data")


# ---------------------------------------------------------------- alert -> incident
def incident(args):
    deadline = time.time() + args.timeout
    while True:
        listed = request("GET", f"{MONITOR}/v1/incidents?state=open")
        for item in listed["incidents"]:
            if item.get("alertname") == args.alert and args.label in (item.get("labels") or {}).values():
                ok(f"open incident #{item['id']} in monitor-service: {item['alertname']} {item.get('severity')}"
                   f" {item.get('labels')} since {item.get('startsAt')}")
                return
        if time.time() > deadline:
            raise Failure(f"no open incident for {args.alert} / {args.label} after {args.timeout}s: {json.dumps(listed)[:500]}")
        time.sleep(5)


# ---------------------------------------------------------------- the alert webhook's bearer token
def webhook_auth(args):
    payload = {"version": "4", "status": "firing", "receiver": "smoke", "groupLabels": {}, "commonLabels": {},
               "commonAnnotations": {}, "externalURL": "http://smoke", "groupKey": "{}", "truncatedAlerts": 0,
               "alerts": [{"status": "firing", "labels": {"alertname": "SmokeForged", "severity": "critical"},
                           "annotations": {}, "startsAt": "2026-01-01T00:00:00Z", "endsAt": "0001-01-01T00:00:00Z",
                           "generatorURL": "", "fingerprint": "5m0k3f0r63d00001"}]}
    request("POST", f"{MONITOR}/v1/alerts", payload, expect=401)
    request("POST", f"{MONITOR}/v1/alerts", payload, expect=401,
            headers={"Authorization": "Bearer not-the-alert-webhook-token"})
    forged = [i for i in request("GET", f"{MONITOR}/v1/incidents")["incidents"] if i["alertname"] == "SmokeForged"]
    if forged:
        raise Failure(f"an unauthenticated alert became an incident: {forged}")
    ok("monitor-service: POST /v1/alerts without the bearer token -> 401, nothing stored")


# ---------------------------------------------------------------- Grafana, Loki, Promtail (when running)
def observability(args):
    running = set(args.running.split(","))
    user = os.environ.get("GRAFANA_ADMIN_USER", "admin")
    password = os.environ.get("GRAFANA_ADMIN_PASSWORD") or "admin"  # compose's default: no .env needed
    auth = {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}
    if "grafana" in running:
        health = request("GET", f"{GRAFANA}/api/health")
        ok(f"grafana healthy (database {health.get('database')})")
        uids = {d["uid"] for d in request("GET", f"{GRAFANA}/api/datasources", headers=auth)}
        if not {"prometheus", "loki", "alertmanager"} <= uids:
            raise Failure(f"grafana datasources: {uids}")
        boards = {d["uid"] for d in request("GET", f"{GRAFANA}/api/search?tag=nexuszero", headers=auth)}
        files = {json.load(open(os.path.join(ROOT, "grafana", "dashboards", f)))["uid"]
                 for f in os.listdir(os.path.join(ROOT, "grafana", "dashboards")) if f.endswith(".json")}
        if not files <= boards:
            raise Failure(f"dashboards not provisioned: {files - boards}")
        ok(f"grafana: datasources {sorted(uids)}, dashboards {sorted(boards)}")
    else:
        print("  --  grafana not running here: provisioning and dashboards validated statically "
              "(deployment-tests GrafanaDashboardsTest; queries run against Prometheus above)")
    if "loki" in running:
        since = str(int((time.time() - 900) * 1e9))
        for service in SERVICES:
            deadline = time.time() + 60
            while True:
                query = urllib.parse.urlencode({"query": f'{{service="{service}"}}', "start": since, "limit": 50})
                streams = request("GET", f"{LOKI}/loki/api/v1/query_range?{query}")["data"]["result"]
                if streams or time.time() > deadline:
                    break
                time.sleep(3)
            if not streams:
                raise Failure(f"no logs of {service} in Loki")
            shipped_by_promtail = [s["stream"] for s in streams if "container" in s["stream"]]
            if shipped_by_promtail:
                raise Failure(f"{service} logs also shipped by Promtail (would be doubled): {shipped_by_promtail}")
            ok(f"loki: {service} logs present, labels {sorted(streams[0]['stream'])}, pushed by loki4j only")
        for board, panel, expr in dashboard_queries("loki"):
            query = urllib.parse.urlencode({"query": substitute(expr), "start": since, "limit": 10})
            streams = request("GET", f"{LOKI}/loki/api/v1/query_range?{query}")["data"]["result"]
            if not streams:
                raise Failure(f"log panel {board} / {panel} shows nothing: {substitute(expr)}")
            ok(f"{len(streams):3d} streams {board} / {panel}")
    else:
        print("  --  loki not running here: loki-config.yml validated statically (deployment-tests LokiAndPromtailTest)")
    if "promtail" in running:
        request("GET", f"http://{HOST}:9080/ready")
        ok("promtail ready")
    else:
        print("  --  promtail not running here: promtail-config.yml validated statically (LokiAndPromtailTest)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("targets"); p.add_argument("--jobs", required=True); p.add_argument("--timeout", type=int, default=120)
    p = sub.add_parser("traffic"); p.add_argument("--rounds", type=int, default=3)
    sub.add_parser("dashboards")
    sub.add_parser("webhook-auth")
    p = sub.add_parser("incident"); p.add_argument("--alert", required=True); p.add_argument("--label", required=True)
    p.add_argument("--timeout", type=int, default=240)
    p = sub.add_parser("observability"); p.add_argument("--running", required=True)
    args = parser.parse_args()
    try:
        globals()[args.command.replace("-", "_")](args)
    except Failure as e:
        print(f"FAILED: {e}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
