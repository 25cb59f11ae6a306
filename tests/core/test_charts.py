"""Server-side SVG charts."""

from __future__ import annotations

from datetime import date

from turntoward.core.charts import Series, bar_chart, line_chart


def test_line_chart_is_an_accessible_svg_with_gaps() -> None:
    svg = line_chart(
        [
            Series(
                "Me",
                [
                    (date(2026, 1, 1), 3),
                    (date(2026, 1, 2), None),
                    (date(2026, 1, 3), 4),
                ],
            )
        ],
        title="Connection <over> time",
        description="Two days",
        y_min=1,
        y_max=5,
    )
    assert svg.startswith('<svg class="chart"') and 'role="img"' in svg
    assert "<title>Connection &lt;over&gt; time</title>" in svg
    assert svg.count("<circle") == 2  # the gap splits the line into two points


def test_bar_chart_draws_a_reference_line() -> None:
    svg = bar_chart(
        [("Made", 0.5), ("Received", 0.9)],
        title="t",
        description="d",
        y_max=1,
        reference=("86% reference", 0.86),
    )
    assert svg.count("<rect") == 2 and "86% reference" in svg
