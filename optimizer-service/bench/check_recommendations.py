#!/usr/bin/env python3
"""Measures what the optimizer recommends and compares it with what it predicted.

Asks a running optimizer-service for the issue's request grid (3 levels x 3 proof types x L in {1, 16, 256, 4096} x
objectives prove / verify / balanced; range at L in {1, 16, 64, 256, 1024, 4096}), then benchmarks every distinct recommended
(parameters, proof type, L) on a running crypto-service -- prove where the objective weighs prove time, verify where
it weighs verify time, each twice keeping the faster run, prove as the expected prove time (mean per attempt x
expected attempts) -- and prints the prediction error. The regret figures of build-bundle only cover the validation
candidates; this covers the whole search space the service actually picks from. Stdlib only.

    python3 optimizer-service/bench/check_recommendations.py [--optimizer URL] [--crypto URL] [--token TOKEN]
"""
import argparse
import json
import math
import statistics
import time
import urllib.error
import urllib.request

# the grid, and range at the lengths the bundle's audit asks (chunks of 16 values: 64 is 4 chunks, 1024 is
# 64; a range benchmark at 1024 or 4096 values takes seconds per proof, so crypto-service's benchmarkTimeBudget caps it)
LENGTHS = {"lwe-secret": (1,), "commitment-opening": (1, 16, 256, 4096), "linear-relation": (1, 16, 256, 4096),
           "range": (1, 16, 64, 256, 1024, 4096)}
OBJECTIVES = {"prove": {"proveMillis": 1}, "verify": {"verifyMillis": 1},
              "balanced": {"proofBytes": 1, "proveMillis": 1, "verifyMillis": 1}}


def post(base, path, body, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    request = urllib.request.Request(base + path, json.dumps(body).encode(), headers)
    while True:
        try:
            return json.load(urllib.request.urlopen(request, timeout=300))
        except urllib.error.HTTPError as e:
            if e.code == 429:  # one benchmark at a time: wait as told
                time.sleep(int(e.headers.get("Retry-After", "1")) + 1)
                continue
            return {"error": e.code, "body": json.loads(e.read() or b"{}")}


def fastest(base, token, parameters, operation, proof_type, length, statistic):
    runs = [post(base, "/v1/benchmarks", {"parameters": parameters, "operation": operation, "proofType": proof_type,
                                           "witnessLength": length, "iterations": 40}, token) for _ in range(2)]
    return min(statistic(run) for run in runs if "error" not in run) / 1000.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--optimizer", default="http://127.0.0.1:13002")
    parser.add_argument("--crypto", default="http://127.0.0.1:13001")
    parser.add_argument("--token")
    args = parser.parse_args()

    points = {}
    for bits in (128, 192, 256):
        for proof_type, lengths in LENGTHS.items():
            for length in lengths:
                for name, weights in OBJECTIVES.items():
                    answer = post(args.optimizer, "/v1/optimize", {"securityBits": bits, "proofType": proof_type,
                                                                    "witnessLength": length, "objective": weights})
                    if "error" in answer:
                        continue
                    best = answer["recommendation"]
                    key = (best["candidateId"], proof_type, length)
                    points.setdefault(key, [best["parameters"], best["predicted"], set()])[2].add(name)
    print(f"{len(points)} distinct recommended points")

    errors = {"prove": [], "verify": []}
    for (candidate, proof_type, length), (parameters, predicted, objectives) in sorted(points.items()):
        line = f"{candidate:46} {proof_type:18} L={length:<4} {','.join(sorted(objectives)):15}"
        if objectives & {"prove", "balanced"}:
            measured = fastest(args.crypto, args.token, parameters, "prove", proof_type, length,
                               lambda r: r["meanMicros"] / r["meanAttempts"] * r["expectedAttempts"])
            error = math.log(predicted["proveMillis"] / measured)
            errors["prove"].append(error)
            line += f" prove predicted {predicted['proveMillis']:.3f} ms measured {measured:.3f} ({math.expm1(error):+.0%})"
        if objectives & {"verify", "balanced"}:
            measured = fastest(args.crypto, args.token, parameters, "verify", proof_type, length,
                               lambda r: r["medianMicros"])
            error = math.log(predicted["verifyMillis"] / measured)
            errors["verify"].append(error)
            line += f" verify predicted {predicted['verifyMillis']:.3f} ms measured {measured:.3f} ({math.expm1(error):+.0%})"
        print(line, flush=True)
    for kind, values in errors.items():
        if values:
            rms = math.sqrt(statistics.mean(e * e for e in values))
            print(f"{kind}: {len(values)} points, ln(predicted/measured) mean {statistics.mean(values):+.3f} "
                  f"rms {rms:.3f} max |{max(map(abs, values)):.3f}|")


if __name__ == "__main__":
    main()
