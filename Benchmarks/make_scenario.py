#!/usr/bin/env python3
"""Writes a seeded large scenario file for whole-process benchmarks.

    python3 Benchmarks/make_scenario.py --channels 100000 --format json --output /tmp/items100k.json

Line items as in `budgetlab-bench`'s `LineItems` (not the same random stream): hill curves
with shape 0.5-1 (or 1.5-3 with --s-curves), spend scales 1k-100k, per-item caps, some minimums,
a total budget of 35% of the items' capacity, and group-share rules (core 30-50%, social <= 45%;
with --s-curves only core 30-50%). Standard library only.
"""
import argparse
import json
import random


def channels(n, seed, s_curves):
    rng = random.Random(seed)
    out, capacity = [], 0.0
    for i in range(n):
        scale = 1000 * 10 ** (rng.random() * 2)
        upper = scale * (2 + 3 * rng.random())
        capacity += upper
        groups = []
        if rng.random() < 0.4:
            groups.append("core")
        if not s_curves and rng.random() < 0.5:
            groups.append("social")
        shape = 1.5 + 1.5 * rng.random() if s_curves else 0.5 + 0.5 * rng.random()
        ch = {"name": f"item{i}", "max": round(upper, 2),
              "curve": {"type": "hill", "beta": round(scale * (2 + 6 * rng.random()), 2),
                        "half_saturation": round(scale * (0.5 + rng.random()), 2), "shape": round(shape, 4)}}
        if groups:
            ch["groups"] = groups
        if not s_curves and rng.random() < 0.2:
            ch["min"] = round(0.1 * scale, 2)
        out.append(ch)
    return out, capacity


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--channels", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--s-curves", action="store_true")
    ap.add_argument("--format", choices=["json", "yaml"], default="json")
    ap.add_argument("--output", required=True)
    a = ap.parse_args()
    chs, capacity = channels(a.channels, a.seed, a.s_curves)
    groups = {"core": {"min_share": 0.3, "max_share": 0.5}}
    if not a.s_curves:
        groups["social"] = {"max_share": 0.45}
    doc = {"name": f"{a.channels} line items", "budget": {"total": round(0.35 * capacity, 2)},
           "channels": chs, "constraints": {"groups": groups}}
    with open(a.output, "w") as f:
        if a.format == "json":
            json.dump(doc, f, indent=1)
        else:
            f.write(to_yaml(doc))


def to_yaml(doc):
    lines = [f"name: {doc['name']}", "budget:", f"  total: {doc['budget']['total']}", "channels:"]
    for ch in doc["channels"]:
        lines.append(f"  - name: {ch['name']}")
        if "groups" in ch:
            lines.append(f"    groups: [{', '.join(ch['groups'])}]")
        for key in ("min", "max"):
            if key in ch:
                lines.append(f"    {key}: {ch[key]}")
        c = ch["curve"]
        lines.append(f"    curve: {{type: hill, beta: {c['beta']}, half_saturation: {c['half_saturation']}, shape: {c['shape']}}}")
    lines.append("constraints:")
    lines.append("  groups:")
    for g, rule in doc["constraints"]["groups"].items():
        lines.append(f"    {g}: {{{', '.join(f'{k}: {v}' for k, v in rule.items())}}}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
