#!/usr/bin/env python3
"""BudgetLab vs the peer method (SciPy SLSQP, as in Robyn's and PyMC-Marketing's allocators),
side by side on the same problem files in one run.

For each problem in ../shared/peer/problems this runs
  * BudgetLab's optimiser (the release `budgetlab-bench --peer FILE`, median of repeats),
  * SLSQP set up exactly as the peer script does (even-split start, analytic gradient,
    ftol 1e-9, maxiter 1000), imported from ../shared/peer/slsqp_baseline.py,
  * the peer script's reference: exact equal-marginal bisection (concave) or a DP over a
    fine grid (S-shaped),
and writes a Markdown table: objective, gap to the best known, and time ratio.

Usage: python3 Benchmarks/compare_peer.py [--problems a,b,...] [--slsqp-max-n 2000] [--output FILE]
Needs numpy and scipy (pip install numpy scipy) and a release build of budgetlab-bench
(built automatically with `swift build -c release --product budgetlab-bench`).
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--peer-dir", default=os.path.join(ROOT, "..", "shared", "peer"))
    ap.add_argument("--problems", default="a_5ch_concave,b_20ch_concave_group,c_20ch_sshaped,"
                    "d_200ch_concave,d_2000ch_concave,d_10000ch_concave")
    ap.add_argument("--slsqp-max-n", type=int, default=2000,
                    help="skip SLSQP above this many channels (10,000 takes hours)")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--output", default=os.path.join(ROOT, "docs", "peer-comparison.md"))
    a = ap.parse_args()

    sys.path.insert(0, os.path.abspath(a.peer_dir))
    import slsqp_baseline as sb  # the peer's own code, unchanged

    bench = os.path.join(ROOT, ".build", "release", "budgetlab-bench")
    subprocess.run(["swift", "build", "-c", "release", "--product", "budgetlab-bench"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)

    rows = []
    for name in a.problems.split(","):
        path = os.path.join(a.peer_dir, "problems", name + ".json")
        with open(path) as f:
            P = sb.Problem(json.load(f))
        ours = json.loads(subprocess.run([bench, "--peer", path, "--repeats", str(a.repeats)], check=True,
                                         capture_output=True, text=True).stdout.strip().splitlines()[-1])
        slsqp_obj = slsqp_time = None
        if P.n <= a.slsqp_max_n:
            res, times = sb.run_slsqp(P, sb.start_point(P, "equal"), options=dict(sb.SLSQP_OPTIONS),
                                      repeats=a.repeats if P.n <= 200 else 1, max_total_s=30)
            slsqp_obj = float(sb.np.sum(sb.hill(res.x, P.beta, P.K, P.s)))
            slsqp_time = sorted(times)[len(times) // 2]
        t0 = time.perf_counter()
        if P.concave:
            _, ref_obj, _ = sb.exact_concave(P)
            ref_kind = "exact (Lagrange bisection)"
        else:
            _, ref_obj, _ = sb.dp_reference(P, M=10000)
            ref_kind = "DP, grid 10,000 + polish"
        ref_time = time.perf_counter() - t0
        best = max(v for v in [ours["objective"], slsqp_obj, ref_obj] if v is not None)
        rows.append(dict(name=name, n=P.n, ours=ours, slsqp=slsqp_obj, slsqp_time=slsqp_time,
                         ref=ref_obj, ref_kind=ref_kind, ref_time=ref_time, best=best))
        print(f"{name}: done", file=sys.stderr)

    def gap(v, best):
        return "—" if v is None else f"{(best - v) / best * 100:.4f}%"

    lines = [
        "# BudgetLab vs SLSQP (the peer method), side by side",
        "",
        f"Run on {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SciPy {sb.scipy.__version__}, {time.strftime('%Y-%m-%d')}, by `python3 Benchmarks/compare_peer.py`.",
        "Times are medians of repeats (SLSQP above 200 channels: one solve). 'Best known' is the best of the three.",
        "",
        "| problem | channels | BudgetLab objective | proven gap | gap to best | time s | SLSQP objective | gap to best | time s | SLSQP time / BudgetLab time | reference | reference objective |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    for r in rows:
        o = r["ours"]
        ratio = "—" if r["slsqp_time"] is None else f"{r['slsqp_time'] / o['seconds']:.1f}×"
        slsqp = "not run (hours)" if r["slsqp"] is None else f"{r['slsqp']:.4f}"
        stime = "—" if r["slsqp_time"] is None else f"{r['slsqp_time']:.4f}"
        lines.append(
            f"| {r['name']} | {r['n']:,} | {o['objective']:.4f} | {o['gap'] * 100:.4f}% | {gap(o['objective'], r['best'])} "
            f"| {o['seconds']:.4f} | {slsqp} | {gap(r['slsqp'], r['best'])} | {stime} | {ratio} | {r['ref_kind']} | {r['ref']:.4f} |")
    lines += [
        "",
        "'proven gap' is BudgetLab's own certificate: (bound − objective)/bound, with the bound from the",
        "tangent (outer) approximation; the plan is evaluated on the true curves. A negative 'gap to best'",
        "cannot occur; 0.0000% marks the best known.",
    ]
    with open(a.output, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
