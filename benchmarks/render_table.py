#!/usr/bin/env python3
"""Render a JMH JSON result file (-rf json) as the Markdown tables of docs/BENCHMARKS.md, with the ratios of
lwe-secret prove / verify to ML-DSA-44 sign / verify. Usage: render_table.py results.json"""
import json
import sys


def label(entry):
    name = entry["benchmark"].rsplit(".", 2)
    params = entry.get("params", {})
    detail = ", ".join(f"{k}={v}" for k, v in params.items() if k != "preset" and k != "algorithm")
    operation = f"{name[-2].replace('Benchmark', '')}.{name[-1]}" + (f" ({detail})" if detail else "")
    return params.get("preset") or params.get("algorithm"), operation


def main(path):
    entries = json.load(open(path))
    rows = {}
    columns = []
    for e in entries:
        column, operation = label(e)
        if column not in columns:
            columns.append(column)
        score = e["primaryMetric"]["score"]
        error = e["primaryMetric"]["scoreError"]
        rows.setdefault(operation, {})[column] = (score, error)
    presets = [c for c in columns if c.startswith("nz-")]
    mldsa = [c for c in columns if c.startswith("ML-DSA")]

    print("| operation (µs/op, mean ± 99.9% CI half-width) | " + " | ".join(presets) + " |")
    print("|---|" + "---|" * len(presets))
    for operation, values in rows.items():
        if any(p in values for p in presets):
            cells = [f"{values[p][0]:.1f} ± {values[p][1]:.1f}" if p in values else "" for p in presets]
            print(f"| {operation} | " + " | ".join(cells) + " |")
    print()
    print("| BouncyCastle (µs/op) | " + " | ".join(mldsa) + " |")
    print("|---|" + "---|" * len(mldsa))
    for operation, values in rows.items():
        if any(m in values for m in mldsa):
            cells = [f"{values[m][0]:.1f} ± {values[m][1]:.1f}" if m in values else "" for m in mldsa]
            print(f"| {operation} | " + " | ".join(cells) + " |")
    print()
    sign = rows["MlDsa.sign"]["ML-DSA-44"][0]
    verify = rows["MlDsa.verify"]["ML-DSA-44"][0]
    print("| ratio to ML-DSA-44 (< 1 = faster) | " + " | ".join(presets) + " |")
    print("|---|" + "---|" * len(presets))
    for operation, reference in [("LweSecretProof.prove", sign), ("LweSecretProof.proveCachedKey", sign),
                                 ("LweSecretProof.verify", verify), ("LweSecretProof.verifyCachedKey", verify)]:
        if operation in rows:
            cells = [f"{rows[operation][p][0] / reference:.2f}" if p in rows[operation] else "" for p in presets]
            against = "sign" if "prove" in operation else "verify"
            print(f"| {operation} / ML-DSA-44 {against} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1])
