"""The document object every pipeline stage reads and writes."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .types import Span

# Curly quotes and look-alikes become plain ones; every mapping is one char to
# one char so offsets in the normalised text match the original text.
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)

_SENTENCE_END = re.compile(r"[.!?\n]+")

# Someone other than the writer speaking: what follows, to the end of the
# sentence, is their words, not the writer's.
_SPEECH = re.compile(
    r"(?:said|says|say|saying|told me|tells me|telling me|replied|yelled|shouted"
    r"|snapped|texted|called me|calls me|thinks|insists|insisted|told)(?!\w)"
)
# The words just before a speech verb: its subject, perhaps with an adverb.
_SUBJECT = re.compile(
    r"([a-z]+)(?:'s|'d|'ll)?\s+"
    r"(?:(?:only|just|always|even|then|once|would|will|keeps?|kept|never|also)\s+)"
    r"{0,2}$"
)
# Where the writer takes the words back: "everyone says I'm lucky, so I ...".
_RESUME = re.compile(r"[,;]\s*(?:so|but|and|which means|yet)\s+(?:i|i'm|i've)\b")
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_PASSIVE = frozenset({"be", "being", "been", "get", "got", "was", "am", "were"})
# A quotation introduced by a speech verb or a colon ("he told me 'you never
# listen'"); the words inside belong to someone else.
_QUOTED = re.compile(
    r"(?:said|says|told (?:me|him|her|them)|tells (?:me|him|her)|asked|replied"
    r"|yelled|texted|goes|went|like|:)\s{0,3}"
    r"(?:\"[^\"\n]{1,300}\"|'(?=\w)(?:[^'\n]|'(?=\w)){0,300}?'(?!\w))"
)
_JOKE = re.compile(
    r"\U0001f602|\U0001f923|\U0001f605|\U0001f606|\U0001f61c|\U0001f92a"
    r"|(?<!\w)(?:lol|lmao|haha\w*|jk|just kidding|kidding|rofl|laughing|laughed)(?!\w)"
)


_TOKEN = re.compile(r"[a-z0-9']+")
# Past this length, look needles up in the text's vocabulary instead of
# scanning the whole text once per needle.
LONG_TEXT = 20_000


class Vocabulary:
    """The distinct words of a long text, to test needles without a full scan."""

    __slots__ = ("words", "joined")

    def __init__(self, text: str) -> None:
        self.words = frozenset(_TOKEN.findall(text))
        self.joined = " ".join(sorted(self.words))

    def may_contain(self, needle: str) -> bool:
        """Return False only if `needle` cannot occur in the text."""
        tokens = _TOKEN.findall(needle)
        if not tokens:
            return True
        if len(tokens) == 1:
            return tokens[0] in self.joined
        first, *middle, last = tokens
        return (
            first in self.joined
            and last in self.joined
            and all(word in self.words for word in middle)
        )


def normalise(text: str) -> str:
    """Return `text` lower-cased with plain quotes, keeping every offset."""
    mapped = text.translate(_QUOTES)
    low = mapped.lower()
    if len(low) == len(mapped):
        return low
    # A few characters grow when lower-cased (e.g. dotted capital I); keep those.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in mapped)


@dataclass
class Doc:
    """One text on its way through the pipeline."""

    text: str
    kind: str
    context: str | None = None
    norm: str = ""
    sentence_starts: list[int] = field(default_factory=list)
    reported: list[tuple[int, int]] = field(default_factory=list)
    jokes: list[int] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    signs: list[str] = field(default_factory=list)
    emotions: list[str] = field(default_factory=list)
    suggestion: str | None = None
    vocabulary: Vocabulary | None = None

    needles: frozenset[str] | None = None
    needles_seen: int = 0

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """Return the (start, end) of the sentence holding `pos`."""
        i = bisect_right(self.sentence_starts, pos) - 1
        start = self.sentence_starts[i] if i >= 0 else 0
        end = (
            self.sentence_starts[i + 1]
            if i + 1 < len(self.sentence_starts)
            else len(self.norm)
        )
        return start, end

    def is_reported(self, pos: int) -> bool:
        """Return whether `pos` lies inside someone else's reported words."""
        i = bisect_right(self.reported, (pos, len(self.norm) + 1)) - 1
        return i >= 0 and self.reported[i][0] <= pos < self.reported[i][1]

    def near_joke(self, pos: int) -> bool:
        """Return whether the sentence holding `pos` is marked as a joke."""
        start, end = self.sentence_of(pos)
        # A laughing emoji often follows the sentence it softens.
        end = min(len(self.norm), end + 4)
        i = bisect_right(self.jokes, start - 1)
        return i < len(self.jokes) and self.jokes[i] < end

    def add(self, start: int, end: int, label: str, why: str) -> None:
        """Record a finding over text[start:end]."""
        self.spans.append(Span(start, end, label, why))
        self.flags.add(label)


def segment(doc: Doc) -> None:
    """Fill the normalised text, sentence starts, reported zones and jokes."""
    doc.norm = normalise(doc.text)
    norm = doc.norm
    if len(norm) > LONG_TEXT:
        doc.vocabulary = Vocabulary(norm)
    doc.sentence_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(norm)]
    zones: list[tuple[int, int]] = []
    for m in _SPEECH.finditer(norm):
        before = _SUBJECT.search(norm, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        subject = before.group(1)
        if m.group(0) == "told" and subject not in _PASSIVE:
            continue  # "I told him", "he told" with no "me": not reported to us
        if subject in _FIRST_PERSON:
            continue
        _, end = doc.sentence_of(m.start())
        resume = _RESUME.search(norm, m.end(), end)
        zones.append((before.start(), resume.start() if resume else end))
    zones.extend((m.start(), m.end()) for m in _QUOTED.finditer(norm))
    zones.sort()
    merged: list[tuple[int, int]] = []
    for start, end in zones:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    doc.reported = merged
    doc.jokes = [m.start() for m in _JOKE.finditer(norm)]
