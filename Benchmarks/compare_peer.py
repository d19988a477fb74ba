#!/usr/bin/env python3
"""BudgetLab vs the peer methods, side by side on the same problem files in one run.

Peers: SciPy SLSQP, set up as Robyn's and PyMC-Marketing's allocators do, and (on the concave
problems) cvxpy with its default conic solver (Clarabel), the tool a modeller would reach for.

For each problem file (hill channels, a total budget, optional group shares) this runs
  * BudgetLab's optimiser: in-process (the release `budgetlab-bench --peer FILE`, median of
    repeats: the plan's own solve time) and as a whole process (`budgetlab optimize` on the
    same problem written as a scenario file, `--format json`, median wall time of repeats),
  * SLSQP exactly as the peer script does (even-split start, analytic gradient, ftol 1e-9,
    maxiter 1000), imported from the peer directory's slsqp_baseline.py,
  * cvxpy (concave problems only): maximise sum(beta - beta*K^s * inv_pos(x^s + K^s)), which is
    the hill curve written in disciplined-convex form, under the same budget, bounds and shares,
  * the peer script's reference: exact equal-marginal bisection (concave) or a DP over a fine
    grid (S-shaped),
and prints a Markdown table (objective, gap to the best known, times); --output also writes it.

Usage:
  python3 Benchmarks/compare_peer.py --peer-dir PATH/TO/peer [--output FILE]
      [--problems a,b,...] [--slsqp-max-n 2000] [--cvxpy-max-n 2000] [--repeats 5]

The peer directory holds slsqp_baseline.py and problems/*.json (in this project's workspace:
../shared/peer, found automatically when it exists, or set BUDGETLAB_PEER_DIR).
Needs numpy and scipy, and cvxpy for its column (pip install numpy scipy cvxpy), and release
builds of budgetlab and budgetlab-bench (built automatically).
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROBLEMS = "a_5ch_concave,b_20ch_concave_group,c_20ch_sshaped,d_200ch_concave,d_2000ch_concave,d_10000ch_concave"


def find_peer_dir(given):
    candidates = [given, os.environ.get("BUDGETLAB_PEER_DIR"), os.path.join(ROOT, "..", "shared", "peer")]
    for path in candidates:
        if path and os.path.isfile(os.path.join(path, "slsqp_baseline.py")):
            return os.path.abspath(path)
    sys.exit("compare_peer.py: no peer directory (slsqp_baseline.py and problems/); pass --peer-dir PATH "
             "or set BUDGETLAB_PEER_DIR")


def scenario_json(raw):
    """The problem file as a BudgetLab scenario (JSON)."""
    channels = []
    for c in raw["channels"]:
        ch = {"name": c["name"], "min": c.get("lower", 0.0), "max": c.get("upper", raw["total_budget"]),
              "curve": {"type": "hill", "beta": c["beta"], "half_saturation": c["K"], "shape": c["s"]}}
        if c.get("group"):
            ch["group"] = c["group"]
        channels.append(ch)
    doc = {"name": raw.get("name", "problem"), "budget": {"total": raw["total_budget"]}, "channels": channels}
    groups = {g["group"]: {k: g[k] for k in ("min_share", "max_share") if k in g} for g in raw.get("group_constraints", [])}
    if groups:
        doc["constraints"] = {"groups": groups}
    return json.dumps(doc)


def whole_process(cli, raw, repeats):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        f.write(scenario_json(raw))
        path = f.name
    try:
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            subprocess.run([cli, "optimize", path, "--format", "json"], check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - t0)
        return statistics.median(times)
    finally:
        os.unlink(path)


def run_cvxpy(P, repeats):
    """Solves the concave problem with cvxpy (default solver); returns (objective on the true
    curves, median seconds of prob.solve(), solver name) or None when cvxpy is missing."""
    try:
        import cvxpy as cp
        import numpy as np
    except ImportError:
        return None
    import warnings
    warnings.filterwarnings("ignore", module="cvxpy")
    x = cp.Variable(P.n)
    Ks = P.K ** P.s
    terms = [P.beta[i] - P.beta[i] * Ks[i] * cp.inv_pos(cp.power(x[i], P.s[i], approx=False) + Ks[i]) for i in range(P.n)]
    cons = [x >= P.lo, x <= P.hi, cp.sum(x) == P.B]
    for g in P.group_constraints:
        idx = np.where(g["mask"])[0]
        cons += [cp.sum(x[idx]) >= g["L"], cp.sum(x[idx]) <= g["H"]]
    times, value = [], None
    for _ in range(repeats):
        prob = cp.Problem(cp.Maximize(cp.sum(cp.hstack(terms))), cons)
        t0 = time.perf_counter()
        prob.solve()
        times.append(time.perf_counter() - t0)
        xv = np.clip(x.value, P.lo, P.hi)
        value = float(np.sum(P.beta * xv ** P.s / (xv ** P.s + Ks)))
    return value, statistics.median(times), prob.solver_stats.solver_name


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--peer-dir", help="directory with slsqp_baseline.py and problems/ (see the docstring)")
    ap.add_argument("--problems", default=PROBLEMS)
    ap.add_argument("--slsqp-max-n", type=int, default=2000, help="skip SLSQP above this many channels (10,000 takes hours)")
    ap.add_argument("--cvxpy-max-n", type=int, default=2000, help="skip cvxpy above this many channels")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--output", help="also write the Markdown to this file")
    a = ap.parse_args()

    peer_dir = find_peer_dir(a.peer_dir)
    sys.path.insert(0, peer_dir)
    import slsqp_baseline as sb  # the peer's own code, unchanged

    for product in ("budgetlab-bench", "budgetlab"):
        subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    bench = os.path.join(ROOT, ".build", "release", "budgetlab-bench")
    cli = os.path.join(ROOT, ".build", "release", "budgetlab")

    load_before = os.getloadavg()
    rows = []
    for name in a.problems.split(","):
        path = os.path.join(peer_dir, "problems", name + ".json")
        with open(path) as f:
            raw = json.load(f)
        P = sb.Problem(raw)
        ours = json.loads(subprocess.run([bench, "--peer", path, "--repeats", str(a.repeats)], check=True,
                                         capture_output=True, text=True).stdout.strip().splitlines()[-1])
        ours_whole = whole_process(cli, raw, max(1, min(a.repeats, 5)))
        slsqp_obj = slsqp_time = None
        if P.n <= a.slsqp_max_n:
            res, times = sb.run_slsqp(P, sb.start_point(P, "equal"), options=dict(sb.SLSQP_OPTIONS),
                                      repeats=a.repeats if P.n <= 200 else 1, max_total_s=30)
            slsqp_obj = float(sb.np.sum(sb.hill(res.x, P.beta, P.K, P.s)))
            slsqp_time = sorted(times)[len(times) // 2]
        cvx = run_cvxpy(P, a.repeats if P.n <= 200 else 1) if P.concave and P.n <= a.cvxpy_max_n else None
        if P.concave:
            _, ref_obj, _ = sb.exact_concave(P)
            ref_kind = "exact (Lagrange bisection)"
        else:
            _, ref_obj, _ = sb.dp_reference(P, M=10000)
            ref_kind = "DP, grid 10,000 + polish"
        best = max(v for v in [ours["objective"], slsqp_obj, cvx[0] if cvx else None, ref_obj] if v is not None)
        rows.append(dict(name=name, n=P.n, ours=ours, whole=ours_whole, slsqp=slsqp_obj, slsqp_time=slsqp_time,
                         cvx=cvx, ref=ref_obj, ref_kind=ref_kind, best=best, concave=P.concave))
        print(f"{name}: done", file=sys.stderr)
    load_after = os.getloadavg()

    print_table(rows, sb, load_before, load_after, a)


def print_table(rows, sb, load_before, load_after, a):
    def gap(v, best):
        return "—" if v is None else f"{max(best - v, 0) / best * 100:.4f}%"

    def secs(t):
        return "—" if t is None else f"{t:.4f}"

    cvx_version = "not installed"
    try:
        import cvxpy
        cvx_version = cvxpy.__version__
    except ImportError:
        pass
    lines = [
        "# BudgetLab vs SLSQP and cvxpy, side by side",
        "",
        f"Run on {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SciPy {sb.scipy.__version__}, cvxpy {cvx_version}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"by `python3 Benchmarks/compare_peer.py` (numpy threads: {os.environ.get('OPENBLAS_NUM_THREADS', 'default')}); load average (1 min) {load_before[0]:.1f} before, "
        f"{load_after[0]:.1f} after, on a machine shared with other work: compare ratios within this table.",
        f"Times are medians of {a.repeats} repeats (SLSQP and cvxpy above 200 channels: one solve). "
        "'in-process' is the plan's own solve time; 'process' is `budgetlab optimize --format json` as a whole "
        "(start-up, reading, solving, writing). 'Best known' is the best of all columns.",
        "",
        "| problem | channels | BudgetLab objective | proven gap | gap to best | in-process s | process s "
        "| SLSQP objective | gap to best | SLSQP s | cvxpy objective | gap to best | cvxpy s | SLSQP s / BudgetLab s "
        "| cvxpy s / BudgetLab process s | reference | reference objective |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    for r in rows:
        o = r["ours"]
        cvx = r["cvx"]
        ratio = "—" if r["slsqp_time"] is None else f"{r['slsqp_time'] / o['seconds']:.1f}×"
        cratio = "—" if cvx is None else f"{cvx[1] / r['whole']:.1f}×"
        slsqp = f"not run (over {a.slsqp_max_n:,})" if r["slsqp"] is None else f"{r['slsqp']:.4f}"
        cobj = (f"not run (over {a.cvxpy_max_n:,})" if r["concave"] else "not convex") if cvx is None else f"{cvx[0]:.4f}"
        lines.append(
            f"| {r['name']} | {r['n']:,} | {o['objective']:.4f} | {o['gap'] * 100:.4f}% | {gap(o['objective'], r['best'])} "
            f"| {o['seconds']:.4f} | {r['whole']:.3f} | {slsqp} | {gap(r['slsqp'], r['best'])} | {secs(r['slsqp_time'])} "
            f"| {cobj} | {gap(cvx[0] if cvx else None, r['best'])} | {secs(cvx[1] if cvx else None)} | {ratio} | {cratio} "
            f"| {r['ref_kind']} | {r['ref']:.4f} |")
    lines += [
        "",
        "'proven gap' is BudgetLab's own certificate: (bound − objective)/bound, with the bound from the",
        "tangent (outer) approximation; the plan is evaluated on the true curves. 0.0000% marks the best",
        "known. cvxpy's objective is its plan (clipped to the bounds) on the true curves; its time includes",
        "building the problem for the solver (cvxpy's compile step), as a user of cvxpy would see it.",
    ]
    text = "\n".join(lines) + "\n"
    if a.output:
        with open(a.output, "w") as f:
            f.write(text)
    print(text, end="")


if __name__ == "__main__":
    main()
