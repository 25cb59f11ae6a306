"""Run the pipeline: `analyze` one text or `analyze_batch` many."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from types import ModuleType

from . import rules as _rules  # noqa: F401  (importing registers the stages)
from . import suggest as _suggest  # noqa: F401
from .doc import Doc, segment
from .registry import BATCH_STAGES, STAGES, batch_stage, stage
from .types import KINDS, SIGN_IDS, Analysis, AnalysisInputError

# Safety first, then the coaching findings, then the rewrite that needs them.
PIPELINE: tuple[str, ...] = (
    "segment",
    "crisis",
    "abuse",
    "harsh",
    "dismissive",
    "self_invalidation",
    "signs",
    "suggestion",
)
EMOTIONS_MODULE = "turntoward.language.emotions"

stage("segment")(segment)


def _emotion_model(name: str = EMOTIONS_MODULE) -> ModuleType | None:
    """Import the emotion model package, or return None if it isn't there yet.

    Only the package itself being absent counts as "not there yet"; anything
    else (a missing dependency, a missing model file) must fail loudly.
    """
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


@batch_stage("emotions")
def emotions(docs: Sequence[Doc]) -> None:
    """Fill each document's emotions with one call to the emotion model."""
    model = _emotion_model()
    if model is None or not docs:
        return
    labels = model.predict([doc.text for doc in docs])
    if len(labels) != len(docs):
        raise RuntimeError("the emotion model returned the wrong number of results")
    for doc, found in zip(docs, labels, strict=True):
        doc.emotions = [str(label) for label in found]


def _check(text: object, kind: object, context: object) -> None:
    """Raise AnalysisInputError unless the input fits the contract."""
    if not isinstance(text, str):
        raise AnalysisInputError(f"text must be a string, not {type(text).__name__}")
    if kind not in KINDS:
        raise AnalysisInputError(
            f"kind must be one of {', '.join(sorted(KINDS))}, not {kind!r}"
        )
    if context is not None and not isinstance(context, str):
        raise AnalysisInputError("context must be a string or null")


def _result(doc: Doc) -> Analysis:
    """Freeze a finished document into an Analysis."""
    flags = doc.flags
    spans = sorted(set(doc.spans), key=lambda s: (s.start, s.end, s.label, s.why))
    return Analysis(
        harsh="harsh" in flags,
        dismissive="dismissive" in flags,
        self_invalidation="self_invalidation" in flags,
        crisis="crisis" in flags,
        abuse="abuse" in flags,
        signs=tuple(s for s in SIGN_IDS if s in doc.signs),
        emotions=tuple(doc.emotions),
        spans=tuple(spans),
        suggestion=doc.suggestion,
    )


def _run(doc: Doc) -> Doc:
    """Run every per-document stage over `doc`."""
    if doc.text.strip():
        for name in PIPELINE:
            STAGES[name](doc)
    return doc


def analyze_batch(
    items: Iterable[tuple[str, str, str | None]], *, emotions: bool = True
) -> list[Analysis]:
    """Analyse (text, kind, context) triples, calling the emotion model once."""
    docs: list[Doc] = []
    for text, kind, context in items:
        _check(text, kind, context)
        docs.append(_run(Doc(text=text, kind=kind, context=context)))
    if emotions:
        BATCH_STAGES["emotions"]([d for d in docs if d.text.strip()])
    return [_result(doc) for doc in docs]


def analyze(
    text: str, *, kind: str, context: str | None = None, emotions: bool = True
) -> Analysis:
    """Return what the engine notices in one text of the given kind."""
    return analyze_batch([(text, kind, context)], emotions=emotions)[0]
