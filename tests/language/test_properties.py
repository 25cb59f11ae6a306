"""Random and adversarial text: the contract holds and time stays linear."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from turntoward.language import KINDS, SIGN_IDS, Analysis, analyze

LABELS = {"harsh", "dismissive", "self_invalidation", "crisis", "abuse", *SIGN_IDS}

_pieces = st.sampled_from(
    [
        "you never ",
        "I'm ",
        "'",
        '"',
        "“",
        "’",
        "he said '",
        "don't ",
        "!!!",
        "\n",
        "\u202e",  # right-to-left override
        "مرحبا ",
        "שלום ",
        "\x00",
        "\x1b[31m",
        "😂",
        "🙄",
        "İ",
        "kill myself ",
        "lol ",
        " ",
        "a",
    ]
)
_texts = st.one_of(
    st.text(max_size=300),
    st.lists(_pieces, max_size=60).map("".join),
    st.builds(lambda c, n: c * n, _pieces, st.integers(0, 400)),
    st.builds(lambda n: "'\"" * n + "you never" + "\"'" * n, st.integers(0, 200)),
)


def _check_contract(text: str, result: Analysis) -> None:
    assert isinstance(result.harsh, bool) and isinstance(result.crisis, bool)
    assert set(result.signs) <= set(SIGN_IDS)
    assert all(isinstance(e, str) for e in result.emotions)
    for span in result.spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert span.label in LABELS
        assert isinstance(span.why, str) and span.why
    if result.suggestion is not None:
        assert 3 <= len(result.suggestion.split()) <= 80


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
@given(text=_texts, kind=st.sampled_from(sorted(KINDS)), context=st.none() | _texts)
def test_any_text_keeps_the_contract(text: str, kind: str, context: str | None) -> None:
    _check_contract(text, analyze(text, kind=kind, context=context, emotions=False))


def _best_time(text: str, kind: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        analyze(text, kind=kind, context=text[:200], emotions=False)
        best = min(best, time.perf_counter() - start)
    return best


def test_time_grows_linearly_with_length() -> None:
    unit = "You never listen, he said 'I'm fine' lol. I'm scared to bring it up! "
    for kind in sorted(KINDS):
        small = _best_time(unit * 300, kind)
        large = _best_time(unit * 1200, kind)
        # Four times the text; allow generous noise on a shared machine.
        assert large < small * 10 + 0.05, (kind, small, large)


def test_adversarial_runs_finish_quickly() -> None:
    for piece in ["a", "'", '"', " ", "!", "you ", "never ", "\u202e", "😂", "x'y "]:
        text = piece * (60_000 // len(piece))
        start = time.perf_counter()
        result = analyze(text, kind="reply", context=text[:500], emotions=False)
        assert time.perf_counter() - start < 2.0, piece
        _check_contract(text, result)
