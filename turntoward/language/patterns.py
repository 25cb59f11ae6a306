"""Rule patterns: a few word-class macros and a compiler that expands them."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

with warnings.catch_warnings():
    # sre_parse is the stdlib's own regex parser; it reads our patterns once, at
    # import, to find words each one needs (see `needles`).
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants
    import sre_parse

# Word classes written the ways people type them (slang, no apostrophes).
MACROS: dict[str, str] = {
    "YOU": r"(?:you|u|ya|yu)",
    "YOUR": r"(?:your|ur|yr)",
    "YOURE": r"(?:you'?re|you are|u'?re|u r|ur|youre|your(?= (?:so|such|being|a|an)))",
    "IM": r"(?:i'?m|i am|im)",
    "ID": r"(?:i'?d|i would)",
    "IVE": r"(?:i'?ve|i have)",
    "DONT": r"(?:don'?t|do not|dont)",
    "DOESNT": r"(?:doesn'?t|does not|doesnt)",
    "DIDNT": r"(?:didn'?t|did not|didnt)",
    "CANT": r"(?:can'?t|cannot|can not|cant)",
    "WONT": r"(?:won'?t|will not|wont)",
    "ISNT": r"(?:isn'?t|is not|isnt)",
    "HE": r"(?:he|she|they)",
    "HIS": r"(?:his|her|their)",
    "HIM": r"(?:him|her|them)",
    "HES": r"(?:he'?s|she'?s|they'?re|he is|she is|they are)",
    "PARTNER": r"(?:him|her|them|my (?:husband|wife|partner|boyfriend|girlfriend"
    r"|bf|gf|fianc[ée]e?|spouse))",
    "SUBJ": r"(?:he|she|they|[a-z]+)",
    "W": r"[\w']+",
    "GAP": r"[^.!?\n]{0,60}?",
    "GAPL": r"[^.!?\n]{0,120}?",
}
_MACRO = re.compile(r"<([A-Z]+)>")


def expand(pattern: str) -> str:
    """Return `pattern` with every <MACRO> replaced by its regular expression."""
    return _MACRO.sub(lambda m: MACROS[m.group(1)], pattern)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile an expanded pattern that must end on a word edge.

    The start edge is checked by the matcher instead (see `starts_word`): a
    leading look-behind would stop the regex engine from skipping ahead to
    the pattern's first letters, which makes every rule several times slower.
    """
    return re.compile(r"(?:" + expand(pattern) + r")(?!\w)")


def starts_word(text: str, pos: int) -> bool:
    """Return whether `pos` starts a word (not inside one or after an apostrophe)."""
    if pos == 0:
        return True
    before = text[pos - 1]
    return not (before.isalnum() or before in "_'")


_MIN_NEEDLE = 3
Needles = tuple[str, ...] | None


def _best(options: list[tuple[str, ...]]) -> Needles:
    """Return the requirement whose shortest literal is longest (fewest hits)."""
    if not options:
        return None
    return max(options, key=lambda o: (min(len(s) for s in o), -len(o)))


def _needles_of(items: Any) -> Needles:
    """Return literals of which one must occur wherever `items` matches."""
    options: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in list(items):
        if op is sre_constants.LITERAL:
            run.append(chr(av))
            continue
        if len(run) >= _MIN_NEEDLE:
            options.append(("".join(run),))
        run = []
        found: Needles = None
        if op is sre_constants.SUBPATTERN:
            found = _needles_of(av[-1])
        elif op is sre_constants.BRANCH:
            branches = [_needles_of(b) for b in av[1]]
            if all(b is not None for b in branches):
                found = tuple(s for b in branches if b is not None for s in b)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0]:
            found = _needles_of(av[2])
        if found:
            options.append(found)
    if len(run) >= _MIN_NEEDLE:
        options.append(("".join(run),))
    return _best(options)


def needles(pattern: str) -> Needles:
    """Return literals one of which every match of `pattern` contains, if any.

    Checking `needle in text` is far cheaper than running the regex, so a rule
    whose words are all absent is skipped without scanning.
    """
    return _needles_of(sre_parse.parse(expand(pattern)))


@dataclass(frozen=True, slots=True)
class Rule:
    """One cue: a pattern, the label it supports, and a reason a person reads."""

    label: str
    regex: re.Pattern[str]
    why: str
    negatable: bool = True
    reportable: bool = True
    joke_sensitive: bool = False
    needles: Needles = field(default=None, compare=False)


def split_alternatives(pattern: str) -> list[str]:
    """Split `pattern` at its top-level `|`, so each part gets its own needles."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


# Every needle of every table, so a document can find its own once.
ALL_NEEDLES: set[str] = set()


class RuleTable:
    """An ordered set of rules with an index from needle words to rules."""

    __slots__ = ("rules", "_always", "_index")

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        always: list[int] = []
        index: dict[str, list[int]] = {}
        for i, rule in enumerate(self.rules):
            if rule.needles is None:
                always.append(i)
            else:
                for needle in rule.needles:
                    index.setdefault(needle, []).append(i)
        self._always = always
        self._index = index
        ALL_NEEDLES.update(index)

    def __add__(self, other: RuleTable) -> RuleTable:
        return RuleTable(self.rules + other.rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def candidates(self, present: AbstractSet[str]) -> list[Rule]:
        """Return, in order, the rules whose needles are among `present`."""
        hits = set(self._always)
        index = self._index
        if len(present) < len(index):
            for needle in present:
                members = index.get(needle)
                if members:
                    hits.update(members)
        else:
            for needle, members in index.items():
                if needle in present:
                    hits.update(members)
        return [self.rules[i] for i in sorted(hits)]


def rules(
    label: str,
    table: list[tuple[str, str]],
    *,
    negatable: bool = True,
    reportable: bool = True,
    joke_sensitive: bool = False,
) -> RuleTable:
    """Build the rules for `label` from (pattern, why) pairs."""
    return RuleTable(
        Rule(
            label,
            compile_pattern(part),
            why,
            negatable=negatable,
            reportable=reportable,
            joke_sensitive=joke_sensitive,
            needles=needles(part),
        )
        for pattern, why in table
        for part in split_alternatives(pattern)
    )
