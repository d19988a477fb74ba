#!/usr/bin/env python3
"""Fuzzes the budgetlab binary: scenario parse + validate + optimise, history CSV + fit, and
command-line flags.

Each input is run as a separate process. A finding is: death by a signal (a Swift trap is
SIGILL/SIGTRAP, GLPK's abort SIGABRT), an exit status outside the documented 0/1/2/3/64, a run
longer than --hang seconds, GLPK text on standard output, or an exit 0 whose plan breaks the
budget or a channel bound (checked here, independently of BudgetLab's own checks). Findings are
saved under OUT/ with the command, for turning into regression tests.

Usage: Benchmarks/fuzz/fuzz.py [--binary .build/debug/budgetlab] [--seconds 60]
           [--target scenario|history|flags|all] [--seed 1] [--out /tmp/budgetlab-fuzz]
The corpus is Scenarios/*.yaml, Scenarios/errors/*.yaml and Scenarios/data/robyn_weekly.csv.
Prints the number of inputs run per target and every finding; exit 1 if any.
"""
import argparse, glob, json, os, random, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOCUMENTED = {0, 1, 2, 3, 64}
NUMBERS = ["0", "-1", "1e308", "-1e308", "1e-320", "1e200", "1e21", "1e22", "5e9", "2e4", ".nan", ".inf", "-.inf",
           "18446744073709551615", "9223372036854775807", "-9223372036854775808", "1e-16", "0.5", "1", "3", "1000000"]


def run(binary, args, stdin=None, hang=10.0):
    started = time.time()
    try:
        r = subprocess.run([binary] + args, capture_output=True, text=True, timeout=hang, cwd=ROOT, input=stdin)
    except subprocess.TimeoutExpired:
        return None, "", "", time.time() - started
    return r.returncode, r.stdout, r.stderr, time.time() - started


def mutate_text(text, rng):
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        i = rng.randrange(len(lines))
        tokens = lines[i].split(" ")
        if choice < 0.5:
            # Replace a number with an extreme one.
            spots = [k for k, t in enumerate(tokens) if any(c.isdigit() for c in t)]
            if spots:
                k = rng.choice(spots)
                tail = "".join(c for c in tokens[k] if c in ",}]")
                tokens[k] = rng.choice(NUMBERS) + tail
                lines[i] = " ".join(tokens)
        elif choice < 0.7:
            lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
        elif choice < 0.85:
            j = rng.randrange(len(lines))
            lines.insert(j, lines[i])
        else:
            del lines[i]
        if not lines:
            lines = [""]
    return "\n".join(lines)


def plan_breaks_rules(scenario_text, stdout):
    """Independent check of an exit-0 optimize JSON: budget and channel min/max."""
    try:
        return _plan_breaks_rules(scenario_text, stdout)
    except (TypeError, KeyError, AttributeError, ValueError):
        return None  # a document BudgetLab accepted but this simple checker does not follow


def _plan_breaks_rules(scenario_text, stdout):
    try:
        import yaml  # optional: without PyYAML only the exit status is checked
        scenario = yaml.safe_load(scenario_text)
        result = json.loads(stdout)
    except Exception:
        return None
    if not isinstance(scenario, dict):
        return None
    spends = {c["name"]: c["spend"] for c in result.get("channels", [])}
    total = sum(spends.values())
    budget = scenario.get("budget") or {}
    slack = lambda v: 1e-6 * max(abs(v), 1)
    if "total" in budget and abs(total - budget["total"]) > slack(budget["total"]):
        return f"total spend {total} != budget {budget['total']}"
    if "max" in budget and total > budget["max"] + slack(budget["max"]):
        return f"total spend {total} > budget {budget['max']}"
    for channel in scenario.get("channels") or []:
        x = spends.get(channel.get("name"))
        if x is None or channel.get("locked"):
            continue
        if "min" in channel and x < channel["min"] - slack(channel["min"]):
            return f"{channel['name']} {x} < min {channel['min']}"
        if "max" in channel and x > channel["max"] + slack(channel["max"]):
            return f"{channel['name']} {x} > max {channel['max']}"
    return None


def check(binary, args, hang, label, findings, scenario_text=None, out=None):
    status, stdout, stderr, seconds = run(binary, args, hang=hang)
    problem = None
    if status is None:
        problem = f"hang over {hang}s"
    elif status < 0 or status not in DOCUMENTED:
        problem = f"exit {status} ({'signal ' + str(-status) if status < 0 else 'undocumented'}): {stderr[-300:]}"
    elif "glp_" in stdout or "Error detected in file" in stdout:
        problem = "GLPK text on standard output"
    elif status == 0 and scenario_text is not None and "--format" in args:
        problem = plan_breaks_rules(scenario_text, stdout)
    if problem:
        findings.append((label, args, problem))
        if out:
            name = os.path.join(out, f"finding-{len(findings)}")
            with open(name + ".txt", "w") as f:
                f.write(" ".join(args) + "\n" + problem + "\n")
            if scenario_text is not None:
                with open(name + ".yaml", "w") as f:
                    f.write(scenario_text)


def fuzz_scenarios(binary, rng, deadline, hang, findings, out, tmp):
    corpus = [open(p).read() for p in sorted(glob.glob(os.path.join(ROOT, "Scenarios", "*.yaml")) + glob.glob(os.path.join(ROOT, "Scenarios", "errors", "*.yaml")))]
    count = 0
    path = os.path.join(tmp, "fuzz.yaml")
    while time.time() < deadline:
        text = mutate_text(rng.choice(corpus), rng)
        with open(path, "w") as f:
            f.write(text)
        check(binary, ["optimize", path, "--format", "json"], hang, "scenario", findings, scenario_text=text, out=out)
        count += 1
    return count


def fuzz_history(binary, rng, deadline, hang, findings, out, tmp):
    source = open(os.path.join(ROOT, "Scenarios", "data", "robyn_weekly.csv")).read().split("\n")
    header, rows = source[0], [r for r in source[1:] if r]
    count = 0
    path = os.path.join(tmp, "fuzz.csv")
    while time.time() < deadline:
        chosen = rows[: rng.randint(0, min(len(rows), 60))]
        mutated = []
        for row in chosen:
            cells = row.split(",")
            if rng.random() < 0.2:
                k = rng.randrange(len(cells))
                cells[k] = rng.choice(NUMBERS + ["", "x", "2019-13-45", "NaN"])
            mutated.append(",".join(cells))
        if rng.random() < 0.3 and mutated:
            mutated.append(rng.choice(mutated))
        with open(path, "w") as f:
            f.write(header + "\n" + "\n".join(mutated) + "\n")
        args = ["fit", path, "--date", "DATE", "--outcome", "revenue", "--spend", "tv_S,search_S,facebook_S", "--bootstrap", "0"]
        check(binary, args, hang, "history", findings, out=out)
        count += 1
    return count


FLAG_SETS = [
    ["optimize", "Scenarios/small-business.yaml", "--tolerance", None],
    ["sweep", "Scenarios/small-business.yaml", "--steps", None],
    ["sweep", "Scenarios/small-business.yaml", "--budget", None],
    ["whatif", "Scenarios/small-business.yaml", "--budget", None],
    ["whatif", "Scenarios/small-business.yaml", "--set", "douyin_local.max=VALUE"],
    ["whatif", "Scenarios/small-business.yaml", "--scale", "douyin_local=VALUE"],
    ["whatif", "Scenarios/small-business.yaml", "--max-change", None],
    ["simulate", "--world", "Scenarios/world-poor-start.yaml", "--seeds", "1", "--months", "3", "--strategies", "frozen,oracle", "--seed", None],
    ["simulate", "--world", "Scenarios/world-poor-start.yaml", "--seeds", "1", "--strategies", "frozen", "--months", None],
    ["simulate", "--world", "Scenarios/world-poor-start.yaml", "--seeds", "1", "--months", "3", "--strategies", "frozen", "--noise", None],
    ["simulate", "--world", "Scenarios/world-poor-start.yaml", "--seeds", "1", "--months", "3", "--strategies", "frozen", "--warmup", None],
    ["fit", "Scenarios/data/robyn_weekly.csv", "--date", "DATE", "--outcome", "revenue", "--spend", "tv_S,search_S", "--bootstrap", None],
    ["fit", "Scenarios/data/robyn_weekly.csv", "--date", "DATE", "--outcome", "revenue", "--spend", "tv_S,search_S", "--bootstrap", "0", "--seed", None],
]


def fuzz_flags(binary, rng, deadline, hang, findings, out, tmp):
    values = NUMBERS + ["-0", "+20", "50%..200%", "1e308..1e309", "0..0", "abc", "", "-5%", "1e-300", "4294967296"]
    count = 0
    while time.time() < deadline:
        template = rng.choice(FLAG_SETS)
        value = rng.choice(values)
        args = [value if a is None else a.replace("VALUE", value) for a in template]
        check(binary, args, hang, "flags", findings, out=out)
        count += 1
    return count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "budgetlab"))
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--target", default="all", choices=["scenario", "history", "flags", "all"])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hang", type=float, default=10)
    parser.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "budgetlab-fuzz"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    targets = ["scenario", "history", "flags"] if args.target == "all" else [args.target]
    findings = []
    with tempfile.TemporaryDirectory() as tmp:
        for target in targets:
            deadline = time.time() + args.seconds / len(targets)
            fn = {"scenario": fuzz_scenarios, "history": fuzz_history, "flags": fuzz_flags}[target]
            count = fn(args.binary, rng, deadline, args.hang, findings, args.out, tmp)
            print(f"{target}: {count} inputs, {sum(1 for f in findings if f[0] == target)} findings", flush=True)
    for label, run_args, problem in findings:
        print(f"FINDING [{label}] {' '.join(run_args)}: {problem}")
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
