#!/bin/sh
# The scale property (docs/limits.md) over more factors than `swift test` runs: every planning
# example in Scenarios/ (and the uncertain-curves example under each risk measure, its draws
# scaled too) with every amount and outcome multiplied by each factor must give the same
# objective (÷ factor, within 0.02%) with a bound on the right side of it.
# Usage: Tests/scale-property.sh [path/to/budgetlab]   (needs python3 with PyYAML)
set -eu
BIN=${1:-.build/debug/budgetlab}
python3 - "$BIN" <<'PY'
import json, subprocess, sys, tempfile, os, yaml
binary = sys.argv[1]
MONEY = {"total", "max", "min", "current", "min_buy", "buy_unit", "half_saturation", "scale", "target_outcome", "beta"}
def scaled(node, f, key=None):
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k == "terms": out[k] = v
            elif k == "beta" and node.get("type") == "power": out[k] = v * f ** (1 - node["exponent"])
            elif k == "points": out[k] = [[x * f, y * f] for x, y in v]
            else: out[k] = scaled(v, f, k)
        return out
    if isinstance(node, list): return [scaled(v, f, key) for v in node]
    if isinstance(node, (int, float)) and not isinstance(node, bool) and key in MONEY | {"equal"}: return node * f
    return node
failures = 0
factors = [1e-3, 1e-2, 0.37, 3, 2e4, 1e5, 5e6, 1e8, 3e9, 1e11, 1e12]
# (example, extra flags): the risk measures over the uncertain-curves example's draws too.
cases = [(n, []) for n in ["b2c-consumer-brand", "b2b-information-service", "small-business", "textbook-advertising-mix"]]
cases += [("uncertain-curves", ["--risk", r]) for r in ["mean", "cvar:0.2", "chance:0.8"]]
for name, flags in cases:
    base = yaml.safe_load(open(f"Scenarios/{name}.yaml"))
    label = name + (" " + flags[1] if flags else "")
    def solve(doc):
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
            yaml.safe_dump(doc, f)
        r = subprocess.run([binary, "optimize", f.name, "--format", "json"] + flags, capture_output=True, text=True)
        os.unlink(f.name)
        return (json.loads(r.stdout) if r.returncode == 0 else None), r
    ref, _ = solve(base)
    for f in factors:
        got, r = solve(scaled(base, f))
        ok = got is not None and abs(got["objective"] / f - ref["objective"]) <= 2e-4 * abs(ref["objective"]) \
            and got["bound"] >= got["objective"] * (1 - 1e-9)
        failures += not ok
        print(f"{label:28s} x {f:<8g} {'ok' if ok else 'FAIL'} " + (f"objective/f {got['objective']/f:.6g} vs {ref['objective']:.6g}, gap {got['gap']:.2g}" if got else r.stderr.strip()[:200]))
sys.exit(1 if failures else 0)
PY
