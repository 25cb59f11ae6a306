"""History charts: each subscale (or the total) over time, as server-side SVG.

One small chart per subscale rather than five lines on one: lines that cross
are hard to follow, and each chart's title says what it shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.utils.safestring import SafeString

from turntoward.assessments.instruments import Instrument
from turntoward.assessments.models import AssessmentResult
from turntoward.core.charts import Series, line_chart


@dataclass(frozen=True)
class Chart:
    title: str
    svg: SafeString


def _xs(results: Sequence[AssessmentResult]) -> tuple[list[date | float], str]:
    """Return x values (dates, or take numbers when a day repeats) and the span."""
    days = [r.created_at.date() for r in results]
    span = f"from {days[0]:%d %b %Y} to {days[-1]:%d %b %Y}"
    if len(set(days)) == len(days):
        return list(days), span
    return [float(n) for n in range(1, len(days) + 1)], f"in the order taken, {span}"


def history_charts(
    instrument: Instrument, results: Sequence[AssessmentResult]
) -> list[Chart]:
    """Return one chart per subscale (0–100), or one of the total if none."""
    xs, span = _xs(results)
    if not instrument.subscales:
        top = instrument.max_total
        title = f"{instrument.title}: total over time"
        points = [(x, r.total) for x, r in zip(xs, results, strict=True)]
        svg = line_chart(
            [Series("Total", points)],
            title=title,
            description=f"Totals from 0 to {top}, {span}. The table has the numbers.",
            y_min=0,
            y_max=top,
            y_ticks=[0, top // 2, top],
        )
        return [Chart("Total", svg)]
    charts = []
    for sub in instrument.subscales:
        points = [
            (x, r.subscales.get(sub.id)) for x, r in zip(xs, results, strict=True)
        ]
        svg = line_chart(
            [Series(sub.title, points)],
            title=f"{sub.title} over time",
            description=f"Scores from 0 to 100, {span}. The table has the numbers.",
            y_min=0,
            y_max=100,
            y_ticks=[0, 50, 100],
        )
        charts.append(Chart(sub.title, svg))
    return charts
