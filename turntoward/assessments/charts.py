"""The history chart: each subscale (or the total) over time, as server-side SVG."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.safestring import SafeString

from turntoward.assessments.instruments import Instrument
from turntoward.assessments.models import AssessmentResult
from turntoward.core.charts import Series, line_chart


def history_chart(
    instrument: Instrument, results: Sequence[AssessmentResult]
) -> SafeString:
    """Return a line chart of each subscale (0–100), or of the total if none."""
    first = results[0].created_at.date()
    last = results[-1].created_at.date()
    span = f"from {first:%d %b %Y} to {last:%d %b %Y}"
    if instrument.subscales:
        series = [
            Series(
                sub.title,
                [(r.created_at.date(), r.subscales.get(sub.id)) for r in results],
            )
            for sub in instrument.subscales
        ]
        return line_chart(
            series,
            title=f"{instrument.title}: each part over time",
            description=(
                f"Scores from 0 to 100 for each part, {span}. "
                "The table below has the same numbers."
            ),
            y_min=0,
            y_max=100,
            y_ticks=[0, 50, 100],
        )
    top = instrument.max_total
    series = [Series("Total", [(r.created_at.date(), r.total) for r in results])]
    return line_chart(
        series,
        title=f"{instrument.title}: total over time",
        description=(
            f"Totals from 0 to {top}, {span}. The table below has the same numbers."
        ),
        y_min=0,
        y_max=top,
        y_ticks=[0, top // 2, top],
    )
