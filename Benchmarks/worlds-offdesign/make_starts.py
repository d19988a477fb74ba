#!/usr/bin/env python3
"""Off-design starts for `anchored` / `combined` (issue 10 point 4, session 9).

world-poor-start's curves and rules (core douyin + baidu_sem 60-70%, +-25%/month), 36 months,
from other starting splits of the same 1,000,000 budget. Writes one world file per start into
dev/ and heldout/ next to this script.

- dev/: the starts session 8 already ran ("equal", "reverse" and its six random ones): for
  developing and choosing.
- heldout/: six new random starts from the same recipe with generator seed 20261127, fixed
  (written and committed) before their first run. Run once, at the end.

Recipe of a random start (session 8's): the core's share uniform in 60-70%, split between
douyin and baidu_sem by a uniform share in 30-70%; the four others' shares of the rest from
uniform weights in 0.2-1; each rounded to 1,000.

    python3 Benchmarks/worlds-offdesign/make_starts.py
    budgetlab simulate --world Benchmarks/worlds-offdesign/dev/equal.yaml --seed 1 --seeds 20 \
      --strategies rule-of-thumb,optimizer,anchored,combined,oracle
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = ["douyin", "baidu_sem", "xiaohongshu", "wechat", "tmall_ads", "brand_search"]
GROUPS = ["core", "core", "test", "test", "test", "test"]
CURVES = [
    "{ type: hill, beta: 2000000, half_saturation: 400000, shape: 1.0 }",
    "{ type: log, beta: 500000, scale: 100000 }",
    "{ type: exponential, beta: 900000, scale: 150000 }",
    "{ type: hill, beta: 800000, half_saturation: 250000, shape: 0.9 }",
    "{ type: exponential, beta: 300000, scale: 60000 }",
    "{ type: hill, beta: 300000, half_saturation: 30000, shape: 1.0 }",
]
DEV = {
    "equal": [300, 300, 100, 100, 100, 100],
    "reverse": [200, 400, 150, 150, 50, 50],
    "random1": [307, 305, 113, 176, 39, 60],
    "random2": [352, 308, 93, 68, 87, 92],
    "random3": [373, 303, 51, 106, 32, 135],
    "random4": [444, 201, 125, 124, 50, 56],
    "random5": [529, 169, 97, 118, 66, 21],
    "random6": [339, 295, 53, 75, 130, 108],
}


def random_start(rng):
    """One start in thousands (sums to 1,000 up to rounding, repaired on the largest)."""
    core = rng.uniform(0.60, 0.70)
    split = rng.uniform(0.30, 0.70)
    weights = [rng.uniform(0.2, 1.0) for _ in range(4)]
    rest = [(1 - core) * w / sum(weights) for w in weights]
    shares = [core * split, core * (1 - split)] + rest
    start = [round(1000 * s) for s in shares]
    start[start.index(max(start))] += 1000 - sum(start)
    return start


def world(name, start):
    lines = [
        f"# Off-design start '{name}' for world-poor-start's curves (written by make_starts.py).",
        f"name: Poor-start curves, start {name}",
        "currency: CNY",
        "budget:",
        "  total: 1000000",
        "channels:",
    ]
    for n, g, c, s in zip(NAMES, GROUPS, CURVES, start):
        lines += [f"  - name: {n}", f"    group: {g}", f"    current: {s * 1000}", f"    curve: {c}"]
    lines += [
        "constraints:",
        "  groups:",
        "    core: { min_share: 0.60, max_share: 0.70 }",
        "  max_change: 0.25",
        "world:",
        "  months: 36",
        "  noise: 0.1",
    ]
    return "\n".join(lines) + "\n"


def main():
    rng = random.Random(20261127)
    heldout = {f"heldout{k + 1}": random_start(rng) for k in range(6)}
    for folder, starts in (("dev", DEV), ("heldout", heldout)):
        os.makedirs(os.path.join(HERE, folder), exist_ok=True)
        for name, start in starts.items():
            with open(os.path.join(HERE, folder, name + ".yaml"), "w") as f:
                f.write(world(name, start))


if __name__ == "__main__":
    main()
