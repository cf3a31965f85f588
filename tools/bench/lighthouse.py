"""Lighthouse scores of a running site, as a Markdown table.

Installs the npm package `lighthouse` into .bench/node (once; needs npm and a package
registry) and runs it against Debian's Chromium (/usr/bin/chromium, never a downloaded
browser) with Lighthouse's default mobile emulation and throttling. It starts no server:
start the site first, e.g.

    SECRET_KEY=... ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false \\
        .venv/bin/portal serve --bind 127.0.0.1:8170 --workers 2

then

    .venv/bin/python -m tools.bench.lighthouse http://127.0.0.1:8170 /en/ /en/news/ \\
        "/en/search/?q=migration" [--runs 3] [--json-dir /tmp/lh]

Prints the performance, accessibility, best-practices and SEO scores per page (median of
--runs runs) and the audits that did not pass, with the median run's metrics and
Lighthouse's CPU benchmarkIndex (a low one means other work slowed the machine down during
that run). Exits with status 1 when a score is below --min (default 95).

`portal serve` does not serve /media/ (nginx does in production, see docs/deployment.md),
so on pages with images Chromium logs a 404 and best practices loses the
`errors-in-console` audit unless a web server that serves MEDIA_ROOT is in front.
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the checkout
PREFIX = ROOT / ".bench" / "node"
LIGHTHOUSE_VERSION = "12.8.2"  # the newest that runs on Debian 12's Node 20
CLI = PREFIX / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROME = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# Audits that never count as failures: they carry no verdict.
NO_VERDICT = {"informative", "notApplicable", "manual", "error"}


def install():
    if CLI.exists():
        return
    npm = shutil.which("npm")
    if not npm:
        sys.exit("npm is needed to install lighthouse (apt-get install npm).")
    PREFIX.mkdir(parents=True, exist_ok=True)
    print(f"Installing lighthouse@{LIGHTHOUSE_VERSION} into {PREFIX} ...", file=sys.stderr)
    subprocess.run(
        [
            npm,
            "install",
            "--prefix",
            str(PREFIX),
            f"lighthouse@{LIGHTHOUSE_VERSION}",
            "--no-audit",
            "--no-fund",
            "--save-exact",
        ],
        check=True,
    )


def run_once(url, json_path, attempts=3):
    """One Lighthouse run; returns the parsed report (lhr), or None when every attempt
    failed. Lighthouse sometimes fails to record the trace (NO_NAVSTART, NO_FCP) on a
    busy machine: such runs are retried, not counted."""
    command = [
        shutil.which("node") or "node",
        str(CLI),
        url,
        f"--chrome-path={CHROME}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--output=json",
        f"--output-path={json_path}",
        "--quiet",
        "--only-categories=" + ",".join(CATEGORIES),
    ]
    for attempt in range(1, attempts + 1):
        Path(json_path).unlink(missing_ok=True)
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode == 0 and Path(json_path).exists():
            report = json.loads(Path(json_path).read_text())
            if not report.get("runtimeError"):
                return report
            error = report["runtimeError"].get("message", report["runtimeError"])
        else:
            error = result.stderr.strip()[-1000:]
        print(f"{url}: attempt {attempt} failed: {error}", file=sys.stderr)
    return None


def scores(report):
    return {
        name: (
            None
            if report["categories"][name]["score"] is None
            else round(report["categories"][name]["score"] * 100)
        )
        for name in CATEGORIES
    }


def failing(report):
    """Audits of the four categories that did not pass, worst first, as
    (score, id, title, value, counts): `counts` is False for audits of weight 0
    (Lighthouse's "insights" and diagnostics), which do not change a category's score.
    """
    weights = {}
    for name in CATEGORIES:
        for ref in report["categories"][name]["auditRefs"]:
            weights[ref["id"]] = max(weights.get(ref["id"], 0), ref.get("weight", 0))
    out = []
    for audit_id, weight in weights.items():
        audit = report["audits"][audit_id]
        mode = audit.get("scoreDisplayMode")
        if mode in NO_VERDICT or audit.get("score") is None:
            continue
        if audit["score"] < 1 if mode == "binary" else audit["score"] < 0.9:
            value = audit.get("displayValue") or ""
            out.append((audit["score"], audit_id, audit["title"], value, weight > 0))
    return sorted(out)


def describe(audits):
    return "; ".join(
        f"`{i}` {t}" + (f" ({v})" if v else "") + f" [{s:.2f}]" for s, i, t, v, _ in audits
    )


def cell(value, minimum):
    if value is None:
        return "–"
    return f"**{value}**" if value < minimum else str(value)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="base URL of the running site, e.g. http://127.0.0.1:8170")
    parser.add_argument("paths", nargs="+", help="paths to measure, e.g. /en/ /en/news/")
    parser.add_argument("--runs", type=int, default=1, help="runs per page (median taken)")
    parser.add_argument("--min", type=int, default=95, help="score below which to fail")
    parser.add_argument("--json-dir", help="keep the JSON reports in this folder")
    args = parser.parse_args()

    if not Path(CHROME).exists():
        sys.exit(f"{CHROME} not found (apt-get install chromium); no browser is downloaded.")
    install()
    json_dir = Path(args.json_dir or tempfile.mkdtemp(prefix="lighthouse-"))
    json_dir.mkdir(parents=True, exist_ok=True)

    rows, details, below = [], [], False
    version = chromium = "?"
    for path in args.paths:
        url = args.base.rstrip("/") + path
        slug = "".join(c if c.isalnum() else "_" for c in path).strip("_") or "root"
        reports = []
        for run in range(args.runs):
            report = run_once(url, json_dir / f"{slug}.{run + 1}.json")
            if report:
                reports.append(report)
                print(f"{path} run {run + 1}: {scores(report)}", file=sys.stderr)
        if not reports:
            below = True
            rows.append(f"| `{path}` | " + " | ".join(["error"] * len(CATEGORIES)) + " |")
            details.append(f"- `{path}`: Lighthouse failed on every attempt (see stderr)")
            continue
        by_perf = sorted(reports, key=lambda r: r["categories"]["performance"]["score"] or 0)
        median = by_perf[len(by_perf) // 2]
        version = median["lighthouseVersion"]
        chromium = median["environment"]["hostUserAgent"]
        page_scores = {
            name: (
                round(statistics.median(s))
                if (s := [v for r in reports if (v := scores(r)[name]) is not None])
                else None
            )
            for name in CATEGORIES
        }
        below |= any(v is None or v < args.min for v in page_scores.values())
        rows.append(
            f"| `{path}` | " + " | ".join(cell(page_scores[n], args.min) for n in CATEGORIES) + " |"
        )
        audit = median["audits"]
        metrics = ", ".join(
            f"{key} {audit[key]['displayValue']}"
            for key in (
                "first-contentful-paint",
                "largest-contentful-paint",
                "total-blocking-time",
                "cumulative-layout-shift",
            )
            if audit.get(key, {}).get("displayValue")
        )
        bench = sorted(round(r["environment"]["benchmarkIndex"]) for r in reports)
        metrics += f", CPU benchmarkIndex {bench[0]}–{bench[-1]}" if len(bench) > 1 else ""
        fails = failing(median)
        counted = [f for f in fails if f[4]]
        advisory = [f for f in fails if not f[4]]
        details.append(
            f"- `{path}` ({metrics}): {describe(counted) or 'no failing audit that counts'}"
            + (
                f"\n  - weight 0 (does not change the score): {describe(advisory)}"
                if advisory
                else ""
            )
        )

    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    browser = subprocess.run([CHROME, "--version"], capture_output=True, text=True).stdout.strip()
    print(
        f"{now} · Lighthouse {version}, {browser or chromium}, default mobile emulation"
        f" · {platform.node()}, {os.cpu_count()} CPUs · {args.runs} run(s) per page"
        f" (median) · {args.base}\n"
    )
    print("| page | performance | accessibility | best practices | SEO |")
    print("| --- | --- | --- | --- | --- |")
    print("\n".join(rows))
    print("\nAudits not passed (median run; score in brackets):\n")
    print("\n".join(details))
    print(f"\nJSON reports: {json_dir}")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
