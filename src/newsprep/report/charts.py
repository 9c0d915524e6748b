"""Charts for the run report as inline SVG strings, drawn in Python: no JavaScript, no fonts, no network.

Pure functions of their inputs; every label is escaped with ``html.escape`` (its output is valid in both HTML
and XML text and attribute values).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape

BAR_HEIGHT = 22
BAR_GAP = 6
LABEL_WIDTH = 200
VALUE_WIDTH = 56
CHART_WIDTH = 560
LABEL_CHARS = 28
FILL = "#3b6ea8"
FILL_MUTED = "#9aa9ba"
FILL_FAILED = "#c0392b"


@dataclass(frozen=True, slots=True)
class RunPoint:
    """One run of the pipeline on the history chart (``started_at`` in UTC)."""

    started_at: datetime
    documents: int
    published: bool


def _short(label: str, limit: int = LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _open_svg(chart_id: str, title: str, width: int, height: int) -> str:
    return (
        f'<svg class="chart" data-chart="{escape(chart_id)}" role="img" aria-label="{escape(title)}" '
        f'xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f"<title>{escape(title)}</title>"
    )


def _empty(chart_id: str, title: str, message: str) -> str:
    return (
        _open_svg(chart_id, title, CHART_WIDTH, 40)
        + f'<text x="0" y="24" class="chart-empty">{escape(message)}</text></svg>'
    )


def bar_chart(
    chart_id: str,
    title: str,
    bars: Sequence[tuple[str, float]],
    *,
    muted: frozenset[str] = frozenset(),
    empty_message: str = "no rows",
) -> str:
    """A horizontal bar chart, one bar per (label, value), in the order given.

    Labels in ``muted`` are drawn grey (e.g. "(no speaker)"), so a placeholder does not read as a name.
    """
    if not bars:
        return _empty(chart_id, title, empty_message)
    top = max(value for _, value in bars) or 1.0
    span = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH
    height = len(bars) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP
    parts = [_open_svg(chart_id, title, CHART_WIDTH, height)]
    for row, (label, value) in enumerate(bars):
        y = BAR_GAP + row * (BAR_HEIGHT + BAR_GAP)
        width = max(1.0, span * value / top) if value > 0 else 0.0
        fill = FILL_MUTED if label in muted else FILL
        middle = y + BAR_HEIGHT / 2 + 4
        parts.append(
            f'<g class="bar"><title>{escape(label)}: {escape(_number(value))}</title>'
            f'<text x="{LABEL_WIDTH - 8}" y="{middle:.1f}" text-anchor="end">{escape(_short(label))}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}" fill="{fill}" rx="2"/>'
            f'<text x="{LABEL_WIDTH + width + 6:.1f}" y="{middle:.1f}">{escape(_number(value))}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def runs_chart(chart_id: str, title: str, runs: Sequence[RunPoint]) -> str:
    """Documents per run against the run's start time: a line through the runs, a dot per run (red when the run
    published nothing)."""
    if not runs:
        return _empty(chart_id, title, "no run manifests found")
    ordered = sorted(runs, key=lambda r: r.started_at)
    width, height = CHART_WIDTH, 240
    left, right, top_pad, bottom = 56, 24, 16, 56
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    top = max(max(r.documents for r in ordered), 1)
    first, last = ordered[0].started_at, ordered[-1].started_at
    span = (last - first).total_seconds()

    def x_of(run: RunPoint) -> float:
        if span <= 0:
            return left + plot_w / 2
        return left + plot_w * (run.started_at - first).total_seconds() / span

    def y_of(documents: int) -> float:
        return top_pad + plot_h * (1 - documents / top)

    parts = [_open_svg(chart_id, title, width, height)]
    for tick in sorted({0, top // 2, top}):
        y = y_of(tick)
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
            f'<text x="{left - 12}" y="{y + 4:.1f}" text-anchor="end">{tick:,}</text>'
        )
    if len(ordered) > 1:
        points = " ".join(f"{x_of(r):.1f},{y_of(r.documents):.1f}" for r in ordered)
        parts.append(f'<polyline points="{points}" fill="none" stroke="{FILL}" stroke-width="2"/>')
    for run in ordered:
        fill = FILL if run.published else FILL_FAILED
        status = "published" if run.published else "not published"
        parts.append(
            f'<circle cx="{x_of(run):.1f}" cy="{y_of(run.documents):.1f}" r="5" fill="{fill}">'
            f"<title>{escape(run.started_at.isoformat(timespec='seconds'))}: {run.documents:,} documents, "
            f"{status}</title></circle>"
        )
    ends = [(ordered[0], "middle")] if span <= 0 else [(ordered[0], "start"), (ordered[-1], "end")]
    for run, anchor in ends:
        parts.append(
            f'<text x="{x_of(run):.1f}" y="{height - bottom + 20}" text-anchor="{anchor}">'
            f"{escape(run.started_at.strftime('%Y-%m-%d %H:%M UTC'))}</text>"
        )
    parts.append(
        f'<text x="{left + plot_w / 2:.1f}" y="{height - 10}" text-anchor="middle" class="axis-title">'
        f"run start ({len(ordered)} run{'s' if len(ordered) != 1 else ''}; red: not published)</text></svg>"
    )
    return "".join(parts)
