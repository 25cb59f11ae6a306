"""Server-side SVG charts."""

from __future__ import annotations

import re
from datetime import date

from turntoward.core.charts import (
    CHAR_W,
    HEIGHT,
    LEGEND_ROW,
    PAD_R,
    WIDTH,
    Series,
    bar_chart,
    line_chart,
)


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


def _legend_texts(svg: str) -> list[tuple[float, float, str]]:
    """Return (x, y, name) for each legend label."""
    legend = "".join(re.findall(r'<g class="legend">(.*?)</g>', svg))
    return [
        (float(x), float(y), name)
        for x, y, name in re.findall(
            r'<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<', legend
        )
    ]


def _lines(names: list[str]) -> str:
    day = date(2026, 1, 1)
    return line_chart(
        [Series(name, [(day, 1.0), (date(2026, 1, 8), 2.0)]) for name in names],
        title="Signs",
        description="d",
        y_min=0,
        y_max=2,
    )


def test_a_long_legend_wraps_onto_rows_and_the_chart_grows_to_hold_them() -> None:
    names = [
        "feeling alone together",
        "needs going unmet",
        "little warmth or touch",
        "walking on eggshells",
        "a partner who feels out of reach",
    ]
    svg = _lines(names)
    texts = _legend_texts(svg)
    assert [name for _, _, name in texts] == names  # every name, in order
    rows = sorted({y for _, y, _ in texts})
    assert len(rows) == 2 and rows[1] - rows[0] == LEGEND_ROW
    assert f'viewBox="0 0 {WIDTH} {HEIGHT + LEGEND_ROW}"' in svg
    for x, _, name in texts:  # nothing runs off the right edge
        assert x + len(name) * CHAR_W <= WIDTH - PAD_R
    assert rows[-1] < HEIGHT + LEGEND_ROW  # the last row is inside the picture
    assert 'role="img"' in svg and "<title>Signs</title>" in svg


def test_short_legend_names_share_one_row_sized_by_their_length() -> None:
    svg = _lines(["You", "Your partner (shared)", "Hard ones"])
    texts = _legend_texts(svg)
    assert len({y for _, y, _ in texts}) == 1
    assert f'viewBox="0 0 {WIDTH} {HEIGHT}"' in svg
    xs = [x for x, _, _ in texts]
    assert xs[1] - xs[0] < 160  # a short name takes less room than a long one
    assert "stroke-dasharray" in svg.split('<g class="legend">')[1]  # dash shown


def test_one_series_needs_no_legend() -> None:
    assert '<g class="legend">' not in _lines(["Only me"])
