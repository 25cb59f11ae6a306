"""The public API of turntoward.language: exports, types, errors, emotions."""

from __future__ import annotations

import subprocess
import sys
import types
from collections.abc import Sequence
from pathlib import Path

import pytest

import turntoward.language as language
from turntoward.language import (
    KINDS,
    Analysis,
    AnalysisInputError,
    Span,
    analyze,
    analyze_batch,
    engine,
)


def test_exported_members() -> None:
    """Every public name is exported, and every export is public and present."""
    exported = set(language.__all__)
    assert exported == {
        "KINDS",
        "PIPELINE",
        "SIGN_IDS",
        "Analysis",
        "AnalysisInputError",
        "Span",
        "analyze",
        "analyze_batch",
    }
    for name in exported:
        assert not name.startswith("_")
        assert getattr(language, name) is not None


def test_language_package_never_imports_django() -> None:
    code = (
        "import sys, turntoward.language as l; "
        "l.analyze('you never listen', kind='message', emotions=False); "
        "bad = [m for m in sys.modules if m.startswith('django')]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_analysis_has_every_contract_field_with_the_right_types() -> None:
    result = analyze("You never ask about my day", kind="message", emotions=False)
    data = result.to_dict(id="a1")
    assert list(data) == [
        "id",
        "harsh",
        "dismissive",
        "self_invalidation",
        "crisis",
        "abuse",
        "signs",
        "emotions",
        "spans",
        "suggestion",
    ]
    assert data["harsh"] is True
    assert isinstance(data["signs"], list)
    assert all(set(s) == {"start", "end", "label", "why"} for s in data["spans"])
    assert isinstance(data["suggestion"], str)


def test_analysis_and_span_are_frozen() -> None:
    result = analyze("You never listen", kind="message", emotions=False)
    with pytest.raises(AttributeError):
        result.harsh = False  # type: ignore[misc]
    span = result.spans[0]
    assert isinstance(span, Span)
    with pytest.raises(AttributeError):
        span.start = 3  # type: ignore[misc]


@pytest.mark.parametrize("kind", ["letter", "", "MESSAGE", None])
def test_unknown_kind_raises_a_value_error(kind: object) -> None:
    with pytest.raises(AnalysisInputError) as err:
        analyze("hello", kind=kind, emotions=False)  # type: ignore[arg-type]
    assert isinstance(err.value, ValueError)
    assert "kind must be one of" in str(err.value)


def test_non_string_text_raises() -> None:
    with pytest.raises(AnalysisInputError):
        analyze(None, kind="journal", emotions=False)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n"])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_empty_or_blank_text_is_all_false(text: str, kind: str) -> None:
    assert analyze(text, kind=kind, emotions=False) == Analysis()


def test_batch_matches_single_analyses_in_order() -> None:
    items = [
        ("You never listen to me.", "message", None),
        ("Calm down, it's just dinner.", "reply", "I'm upset."),
        ("I'm probably just too sensitive.", "journal", None),
    ]
    batch = analyze_batch(items, emotions=False)
    singles = [analyze(t, kind=k, context=c, emotions=False) for t, k, c in items]
    assert batch == singles


def test_the_pipeline_is_made_of_named_stages() -> None:
    from turntoward.language.registry import STAGES

    assert language.PIPELINE[0] == "segment"
    assert language.PIPELINE[-1] == "suggestion"
    assert all(name in STAGES for name in language.PIPELINE)


def test_results_are_deterministic() -> None:
    text = "I'm scared to bring it up. He never asks about my day."
    first = analyze(text, kind="journal", emotions=False)
    assert all(analyze(text, kind="journal", emotions=False) == first for _ in range(3))


# The emotion model belongs to another package; these tests stand in for it.


def test_missing_emotion_package_gives_no_emotions() -> None:
    assert engine._emotion_model("turntoward.language.no_such_model_here") is None


def test_emotion_package_failing_to_import_fails_loudly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pkg = tmp_path / "broken_emotions"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("import a_dependency_that_is_not_installed\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError) as err:
        engine._emotion_model("broken_emotions")
    assert err.value.name == "a_dependency_that_is_not_installed"


def _fake_model(calls: list[int]) -> types.ModuleType:
    module = types.ModuleType(engine.EMOTIONS_MODULE)

    def predict(texts: Sequence[str]) -> list[list[str]]:
        calls.append(len(texts))
        return [["sadness"] if "sad" in t else [] for t in texts]

    module.predict = predict  # type: ignore[attr-defined]
    return module


def test_batch_calls_the_emotion_model_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setitem(sys.modules, engine.EMOTIONS_MODULE, _fake_model(calls))
    items = [
        ("I'm so sad", "journal", None),
        ("ok", "journal", None),
        ("", "journal", None),
    ]
    results = analyze_batch(items)
    assert calls == [2]  # blank text is not sent
    assert [r.emotions for r in results] == [("sadness",), (), ()]


def test_emotions_can_be_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setitem(sys.modules, engine.EMOTIONS_MODULE, _fake_model(calls))
    assert analyze("I'm so sad", kind="journal", emotions=False).emotions == ()
    assert calls == []


def test_emotion_model_errors_propagate(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType(engine.EMOTIONS_MODULE)

    def predict(texts: Sequence[str]) -> list[list[str]]:
        raise FileNotFoundError("emotion model weights are missing")

    module.predict = predict  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, engine.EMOTIONS_MODULE, module)
    with pytest.raises(FileNotFoundError):
        analyze("I'm so sad", kind="journal")
