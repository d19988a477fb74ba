#!/usr/bin/env python3
"""Checks BudgetLab's HTML reports in a real browser (headless Chromium, standard library only).

    Tests/html-check.py KIND REPORT.html DATA.json [--screenshot FILE.png] [--lang zh]
    Tests/html-check.py --self-test

The page is opened in Chromium driven over the DevTools protocol (`--remote-debugging-pipe`:
JSON messages on file descriptors 3 and 4, no network port). Then, on the DOM the browser
built (not the HTML text the program wrote):

  - the KIND's checks: every chart and table is there, and the numbers shown equal DATA.json;
  - nothing was fetched from the network (the report is self-contained);
  - every element whose own text holds Chinese characters is drawn with a real CJK font:
    DevTools' CSS.getPlatformFontsForNode must report at least as many glyphs from fonts
    that cover U+4E2D (fontconfig: `fc-list :charset=4e2d`) as the element has CJK characters,
    and the characters set alone must measure about 1 em each (tofu boxes are narrower).

With `--lang zh` an HTML page must also declare `lang="zh…"` and have Chinese in at least three
quarters of its headings, table headers and captions; an SVG chart must have a Chinese title.

KIND is `compare` (compare's report.html and `simulate --format json`) or `plan` (the SVG of
`plan --chart` and `plan --format json`).

`--self-test` opens a small page with 中文 and with a private-use character that no font draws,
and fails unless the font check accepts the first and rejects the second: the check can fail.

Exit status: 0 all checks pass, 1 a check failed, 2 usage or the browser could not be run.
"""
import argparse
import fcntl
import json
import os
import re
import subprocess
import sys
import tempfile

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


class Browser:
    """Headless Chromium, one tab, commands over the DevTools pipe."""

    def __init__(self, env=None):
        read_chrome, write_ours = os.pipe()  # we write commands on fd 3 of Chromium
        read_ours, write_chrome = os.pipe()  # Chromium answers on its fd 4
        binary = os.environ.get("CHROMIUM", "chromium")
        profile = tempfile.mkdtemp(prefix="html-check-")
        args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--hide-scrollbars", "--remote-debugging-pipe", f"--user-data-dir={profile}", "--window-size=1000,3600"]

        def wire():  # in the child: its fd 3 reads our commands, its fd 4 carries its answers
            high_read = fcntl.fcntl(read_chrome, fcntl.F_DUPFD, 10)  # out of the way of 3 and 4
            high_write = fcntl.fcntl(write_chrome, fcntl.F_DUPFD, 10)
            os.dup2(high_read, 3)
            os.dup2(high_write, 4)

        self.process = subprocess.Popen(args, preexec_fn=wire, pass_fds=(3, 4),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        os.close(read_chrome)
        os.close(write_chrome)
        self.out = os.fdopen(write_ours, "wb")
        self.inp = os.fdopen(read_ours, "rb")
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None
        self.requests = []

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        self.out.write(json.dumps(message).encode() + b"\0")
        self.out.flush()
        while True:
            reply = self.receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def receive(self):
        while b"\0" not in self.buffer:
            chunk = self.inp.read1(1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe (did it start?)")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        message = json.loads(message)
        if message.get("method") == "Network.requestWillBeSent":
            self.requests.append(message["params"]["request"]["url"])
        return message

    def wait_for(self, method):
        for index, event in enumerate(self.events):
            if event.get("method") == method:
                del self.events[index]
                return event
        while True:
            event = self.receive()
            if event.get("method") == method:
                return event

    def open(self, url):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        for domain in ("Page", "Network", "DOM", "CSS", "Runtime"):
            self.send(f"{domain}.enable")
        self.send("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def close(self):
        try:
            self.send("Browser.close", session=False)
        except Exception:
            pass
        self.process.wait(timeout=30)


def cjk_fonts():
    """Font families fontconfig knows that have a glyph for 中 (U+4E2D)."""
    listing = subprocess.run(["fc-list", ":charset=4e2d", "family"], capture_output=True, text=True).stdout
    return {name.strip() for line in listing.splitlines() for name in line.split(",") if name.strip()}


# Marks every drawn element whose own text nodes hold CJK characters; returns, per element, its text,
# the number of CJK characters, its font size, and the width of those characters set alone in
# a span inside it (same font).
MARK_CJK = r"""
(() => {
  const cjk = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
  const found = [];
  const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  while (walker.nextNode()) {
    const element = walker.currentNode.parentElement;
    if (!element || seen.has(element) || !(walker.currentNode.data.match(cjk) || []).length) continue;
    // Only text that is drawn: not tooltips (SVG <title>), descriptions, the page title, or hidden.
    if (element.closest("title, desc, script, style, head") || element.getClientRects().length === 0) continue;
    seen.add(element);
    const own = [...element.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join("");
    const chars = (own.match(cjk) || []).join("");
    element.setAttribute("data-cjk-check", String(found.length));
    const ns = element.namespaceURI;
    const probe = ns === "http://www.w3.org/2000/svg" ? document.createElementNS(ns, "tspan") : document.createElement("span");
    probe.textContent = chars;
    if (probe.style) probe.style.cssText = "white-space: nowrap; position: absolute";  // one line, whatever the width
    element.appendChild(probe);
    // SVG text may be rotated (axis titles): measure its advance, not its bounding box.
    const width = probe.getComputedTextLength ? probe.getComputedTextLength() : probe.getBoundingClientRect().width;
    probe.remove();
    found.push({text: own.trim().slice(0, 60), count: chars.length, size: parseFloat(getComputedStyle(element).fontSize), width});
  }
  return found;
})()
"""


def font_problems(browser):
    """Elements with CJK text not drawn with CJK-capable fonts, or whose CJK text is too narrow."""
    families = cjk_fonts()
    if not families:
        return ["no installed font covers U+4E2D (install fonts-noto-cjk)"], 0
    elements = browser.evaluate(MARK_CJK) or []
    problems = []
    root = browser.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]["nodeId"]
    for index, element in enumerate(elements):
        node = browser.send("DOM.querySelector", {"nodeId": root, "selector": f'[data-cjk-check="{index}"]'})["nodeId"]
        fonts = browser.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        cjk_glyphs = sum(f["glyphCount"] for f in fonts if f["familyName"] in families)
        used = ", ".join(f"{f['familyName']} ({f['glyphCount']})" for f in fonts)
        if cjk_glyphs < element["count"]:
            problems.append(f"'{element['text']}': {element['count']} CJK characters but {cjk_glyphs} glyphs from CJK fonts; fonts used: {used}")
        elif element["width"] < 0.8 * element["count"] * element["size"]:
            problems.append(f"'{element['text']}': CJK characters {element['width']:.0f}px wide, expected about {element['count']} × {element['size']:.0f}px")
    return problems, len(elements)


def check_compare(browser, dom, data):
    """compare's report.html against `simulate --format json`: five charts, every strategy's
    series, bands, bars and allocation panel, and the ranking table's numbers."""
    problems = []
    names = [s["name"] for s in data["strategies"]]
    for chart in ["chart-cumulative", "chart-allocation", "chart-roi", "chart-regret", "chart-regret-time"]:
        if not re.search(rf'<svg[^>]*id="{chart}"', dom):
            problems.append(f"missing chart {chart}")
    for name in names:
        for cls, count in [("band", 1), ("series", 3), ("regret-bar", 1), ("allocation-panel", 1)]:
            found = len(re.findall(rf'class="{cls}" data-strategy="{re.escape(name)}"', dom))
            if found != count:
                problems.append(f"{name}: {found} {cls} elements, expected {count}")
    if 'id="ranking-table"' not in dom:
        return problems + ["missing the ranking table"]
    table = dom.split('id="ranking-table"')[1].split("</table>")[0]
    body = [r for r in re.findall(r"<tr>(.*?)</tr>", table, re.S) if "<td" in r]
    if len(body) != len(names):
        problems.append(f"ranking table has {len(body)} rows for {len(names)} strategies")
    by_name = {s["name"]: s for s in data["strategies"]}
    checked = 0
    for row in body:
        cells = re.findall(r"<td[^>]*>([^<]*)</td>", row)
        name = next((c for c in cells if c in by_name), None)
        if name is None:
            problems.append(f"ranking row names no strategy: {cells[:3]}")
            continue
        for key, value in re.findall(r'data-key="([^"]+)" data-value="([^"]+)"', row):
            checked += 1
            if key not in by_name[name]:
                problems.append(f"{name}: table key {key} is not in the JSON")
            elif float(value) != float(by_name[name][key]):
                problems.append(f"{name} {key}: table {value}, JSON {by_name[name][key]}")
    if checked < 3 * len(names):
        problems.append(f"only {checked} numbers in the ranking table carry their JSON value")
    return problems


# Every spend segment of `plan --chart`: its month, channel and drawn height in pixels.
PLAN_SEGMENTS = r"""
[...document.querySelectorAll('rect.spend')].map(r => ({
  month: r.getAttribute('data-month'), channel: r.getAttribute('data-channel'), height: r.getBoundingClientRect().height}))
"""


def check_plan(browser, dom, data):
    """`plan --chart` against `plan --format json`: one bar segment per month and channel with
    spend, each drawn with a height proportional to its spend (one pixels-per-unit scale for all)."""
    problems = []
    if "<svg" not in dom:
        return ["no <svg> element"]
    segments = browser.evaluate(PLAN_SEGMENTS) or []
    drawn = {(s["month"], s["channel"]): s["height"] for s in segments}
    expected = {(m["month"], c["name"]): c["spend"] for m in data["months"] for c in m["channels"] if c["spend"] > 0}
    missing = [k for k in expected if k not in drawn]
    extra = [k for k in drawn if k not in expected]
    problems += [f"no bar segment for {m} {c}" for m, c in missing[:5]]
    problems += [f"a bar segment for {m} {c}, which has no spend" for m, c in extra[:5]]
    if not expected:
        return problems + ["the plan has no spend to draw"]
    scale = max(drawn.get(k, 0) for k in expected) / max(expected.values())
    for key, spend in expected.items():
        if key in drawn and abs(drawn[key] - spend * scale) > 0.5 + 0.002 * spend * scale:
            problems.append(f"{key[0]} {key[1]}: drawn {drawn[key]:.1f}px for spend {spend:,.0f}, expected {spend * scale:.1f}px")
    months = [m["month"] for m in data["months"]]
    labels = browser.evaluate("[...document.querySelectorAll('text')].map(t => t.textContent)") or []
    problems += [f"no axis label for month {m}" for m in months if m not in labels]
    return problems


CHECKS = {"compare": check_compare, "plan": check_plan}


def check(kind, html, data_path, screenshot=None, lang="en"):
    data = json.load(open(data_path, encoding="utf-8"))
    browser = Browser()
    try:
        browser.open("file://" + os.path.abspath(html))
        dom = browser.evaluate("document.documentElement.outerHTML")
        problems = CHECKS[kind](browser, dom, data)
        fetched = [u for u in browser.requests if not u.startswith(("file:", "data:", "about:"))]
        problems += [f"the page fetched {u}" for u in fetched]
        font, cjk_elements = font_problems(browser)
        problems += font
        if lang == "zh" and browser.evaluate("document.documentElement.tagName.toLowerCase()") == "svg":
            # A Chinese chart is Chinese: its title (the first text drawn) is translated.
            title = browser.evaluate("(document.querySelector('text') || {}).textContent || ''")
            if not CJK.search(title):
                problems.append(f"the chart's title has no Chinese: '{title}'")
        elif lang == "zh":
            # A Chinese report is Chinese: declared so, and its headings and captions translated.
            page_lang = browser.evaluate("document.documentElement.lang") or ""
            if not page_lang.startswith("zh"):
                problems.append(f"<html lang=\"{page_lang}\"> in a Chinese report")
            headings = browser.evaluate("[...document.querySelectorAll('h1, h2, th, figcaption')].map(e => e.textContent)")
            english = [h for h in headings if h.strip() and not CJK.search(h)]
            if len(english) > len(headings) // 4:
                problems.append(f"{len(english)} of {len(headings)} headings have no Chinese: {english[:5]}")
        if screenshot:
            import base64
            shot = browser.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
            open(screenshot, "wb").write(base64.b64decode(shot["data"]))
    finally:
        browser.close()
    return problems, cjk_elements


def self_test():
    """The font check accepts 中文 drawn with the installed CJK fonts and rejects the same page
    in a browser whose fontconfig sees no CJK font (tofu): the check can fail."""
    directory = tempfile.mkdtemp(prefix="html-check-self-")
    page = os.path.join(directory, "page.html")
    open(page, "w", encoding="utf-8").write(
        '<!doctype html><meta charset="utf-8"><body style="font: 16px Helvetica, Arial, sans-serif">'
        '<h1>预算分配 budget</h1><svg width="200" height="40"><text x="0" y="20">抖音</text></svg></body>')
    latin = [d for d in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation") if os.path.isdir(d)]
    config = os.path.join(directory, "fonts.conf")
    open(config, "w").write('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                            + "".join(f"<dir>{d}</dir>" for d in latin)
                            + f"<cachedir>{directory}/cache</cachedir></fontconfig>")
    outcomes = []
    for env in (None, dict(os.environ, FONTCONFIG_FILE=config)):
        browser = Browser(env=env)
        try:
            browser.open("file://" + page)
            outcomes.append(font_problems(browser))
        finally:
            browser.close()
    (accepted, count), (rejected, _) = outcomes
    if count != 2 or accepted or len(rejected) != 2:
        print(f"html-check self-test: FAILED: {count} CJK elements; with CJK fonts: {accepted}; without: {rejected}")
        return False
    print("html-check self-test: OK: 中文 accepted with the CJK fonts, rejected (2 of 2 elements) when the browser has none:")
    print("  " + "\n  ".join(rejected))
    return True


def main(argv):
    if argv[1:] == ["--self-test"]:
        return 0 if self_test() else 1
    parser = argparse.ArgumentParser(description="Checks a BudgetLab HTML report in headless Chromium.")
    parser.add_argument("kind", choices=sorted(CHECKS))
    parser.add_argument("html")
    parser.add_argument("data", help="the JSON the report's numbers must equal")
    parser.add_argument("--screenshot", help="write a PNG of the whole page here")
    parser.add_argument("--lang", default="en", choices=["en", "zh"], help="zh: the page must be Chinese")
    args = parser.parse_args(argv[1:])
    try:
        problems, cjk = check(args.kind, args.html, args.data, args.screenshot, args.lang)
    except (OSError, RuntimeError) as error:
        print(f"html-check {args.kind} {args.html}: cannot run the browser check: {error}")
        return 2
    if problems:
        print(f"html-check {args.kind} ({args.lang}) {args.html}: FAILED\n  " + "\n  ".join(problems))
        return 1
    print(f"html-check {args.kind} ({args.lang}) {args.html}: OK: charts, tables and numbers equal {args.data}; "
          f"{cjk} elements with CJK text, all drawn with CJK fonts")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
