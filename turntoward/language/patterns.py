"""Rule patterns: a few word-class macros and a compiler that expands them."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    """Compile an expanded pattern that must start and end on word edges."""
    return re.compile(r"(?<![\w'])(?:" + expand(pattern) + r")(?!\w)")


@dataclass(frozen=True, slots=True)
class Rule:
    """One cue: a pattern, the label it supports, and a reason a person reads."""

    label: str
    regex: re.Pattern[str]
    why: str
    negatable: bool = True
    reportable: bool = True
    joke_sensitive: bool = False


def rules(
    label: str,
    table: list[tuple[str, str]],
    *,
    negatable: bool = True,
    reportable: bool = True,
    joke_sensitive: bool = False,
) -> list[Rule]:
    """Build the rules for `label` from (pattern, why) pairs."""
    return [
        Rule(
            label,
            compile_pattern(pattern),
            why,
            negatable=negatable,
            reportable=reportable,
            joke_sensitive=joke_sensitive,
        )
        for pattern, why in table
    ]
