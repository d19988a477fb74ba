#!/usr/bin/env python3
"""What a learner could reach in Scenarios/world-biased.yaml: the limits behind issue 10's one
missed world.

world-biased (600,000 CNY a month over Douyin, Baidu SEM and Tmall; Douyin's reports claim 30%
more than it causes; 10% lognormal report noise; at most ±30% a month; 24 months) is the one
world where `proportional` is first after the oracle. This script asks whether *any* learner of
the kind `anchored` is could do better there, by giving one every advantage the simulator's
learners lack, and then asks whether the one curve family that would win there is a good idea
elsewhere.

Part 1, an idealised learner (`IdealLearner`), month by month on the true curves:
  - it knows Douyin's bias exactly from the first month (reads debiased reports);
  - it knows every level is constant and the noise is lognormal with sigma = 0.1;
  - its curves are hill curves of shape 1, f(x) = b x / (x + K), with a posterior over ln K on a
    grid, prior N(ln K_A, tau^2), K_A the anchor of `anchored`'s hypothesis A (the starting
    plan optimal for the first month's reported ROIs, spend-weighted mean elasticity 1/2);
  - each month it plans for the posterior expected outcome within +-30% of last month and the
    budget; optionally it *probes*: for the first D months a zero-sum move of d times the
    smaller of two channels (a rotating pair, alternating sign), to learn the shapes.
  The anchor is read from the first month (as `anchored` did before session 10), re-read each
  month from all months (as `AnchorMonth` does with a steady level), or exact (no noise).
  Compared on the same noise draws with `proportional` (split in proportion to each channel's
  reported ROI over the last 3 months, clipped to +-30%, as the simulator's strategy).
  Regret = 1 - (sum of expected outcomes) / (24 x best month), the simulator's definition.

Part 2, fixed points without noise: where a learner that follows the levels (debiased) settles
when its shapes are A's hill curves, A's elasticities held constant (power curves), or half of
each, in world-biased and in random variants of its story (the generator of
Benchmarks/biased_variants.py; 10 + 10 variants at its seed, and 100 + 100 at seeds 777 / 778).

Seeds: development 1-20, held-out 201-220 (fixed 08:20 UTC 2026-11-27, before any run).

    python3 Benchmarks/biased_limits.py                  # both parts, seeds 1-20
    python3 Benchmarks/biased_limits.py --seed 201       # part 1 on seeds 201-220

Needs Python 3 with numpy; about a minute.
"""
import argparse
import importlib.util
import math
import os
import random

import numpy as np

BUDGET = 600_000.0
START = np.array([300_000.0, 150_000.0, 150_000.0])
BIAS = np.array([1.3, 1.0, 1.0])
SIGMA = 0.1
MAX_CHANGE = 0.3
MONTHS = 24


def world_biased():
    """world-biased.yaml's true monthly curves (hill, log, exponential), as literals."""
    return [
        lambda s: 1.1e6 * s / (s + 2.5e5),
        lambda s: 3e5 * np.log1p(s / 6e4),
        lambda s: 7e5 * -np.expm1(-s / 3e5),
    ]


def best_split(curves, low=None, high=None, grid=6000):
    """The best split of the budget (a fine grid per channel and bisection on the multiplier
    lambda: each channel at the argmax of f(x) - lambda x within its bounds)."""
    n = len(curves)
    low = np.zeros(n) if low is None else low
    high = np.full(n, BUDGET) if high is None else high
    xs = [np.linspace(low[i], high[i], grid) for i in range(n)]
    values = [np.asarray(curves[i](xs[i]), float) for i in range(n)]

    def spend(lam):
        return np.array([xs[i][np.argmax(values[i] - lam * xs[i])] for i in range(n)])

    a, b = 0.0, 50.0
    for _ in range(60):
        lam = 0.5 * (a + b)
        if spend(lam).sum() > BUDGET:
            a = lam
        else:
            b = lam
    x = spend(0.5 * (a + b))
    return x * BUDGET / x.sum()


def total(curves, x):
    return float(sum(float(curves[i](x[i])) for i in range(len(curves))))


def anchor_k(reported, spend):
    """Hypothesis A's half-saturations: e_i = lambda / ROI_i (clamped to [0.05, 0.95]),
    lambda = 1/2 sum x / sum(x / ROI), K_i = x_i e_i / (1 - e_i) (AnchorPrior.anchors)."""
    roi = reported / spend
    lam = 0.5 * spend.sum() / (spend / roi).sum()
    e = np.clip(lam / roi, 0.05, 0.95)
    return spend * e / (1 - e)


def clip_to_rules(proposal, last):
    """The proposal within +-30% of last month and summing to the budget (scaled inside the box)."""
    low, high = (1 - MAX_CHANGE) * last, (1 + MAX_CHANGE) * last
    x = np.clip(proposal, low, high)
    for _ in range(100):
        gap = BUDGET - x.sum()
        if abs(gap) < 1e-6:
            break
        free = (x < high - 1e-9) if gap > 0 else (x > low + 1e-9)
        x[free] += gap / free.sum()
        x = np.clip(x, low, high)
    return x


class IdealLearner:
    """Hill shape 1 per channel, ln K on a grid around hypothesis A's anchor with prior sd tau,
    constant level (its MLE given K), bias and noise known (see the module's docstring)."""

    offsets = np.linspace(-2.5, 2.5, 101)

    def __init__(self, anchors, tau):
        self.log_k = [math.log(k) + self.offsets for k in anchors]
        self.log_prior = -0.5 * (self.offsets / tau) ** 2

    def plan(self, spends, reports, last):
        spends, logs = np.array(spends), np.log(np.array(reports))
        grid = np.linspace(1e3, BUDGET, 1200)
        curves = []
        for i, log_k in enumerate(self.log_k):
            k = np.exp(log_k)[:, None]
            shape = np.log(spends[:, i][None, :] / (spends[:, i][None, :] + k))
            level = (logs[:, i][None, :] - shape).mean(axis=1)
            sse = ((logs[:, i][None, :] - shape - level[:, None]) ** 2).sum(axis=1)
            log_w = self.log_prior - sse / (2 * SIGMA**2)
            w = np.exp(log_w - log_w.max())
            w /= w.sum()
            beta = np.exp(level + SIGMA**2 / 2)
            curves.append((w[:, None] * beta[:, None] * grid[None, :] / (grid[None, :] + k)).sum(axis=0))
        tables = [(lambda x, c=c: np.interp(x, grid, c)) for c in curves]
        return best_split(tables, (1 - MAX_CHANGE) * last, (1 + MAX_CHANGE) * last, grid=600)


def replay(curves, seed, policy, best):
    """24 months of one policy on the true curves; returns the regret (simulator's definition)."""
    rng = np.random.default_rng(seed)
    x, spends, reports, expected = START.copy(), [], [], 0.0
    for month in range(MONTHS):
        if month > 0:
            x = policy(month, spends, reports, x)
        outcome = np.array([float(curves[i](x[i])) for i in range(3)])
        z = rng.standard_normal(3)
        reports.append(BIAS * outcome * np.exp(SIGMA * z - SIGMA**2 / 2))
        spends.append(x.copy())
        expected += outcome.sum()
    return 1 - expected / (MONTHS * best)


def proportional(month, spends, reports, last):
    recent = slice(max(0, month - 3), month)
    roi = np.array(reports[recent]).sum(axis=0) / np.array(spends[recent]).sum(axis=0)
    return clip_to_rules(BUDGET * roi / roi.sum(), last)


def ideal(tau, probe, probe_months, anchor="first"):
    """The idealised learner's policy. `anchor`: "first" (A read from the first month's reports,
    as `anchored` reads it), "reread" (read again each month from every month's reports, mapped
    to the first month's spend along A's hill curves, levels constant: `AnchorMonth` with the
    steady weight 1), or "exact" (from the first month's expected reports: no noise)."""

    def policy(month, spends, reports, last):
        s, r = np.array(spends), np.array(reports)
        k = anchor_k(r[0], s[0])
        if anchor == "exact":
            k = anchor_k(BIAS * np.array([float(c(x)) for c, x in zip(world_biased(), s[0])]), s[0])
        elif anchor == "reread":
            for _ in range(3):
                shape = np.log(s / (s + k))
                level = (np.log(r) - shape).mean(axis=0)
                k = anchor_k(np.exp(level + SIGMA**2 / 2) * s[0] / (s[0] + k), s[0])
        debiased = [x / BIAS for x in reports]
        x = IdealLearner(k, tau).plan(spends, debiased, last)
        if probe > 0 and month <= probe_months:
            i, j = month % 3, (month + 1) % 3
            sign = 1 if (month // 3) % 2 == 0 else -1
            step = probe * min(x[i], x[j]) * sign
            x = x.copy()
            x[i] += step
            x[j] -= step
            x = clip_to_rules(x, last)
        return x

    return policy


def part1(first_seed, seeds):
    curves = world_biased()
    best = total(curves, best_split(curves))
    runs = {"proportional": lambda: proportional}
    configs = [(0.15, 0, 0, "first"), (0.15, 0.1, 12, "first"), (0.15, 0.2, 12, "first"), (0.15, 0.3, 12, "first"),
               (0.15, 0.2, 6, "first"), (0.5, 0, 0, "first"), (0.5, 0.2, 12, "first"), (1.0, 0, 0, "first"),
               (1.0, 0.2, 12, "first"), (0.15, 0, 0, "reread"), (0.15, 0.2, 12, "reread"), (0.5, 0.2, 12, "reread"),
               (0.15, 0, 0, "exact")]
    for tau, probe, months, anchor in configs:
        name = f"ideal, anchor {anchor}, tau={tau}, probe {probe} for {months}"
        runs[name] = lambda t=tau, p=probe, m=months, a=anchor: ideal(t, p, m, a)
    print(f"Part 1: world-biased, seeds {first_seed}-{first_seed + seeds - 1}, mean regret (5%, 95%)")
    for name, make in runs.items():
        regrets = np.array([replay(curves, s, make(), best) for s in range(first_seed, first_seed + seeds)])
        lo, hi = np.percentile(regrets, [5, 95])
        print(f"  {name:50s} {100 * regrets.mean():.3f}%  ({100 * lo:.2f}%, {100 * hi:.2f}%)", flush=True)


def variants_module():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "biased_variants.py")
    spec = importlib.util.spec_from_file_location("biased_variants", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def random_curves(bv, rng, scatter):
    """The curves of one variant, drawn as biased_variants.variant draws them."""
    def make(kind, x, e, m):
        b, k = bv.parameters(kind, x, e, m)
        if kind == "hill":
            return lambda s: b * s / (s + k)
        if kind == "log":
            return lambda s: b * np.log1p(s / k)
        return lambda s: b * -np.expm1(-s / k)

    curves = []
    for i, x in enumerate(START):
        kind = rng.choice(["hill", "log", "exponential"])
        e = rng.uniform(0.35, 0.80)
        reported = 1.3 * math.exp(scatter * rng.gauss(0, 1))
        curves.append(make(kind, x, e, reported / BIAS[i]))
    return curves


def fixed_points(curves):
    """Regret per month where a level-following learner settles, by its shapes."""
    best = total(curves, best_split(curves))
    reported = np.array([BIAS[i] * float(curves[i](START[i])) for i in range(3)])
    k = anchor_k(reported, START)
    e_a = k / (START + k)
    families = {
        "A, hill": lambda i, x: k[i] / (x + k[i]),
        "A, constant elasticity": lambda i, x: e_a[i],
        "A, half of each": lambda i, x: 0.5 * (k[i] / (x + k[i]) + e_a[i]),
    }
    out = {}
    for name, elasticity in families.items():
        # The learner's marginal at x is its elasticity there times the true (debiased) ROI.
        marginal = [(lambda s, i=i: elasticity(i, s) * curves[i](s) / s) for i in range(3)]
        x = settle(marginal)
        out[name] = 1 - total(curves, x) / best
    x = START.copy()
    for _ in range(400):
        roi = BIAS * np.array([float(curves[i](x[i])) for i in range(3)]) / x
        x = BUDGET * roi / roi.sum()
    out["proportional"] = 1 - total(curves, x) / best
    return out


def settle(marginal):
    """The split at which the given marginal functions are equal (bisection on lambda and x)."""
    def at(lam):
        xs = []
        for m in marginal:
            a, b = 1.0, 5 * BUDGET
            for _ in range(80):
                mid = math.sqrt(a * b)
                if m(mid) > lam:
                    a = mid
                else:
                    b = mid
            xs.append(mid)
        return np.array(xs)

    lo, hi = 1e-4, 1e3
    for _ in range(80):
        lam = math.sqrt(lo * hi)
        if at(lam).sum() > BUDGET:
            lo = lam
        else:
            hi = lam
    return at(lam)


def part2():
    print("Part 2: where a level-following learner settles (regret per month, no noise)")
    row = fixed_points(world_biased())
    print("  world-biased: " + ", ".join(f"{k} {100 * v:.2f}%" for k, v in row.items()))
    bv = variants_module()
    for scatter, seed, count in ((0.15, bv.GENERATOR_SEED, 10), (0.3, bv.GENERATOR_SEED, 10), (0.15, 777, 100), (0.3, 778, 100)):
        rng = random.Random(seed)
        rows = [fixed_points(random_curves(bv, rng, scatter)) for _ in range(count)]
        means = {k: 100 * np.mean([r[k] for r in rows]) for k in rows[0]}
        wins = sum(r["A, constant elasticity"] < r["A, hill"] for r in rows)
        print(f"  {count} variants (scatter {scatter}, generator seed {seed}): "
              + ", ".join(f"{k} {v:.2f}%" for k, v in means.items())
              + f"; constant elasticity better than hill in {wins}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--part", choices=["1", "2", "both"], default="both")
    args = parser.parse_args()
    if args.part in ("1", "both"):
        part1(args.seed, args.seeds)
    if args.part in ("2", "both"):
        part2()


if __name__ == "__main__":
    main()
