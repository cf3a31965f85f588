"""The harness's results as Markdown tables (for BENCHMARKS.md) and a latency plot."""

from pathlib import Path

# Which of the peer's pages each of ours is compared with.
PEER_COUNTERPART = {"article": "blog post", "river": "blog index"}
MODES = ("uncached", "cached", "nginx")


def _get(load: dict, page: str):
    return load.get(page) if load else None


def _ratio(a, b) -> str:
    return f"{a / b:.2f}×" if a and b else "–"


def _peer_counterpart(page: str) -> str | None:
    return PEER_COUNTERPART.get(page.split(" ")[0] if page.startswith("river") else page)


def markdown(run: dict, command: str) -> str:
    m = run["machine"]
    lines = [
        f"Run {m['date']} on {m.get('cpu', '?')} ({m['cpus']} CPUs, {m.get('memory_gb')} GB),"
        f" Python {m['python']}; database `{_engine(run)}`; wrk {run['settings']['connections']}"
        f" connections × {run['settings']['duration']} s per cell from a second process on"
        f" loopback; gunicorn {run['settings']['workers']} workers for both sites.",
        "",
        f"```sh\n{command}\n```",
        "",
    ]
    peer = run.get("peer") or {}
    if peer:
        lines += ["**Peer (bakerydemo, uncached, same gunicorn settings and database engine)**", ""]
        lines += [
            "| page | URL | req/s | p50 ms | p99 ms | SQL queries |",
            "| --- | --- | ---: | ---: | ---: | ---: |",
        ]
        for name, url in peer["pages"].items():
            load = peer["load"][name]
            queries = peer.get("queries", {}).get(name, {}).get("queries", "–")
            lines.append(
                f"| {name} | `{url}` | {load['rps']:.1f} | {load['p50_ms']:.1f} |"
                f" {load['p99_ms']:.1f} | {queries} |"
            )
        lines.append("")
    for size in run["sizes"]:
        lines += _size_tables(size, peer)
    return "\n".join(lines) + "\n"


def _engine(run) -> str:
    url = run["settings"]["database_url"]
    return url.split(":", 1)[0]


def _size_tables(size: dict, peer: dict) -> list[str]:
    n = size["articles"]
    lines = [
        f"#### N = {n:,} articles per language ({size['pages']:,} live pages;"
        f" corpus grown in {size['corpus_seconds']} s)",
        "",
        "| page | uncached req/s | p50 / p99 ms | cached req/s | p50 / p99 ms |"
        " mirror (nginx) req/s | p50 / p99 ms | cached ÷ nginx | uncached ÷ peer |"
        " p50 ms, 1 connection | SQL | render ms | KB gz (HTML+CSS+JS) | JS KB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for page, cost in size["costs"].items():
        cells = [page]
        for mode in MODES:
            load = _get(size["load"].get(mode), page)
            cells += (
                [f"{load['rps']:.0f}", f"{load['p50_ms']:.1f} / {load['p99_ms']:.1f}"]
                if load
                else ["–", "–"]
            )
        cached = _get(size["load"].get("cached"), page)
        static = _get(size["load"].get("nginx"), page)
        cells.append(_ratio(cached and cached["rps"], static and static["rps"]))
        counterpart = _peer_counterpart(page)
        uncached = _get(size["load"].get("uncached"), page)
        peer_load = peer.get("load", {}).get(counterpart) if peer and counterpart else None
        cells.append(_ratio(uncached and uncached["rps"], peer_load and peer_load["rps"]))
        alone = _get(size["load"].get("uncached, 1 connection"), page)
        cells += [
            f"{alone['p50_ms']:.1f}" if alone else "–",
            str(cost["queries"]),
            f"{cost['render_ms']:.0f}",
            f"{cost['transferred'] / 1024:.1f}",
            f"{cost['js_bytes'] / 1024:.1f}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    search, bake = size["search"], size["bake"]
    lines += [
        "",
        f"Search (server-side, {search['queries']} different queries, uncached):"
        f" p50 {search['p50_ms']} ms, p95 {search['p95_ms']} ms."
        + (
            f" Bake: {bake['pages']:,} pages ({bake['files']:,} files) in {bake['seconds']} s →"
            f" {bake['pages_per_second']} pages/s"
            + (f" (mirror baked at N = {bake['articles']:,}, reused)" if bake.get("reused") else "")
            + "."
            if bake
            else ""
        ),
        "",
    ]
    return lines


def plot(run: dict, path: Path):
    """p50 latency of each page, uncached and cached, against N (log scale)."""
    # Imported here: matplotlib is the optional `bench` extra (`make bench` installs
    # it), needed only for a plot of several sizes; and pyplot may only be imported
    # once the backend is chosen.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = run["sizes"]
    xs = [size["articles"] for size in sizes]
    figure, axes = plt.subplots(figsize=(8, 4.5), dpi=110)
    pages = list(sizes[0]["costs"])
    for mode, style in (("uncached", "-o"), ("uncached, 1 connection", "-.^"), ("cached", "--s")):
        for page in pages:
            key = _page_key(page)
            ys = [_by_key(size["load"].get(mode, {}), key) for size in sizes]
            if all(y is not None for y in ys):
                axes.plot(
                    xs,
                    ys,
                    style,
                    label=f"{'river, deep page' if key == 'river p' else page} ({mode})",
                )
    peer = run.get("peer") or {}
    for name, load in peer.get("load", {}).items():
        axes.axhline(load["p50_ms"], linestyle=":", color="grey")
        axes.annotate(f"bakerydemo {name}", (xs[0], load["p50_ms"]), fontsize=7, color="grey")
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("articles per language (N)")
    axes.set_ylabel("p50 latency under load, ms")
    axes.set_title("Mission Portal through gunicorn: p50 latency against corpus size")
    axes.legend(fontsize=7, ncol=2)
    axes.grid(True, which="both", alpha=0.3)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    plt.close(figure)


def _page_key(page: str) -> str:
    return "river p" if page.startswith("river p") else page


def _by_key(load: dict, key: str):
    for page, value in load.items():
        if _page_key(page) == key:
            return value["p50_ms"]
    return None
