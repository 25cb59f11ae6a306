"""Named pipeline stages (spaCy-component style) and the shared rule matcher."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from .doc import Doc
from .model import MAX_CHARS, probability
from .patterns import ALL_NEEDLES, Rule, RuleTable, expand, starts_word

Stage = Callable[[Doc], None]
BatchStage = Callable[[Sequence[Doc]], None]

STAGES: dict[str, Stage] = {}
BATCH_STAGES: dict[str, BatchStage] = {}


def stage(name: str) -> Callable[[Stage], Stage]:
    """Register a per-document stage under `name`."""

    def register(func: Stage) -> Stage:
        if name in STAGES:
            raise ValueError(f"stage {name!r} is already registered")
        STAGES[name] = func
        return func

    return register


def batch_stage(name: str) -> Callable[[BatchStage], BatchStage]:
    """Register a stage that sees a whole batch of documents at once."""

    def register(func: BatchStage) -> BatchStage:
        if name in BATCH_STAGES:
            raise ValueError(f"stage {name!r} is already registered")
        BATCH_STAGES[name] = func
        return func

    return register


# Frames that undo what follows in the same sentence: "I'm not saying you
# never help", "I don't think I'm overreacting".
NEGATION = re.compile(
    expand(
        r"(?<![\w'])(?:(?:<DONT>|<DIDNT>|never|not)\s+(?:really\s+)?"
        r"(?:think|believe|mean|feel like|say|saying|said|want to say|agree)"
        r"|not (?:saying|that|because|calling|suggesting)|it'?s not (?:that|like)"
        r"|nobody (?:said|thinks|is saying)|no one (?:said|thinks)"
        r"|stopped (?:telling myself|thinking)|wrong (?:to say|that)"
        r"|if i (?:said|say)|i'?d never (?:say|call))(?!\w)"
        r"|(?<![\w'])none of\s+(?:(?:this|it|that)\s+)?$"
        r"|(?<![\w'])(?:not|never|no longer)\s+(?:(?:been|ever|even|once)\s+)?$"
        r"|n't\s+(?:(?:been|ever|even|once)\s+)?$"
    )
)
_LOOKBACK = 60
# Whole-text context checks (a denial, a recovered past, another person in
# the story) read only the start of a text, as the models do: they are about
# short messages, and this keeps a huge text linear and fast.
CONTEXT_CHARS = 5000
# Enough spans to show a person why; a huge text needn't list every repeat.
MAX_SPANS_PER_RULE = 20


def negated(doc: Doc, pos: int) -> bool:
    """Return whether a negating frame sits just before `pos` in its sentence."""
    start, _ = doc.sentence_of(pos)
    return NEGATION.search(doc.norm, max(start, pos - _LOOKBACK), pos) is not None


def match(doc: Doc, rule: Rule, start: int = 0) -> Iterable[re.Match[str]]:
    """Yield the matches of `rule` that survive negation, reporting and jokes."""
    norm = doc.norm
    found = 0
    for m in rule.regex.finditer(norm, start):
        pos = m.start()
        if not starts_word(norm, pos) and norm[pos].isalnum():
            continue
        if rule.reportable and doc.is_reported(pos):
            continue
        if rule.negatable and negated(doc, pos):
            continue
        if rule.joke_sensitive and doc.near_joke(pos):
            continue
        yield m
        found += 1
        if found >= MAX_SPANS_PER_RULE:
            return


_by_trigram: dict[str, list[str]] = {}
_indexed = 0


def _needles_by_trigram() -> dict[str, list[str]]:
    """Return all needles grouped by their first three characters."""
    global _indexed
    if _indexed != len(ALL_NEEDLES):
        _by_trigram.clear()
        for needle in ALL_NEEDLES:
            _by_trigram.setdefault(needle[:3], []).append(needle)
        _indexed = len(ALL_NEEDLES)
    return _by_trigram


def present(doc: Doc) -> frozenset[str]:
    """Return the needles (of all rule tables) that occur in the document."""
    if doc.needles is None or doc.needles_seen != len(ALL_NEEDLES):
        norm = doc.norm
        if doc.vocabulary is not None:
            found = frozenset(filter(doc.vocabulary.may_contain, ALL_NEEDLES))
        else:
            # Only needles that start with one of the text's trigrams can occur.
            by_trigram = _needles_by_trigram()
            grams = {norm[i : i + 3] for i in range(len(norm) - 2)}
            found = frozenset(
                n for g in grams if g in by_trigram for n in by_trigram[g] if n in norm
            )
        doc.needles = found
        doc.needles_seen = len(ALL_NEEDLES)
    return doc.needles


def model_fallback(
    doc: Doc,
    label: str,
    why: str,
    threshold: float,
    gate: re.Pattern[str] | None = None,
    ungated: float = 1.1,
) -> None:
    """Add a whole-text finding for `label` if only the tone model sees it.

    `gate`, when given, must match the text first for `threshold` to apply:
    the model may weigh a topic's words, but a text without one needs the
    model to be nearly certain (`ungated`; above 1 means never).
    """
    if label in doc.flags:
        return
    if gate is not None and gate.search(doc.norm, 0, MAX_CHARS) is None:
        threshold = ungated
    if threshold <= 1.0 and probability(label, doc.text) >= threshold:
        start = len(doc.text) - len(doc.text.lstrip())
        doc.add(start, max(start, len(doc.text.rstrip())), label, why)


def first(doc: Doc, table: RuleTable) -> re.Match[str] | None:
    """Return the first surviving match of any rule in `table`, if one exists."""
    for rule in table.candidates(present(doc)):
        for m in match(doc, rule):
            return m
    return None


def apply(doc: Doc, table: RuleTable, *, label: str | None = None) -> int:
    """Add a span for every surviving match of `table`; return how many."""
    found = 0
    for rule in table.candidates(present(doc)):
        for m in match(doc, rule):
            doc.add(m.start(), m.end(), label or rule.label, rule.why)
            found += 1
    return found
