"""Provides the benchmark's report: the results table and RESULTS.md, from the raw figures.

:func:`table` judges the figures against the issue's targets; the rest only
formats.  ``raw`` is what ``results.json`` holds (see :mod:`run`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from measure import median, spread

APP_SIZE = (120, 36)
"""Terminal columns and rows of the app measurements."""
MIB = 1024
"""KiB in a MiB (RSS figures are in KiB)."""


@dataclass
class Row:
    """One line of the results table."""

    name: str
    measured: str
    baseline: str
    ratio: float | None
    target: str
    passed: bool | None
    """None: reported, no target."""

    @property
    def verdict(self) -> str:
        return "—" if self.passed is None else ("pass" if self.passed else "FAIL")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _runs(label: str, values: list[float]) -> str:
    return (f"{label}: median {_ms(median(values))}, min {_ms(min(values))}, "
            f"max {_ms(max(values))} over {len(values)} runs")


def table(raw: dict[str, Any]) -> list[Row]:
    """The results table from the raw figures."""
    rows: list[Row] = []
    imp = raw["import"]
    floor = median(imp["floor_s"])
    ratio = imp["wall_s"] / floor
    rows.append(Row("import (reader import ÷ json-load + regex split)", _ms(imp["wall_s"]),
                    _ms(floor), ratio, "≤ 8", ratio <= 8))
    if imp.get("cpu_s"):
        # Where an import's time goes: entity analysis is most of its CPU time,
        # spread over the cores; the rest is reading, indexing and writing.
        ex = raw["extraction"]
        analysis_s = raw["articles"] / ex["articles_per_s"]
        rows.append(Row("  import CPU time (importer + analysis workers, user + sys)",
                        _ms(imp["cpu_s"]), _ms(floor), imp["cpu_s"] / floor, "", None))
        rows.append(Row("  of which entity analysis (articles ÷ the extraction rate below)",
                        _ms(analysis_s), _ms(floor), analysis_s / floor, "", None))
    real = raw.get("real_import")
    if real:
        wall = median([r["wall_s"] for r in real["runs"]])
        floors = [f for r in real["runs"] for f in r["floor_s"]]
        rows.append(Row("import, real vocabulary (SaudiNewsNet resampled; ÷ its floor)",
                        _ms(wall), _ms(median(floors)), real["ratio"], "≤ 10",
                        real["ratio"] <= 10))
    empty = median(raw["open"]["empty"])
    ratio = median(raw["open"]["full"]) / empty
    rows.append(Row("open (reader list --limit 5, full ÷ empty)", _ms(median(raw["open"]["full"])),
                    _ms(empty), ratio, "≤ 2", ratio <= 2))
    for q, values in raw["search"].items():
        ratio = median(values) / empty
        rows.append(Row(f"search `{q}` --limit 5 (÷ empty list)", _ms(median(values)), _ms(empty),
                        ratio, "≤ 2.5", ratio <= 2.5))
    keys = raw["app_probe"]["keystrokes"]
    lat = [k["latency_s"] for k in keys]
    work = [k["search_s"] for k in keys]
    rows.append(Row("in-app search, per keystroke (median)", _ms(median(lat)), "", None,
                    "≤ 50 ms", median(lat) <= 0.050))
    rows.append(Row("in-app search, per keystroke (worst)", _ms(max(lat)), "", None, "", None))
    rows.append(Row("  of which reader.search.search (median / worst)",
                    f"{_ms(median(work))} / {_ms(max(work))}", "", None, "", None))
    for label, key in (("pty", "app_start_pty"), ("Pilot", "app_start_pilot")):
        full_s, one_s = median(raw[key]["full"]), median(raw[key]["one"])
        ratio = full_s / one_s
        rows.append(Row(f"app start, first paint of the list ({label}; full ÷ one article)",
                        _ms(full_s), _ms(one_s), ratio, "≤ 2", ratio <= 2))
    pages = raw["app_probe"]["pages"]
    page_work = [p["work_s"] for p in pages]
    rows.append(Row("scroll the list by a page (work: action + frame; median / worst)",
                    f"{_ms(median(page_work))} / {_ms(max(page_work))}", "", None, "< 16.7 ms",
                    median(page_work) < 1 / 60))
    rows.append(Row("  wall per page incl. Pilot and frame timer (median); Pilot alone",
                    _ms(median([p["wall_s"] for p in pages])),
                    _ms(raw["app_probe"]["pilot_overhead_s"]), None, "", None))
    lay = raw["layout"]
    rows.append(Row(f"layout, {int(lay['words'])}-word article at a new width (median / worst)",
                    f"{lay['new_width_ms']:.1f} ms / {lay['new_width_max_ms']:.1f} ms",
                    f"cold {lay['cold_ms']:.0f} ms", None, "", None))
    ex = raw["extraction"]
    rows.append(Row("extraction, reader.entities.analyse",
                    f"{ex['articles_per_s']:.0f} articles/s",
                    f"{ex['words_per_s'] / 1000:.0f}k words/s",
                    None, "", None))
    list_mib = raw["cli_maxrss_kib"]["list"] / MIB
    app_mib = raw["app_pty_session"]["maxrss_kib"] / MIB
    rows.append(Row("memory, peak RSS of reader list (full store)", f"{list_mib:.0f} MiB", "", None,
                    "≤ 400 MiB", list_mib <= 400))
    rows.append(Row("memory, peak RSS of the app (full store, search + 20 pages)",
                    f"{app_mib:.0f} MiB", "", None, "≤ 400 MiB", app_mib <= 400))
    rows.append(Row("memory, peak RSS of reader import",
                    f"{raw['import']['maxrss_kib'] / MIB:.0f} MiB", "", None, "", None))
    return rows


def render_table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    out = ["| Measure | Measured | Baseline | Ratio | Target | Result |",
           "| :- | -: | -: | -: | :-: | :-: |"]
    for r in rows:
        ratio = "" if r.ratio is None else f"{r.ratio:.2f}"
        out.append(f"| {r.name} | {r.measured} | {r.baseline} | {ratio} | {r.target} "
                   f"| {r.verdict} |")
    return "\n".join(out)


def _debounce_note(probe: dict[str, Any]) -> str:
    debounce = probe.get("search_debounce_s", 0.0)
    if debounce > 0:
        return (f"The screen waits {debounce * 1000:.0f} ms of quiet typing (`SEARCH_DEBOUNCE`) "
                "before it searches; the latency below includes that wait.")
    return ("The screen searches at each keystroke (no debounce): when the text names something "
            "the search runs at once and the letter and its results are painted in one frame; "
            "otherwise (typo tolerance, full text) its search worker answers a frame or more "
            "later. Latency: from sending the key to the end of the frame showing the results.")


def render_results(raw: dict[str, Any], rows: list[Row]) -> str:
    """The whole of RESULTS.md."""
    m = raw["machine"]
    c = raw["corpus"]
    probe = raw["app_probe"]
    lines = [
        "# Benchmark results (issue 6)",
        "",
        (f"Written by `python benchmarks/run.py --articles {raw['articles']}` on "
        f"{raw['started'][:10]} "
        f"(started {raw['started']}, finished {raw['finished']})."),
        "",
        f"- Code: {raw['code']}.",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['ram']} RAM; {m['python']}; {m['os']}.",
        (f"- Load average (1, 5, 15 min) before: {m['load']}; after: {m.get('load_after', '')}. "
        "The machine is shared: see the spread of repeated runs below."),
        (f"- Corpus: {raw['articles']} articles, {c['words']:,} words, {c['files']} JSON files, "
        f"{c['bytes'] / 2**20:.1f} MiB, drawn from {c['templates']} source sentences "
        f"(generated in {c['seconds']:.1f} s). Store: {raw['store_files']} files, "
        f"{raw['store_bytes'] / 2**20:.1f} MiB."),
        f"- {raw['import']['summary']}",
        "",
        render_table(rows),
        "",
        "## Repeated runs (noise)",
        "",
        (f"- {_runs('import floor', raw['import']['floor_s'])}; reader import ran once: "
        f"{_ms(raw['import']['wall_s'])}"),
    ]
    for label, values in (("list, full store", raw["open"]["full"]),
                          ("list, empty store", raw["open"]["empty"])):
        lines.append(f"- {_runs(label, values)} (spread {spread(values):.0%})")
    for q, values in raw["search"].items():
        lines.append(f"- {_runs(f'search {q}', values)} (spread {spread(values):.0%})")
    for label, key in (("pty", "app_start_pty"), ("Pilot", "app_start_pilot")):
        for which in ("full", "one"):
            values = raw[key][which]
            lines.append(f"- {_runs(f'app start ({label}, {which})', values)} "
                         f"(spread {spread(values):.0%})")
    lines += [
        "",
        "## In-app search, per keystroke",
        "",
        _debounce_note(probe),
        "",
        "| Typed | Latency | reader.search.search | Rows listed |",
        "| :- | -: | -: | -: |",
    ]
    for k in probe["keystrokes"]:
        lines.append(f"| {k['query']} | {_ms(k['latency_s'])} | {_ms(k['search_s'])} "
                     f"| {k['results']} |")
    pauses = probe.get("gc_pauses", [])
    if pauses:
        lines += ["", (f"Full (generation 2) garbage collections while typing and paging: "
                       f"{len(pauses)}, "
                       f"longest {_ms(max(pauses))}, median {_ms(median(pauses))}. They stop every "
                       "thread, so they land in keystrokes and frames and make the worst cases.")]
    else:
        lines += ["", ("No full (generation 2) garbage collection while typing and paging (the app "
                       "freezes what it loads at start and collects when the user pauses).")]
    pages = probe["pages"]
    lines += [
        "",
        "## Paging through the list",
        "",
        (f"{len(pages)} × pagedown from the top of the full list ({APP_SIZE[0]}×{APP_SIZE[1]}). "
        "Work = the list's page-down action + the frame that follows (Textual's "
        "`Screen._on_timer_update`, including rendering the update to terminal escapes); "
        "wall = from sending the key to the end of that frame (includes Pilot and the wait for "
        f"the 60 fps frame timer). Pilot's own round trip (a key bound to nothing): "
        f"{_ms(probe['pilot_overhead_s'])}."),
        "",
        (f"- work: median {_ms(median([p['work_s'] for p in pages]))}, "
        f"worst {_ms(max(p['work_s'] for p in pages))}; "
        f"of which frames: median {_ms(median([p['frame_s'] for p in pages]))}"),
        (f"- wall: median {_ms(median([p['wall_s'] for p in pages]))}, "
        f"worst {_ms(max(p['wall_s'] for p in pages))}"),
        (f"- Pilot's `press()` round trip: pagedown median "
        f"{_ms(median([p.get('press_s', 0.0) for p in pages]))}, a key bound to nothing "
        f"{_ms(probe['pilot_overhead_s'])}"),
        "",
        "## Layout (benchmarks/bench_layout.py)",
        "",
        ", ".join(f"{k} {v:g}" for k, v in raw["layout"].items()),
        "",
        "## Extraction",
        "",
        (f"{raw['extraction']['articles']} articles ({raw['extraction']['words']:,} words) in "
        f"{raw['extraction']['seconds']:.1f} s: "
        f"{raw['extraction']['articles_per_s']:.0f} articles/s, "
        f"{raw['extraction']['words_per_s']:,.0f} words/s (gazetteer load "
        f"{_ms(raw['extraction']['gazetteer_load_s'])}, once per process)."),
        "",
        "## Memory (peak RSS)",
        "",
        (f"- reader list: {raw['cli_maxrss_kib']['list'] / MIB:.0f} MiB; reader search: "
        f"{raw['cli_maxrss_kib']['search'] / MIB:.0f} MiB; reader import: "
        f"{raw['import']['maxrss_kib'] / MIB:.0f} MiB"),
        (f"- the app in a pty, full store, search + Enter + {len(pages)} pages: "
        f"{raw['app_pty_session']['maxrss_kib'] / MIB:.0f} MiB; the Pilot probe process "
        f"(app + harness): {probe['probe_maxrss_kib'] / MIB:.0f} MiB"),
        "",
    ]
    if raw.get("real_import"):
        from bench_import import describe

        lines += ["## Import on real vocabulary (issue 18)", "", *describe(raw["real_import"]), ""]
    return "\n".join(lines)
