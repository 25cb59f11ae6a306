"""Small server-side SVG charts: no CDN, no script, readable by screen readers.

Each chart is an <svg role="img"> with a <title> and <desc>; pages still show a
table alternative beside it (the chart is for people who would rather look).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from django.utils.safestring import SafeString, mark_safe

PALETTE = ("#2f5d62", "#b45309", "#6b4c9a", "#2f6b3a", "#9b2c2c", "#1f5f99")
WIDTH, HEIGHT = 640, 260
PAD_L, PAD_R, PAD_T, PAD_B = 44, 16, 16, 40
# The legend: a short line in each series' colour and dash, then its name. Names
# are measured by an average glyph width at 12 px (generous, so they never touch)
# and wrap onto more rows, each making the chart taller by LEGEND_ROW.
SWATCH, SWATCH_GAP, ITEM_GAP = 18, 6, 22
CHAR_W = 7.0
LEGEND_ROW = 18


@dataclass(frozen=True)
class Series:
    """One line: a name and (x, y) points; y may be None for a gap."""

    name: str
    points: Sequence[tuple[date | float, float | None]]


def _x_value(x: date | float) -> float:
    return float(x.toordinal()) if isinstance(x, date) else float(x)


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def line_chart(
    series: Sequence[Series],
    *,
    title: str,
    description: str,
    y_min: float,
    y_max: float,
    y_ticks: Sequence[float] | None = None,
    y_format: str = "{:g}",
) -> SafeString:
    """Return an SVG line chart of `series` (points joined, gaps where y is None)."""
    xs = [_x_value(x) for s in series for x, y in s.points if y is not None]
    x_lo, x_hi = (min(xs), max(xs)) if xs else (0.0, 1.0)
    if x_hi == x_lo:
        x_lo, x_hi = x_lo - 1, x_hi + 1
    span_y = (y_max - y_min) or 1.0
    inner_w, inner_h = WIDTH - PAD_L - PAD_R, HEIGHT - PAD_T - PAD_B

    def px(x: float) -> float:
        return PAD_L + (x - x_lo) / (x_hi - x_lo) * inner_w

    def py(y: float) -> float:
        return PAD_T + (1 - (y - y_min) / span_y) * inner_h

    legend = _legend([s.name for s in series])
    parts = _frame(title, description, extra_rows=len(legend) - 1)
    for tick in y_ticks if y_ticks is not None else [y_min, (y_min + y_max) / 2, y_max]:
        y = py(tick)
        parts.append(
            f'<line x1="{PAD_L}" x2="{WIDTH - PAD_R}" y1="{_fmt(y)}" y2="{_fmt(y)}" '
            'stroke="#d5d9d6" stroke-width="1"/>'
            f'<text x="{PAD_L - 6}" y="{_fmt(y + 4)}" text-anchor="end" '
            f'font-size="12" fill="#4a5a5c">{escape(y_format.format(tick))}</text>'
        )
    if xs and isinstance(series[0].points[0][0], date):
        for edge in (x_lo, x_hi):
            label = date.fromordinal(int(edge)).strftime("%d %b")
            anchor = "start" if edge == x_lo else "end"
            parts.append(
                f'<text x="{_fmt(px(edge))}" y="{HEIGHT - PAD_B + 18}" '
                f'text-anchor="{anchor}" font-size="12" fill="#4a5a5c">{label}</text>'
            )
    for index, line in enumerate(series):
        colour, dash = _style(index)
        for run in _runs(line.points):
            coords = " ".join(f"{_fmt(px(_x_value(x)))},{_fmt(py(y))}" for x, y in run)
            if len(run) == 1:
                only_x, only_y = run[0]
                parts.append(
                    f'<circle cx="{_fmt(px(_x_value(only_x)))}" '
                    f'cy="{_fmt(py(only_y))}" r="3" fill="{colour}"/>'
                )
            else:
                parts.append(
                    f'<polyline points="{coords}" fill="none" stroke="{colour}" '
                    f'stroke-width="2.5"{dash}/>'
                )
    parts.extend(legend)
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text part is escaped


def bar_chart(
    bars: Sequence[tuple[str, float]],
    *,
    title: str,
    description: str,
    y_max: float,
    value_format: str = "{:g}",
    reference: tuple[str, float] | None = None,
) -> SafeString:
    """Return an SVG bar chart; `reference` draws a labelled dashed line."""
    inner_w, inner_h = WIDTH - PAD_L - PAD_R, HEIGHT - PAD_T - PAD_B
    parts = _frame(title, description)
    slot = inner_w / max(len(bars), 1)
    for index, (label, value) in enumerate(bars):
        h = max(0.0, min(value, y_max)) / (y_max or 1) * inner_h
        x = PAD_L + index * slot + slot * 0.15
        y = PAD_T + inner_h - h
        colour = PALETTE[index % len(PALETTE)]
        parts.append(
            f'<rect x="{_fmt(x)}" y="{_fmt(y)}" width="{_fmt(slot * 0.7)}" '
            f'height="{_fmt(h)}" fill="{colour}" rx="3"/>'
            f'<text x="{_fmt(x + slot * 0.35)}" y="{_fmt(y - 4)}" text-anchor="middle" '
            f'font-size="12" fill="#1d2b2d">{escape(value_format.format(value))}</text>'
            f'<text x="{_fmt(x + slot * 0.35)}" y="{HEIGHT - PAD_B + 18}" '
            f'text-anchor="middle" font-size="12" fill="#4a5a5c">{escape(label)}</text>'
        )
    if reference is not None:
        name, value = reference
        y = PAD_T + (1 - value / (y_max or 1)) * inner_h
        parts.append(
            f'<line x1="{PAD_L}" x2="{WIDTH - PAD_R}" y1="{_fmt(y)}" y2="{_fmt(y)}" '
            'stroke="#9b2c2c" stroke-dasharray="5 4" stroke-width="1.5"/>'
            f'<text x="{WIDTH - PAD_R}" y="{_fmt(y - 4)}" text-anchor="end" '
            f'font-size="12" fill="#9b2c2c">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text part is escaped


def _frame(title: str, description: str, *, extra_rows: int = 0) -> list[str]:
    height = HEIGHT + max(0, extra_rows) * LEGEND_ROW
    return [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMidYMid meet">'
        f"<title>{escape(title)}</title><desc>{escape(description)}</desc>"
    ]


def _style(index: int) -> tuple[str, str]:
    """Return the colour and the dash attribute of the series at `index`."""
    dash = ' stroke-dasharray="6 4"' if index % 2 else ""
    return PALETTE[index % len(PALETTE)], dash


def _legend_rows(names: Sequence[str]) -> list[list[tuple[int, float]]]:
    """Place each name: rows of (series index, x), wrapped to fit the width."""
    rows: list[list[tuple[int, float]]] = [[]]
    x = float(PAD_L)
    for index, name in enumerate(names):
        width = SWATCH + SWATCH_GAP + len(name) * CHAR_W
        if rows[-1] and x + width > WIDTH - PAD_R:
            rows.append([])
            x = float(PAD_L)
        rows[-1].append((index, x))
        x += width + ITEM_GAP
    return rows


def _legend(names: Sequence[str]) -> list[str]:
    """Return one <g> per legend row (none for a single series), top row first.

    The chart is one image to assistive technology (its <title> and <desc>
    say what it shows, and pages give a table), so the legend is for the eye:
    each name sits beside a line in its series' colour and dash.
    """
    if len(names) < 2:
        return []
    rows = []
    for number, row in enumerate(_legend_rows(names)):
        y = HEIGHT - 9 + number * LEGEND_ROW
        items = []
        for index, x in row:
            colour, dash = _style(index)
            items.append(
                f'<line x1="{_fmt(x)}" x2="{_fmt(x + SWATCH)}" y1="{y - 4}" '
                f'y2="{y - 4}" stroke="{colour}" stroke-width="3"{dash}/>'
                f'<text x="{_fmt(x + SWATCH + SWATCH_GAP)}" y="{y}" font-size="12" '
                f'fill="#1d2b2d">{escape(names[index])}</text>'
            )
        rows.append(f'<g class="legend">{"".join(items)}</g>')
    return rows


def _runs(
    points: Sequence[tuple[date | float, float | None]],
) -> list[list[tuple[date | float, float]]]:
    runs: list[list[tuple[date | float, float]]] = [[]]
    for x, y in points:
        if y is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((x, y))
    return [run for run in runs if run]
