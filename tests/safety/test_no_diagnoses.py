"""No diagnoses, anywhere: nothing we show tells a person what they or their
partner "have" or "are".

Scans every template, every JSON content file and every string in the
package's Python code. Text may say what something *may* mean and point to a
professional; a sentence that denies a diagnosis ("this doesn't mean you have
depression") is fine.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "turntoward"

CONDITIONS = (
    r"(?:clinical |major |mild |moderate |moderately severe |severe |an? )?"
    r"(?:depression|anxiety(?: disorder)?|an anxiety disorder|c-?ptsd|ptsd|bpd|npd"
    r"|adhd|ocd|bipolar(?: disorder)?|borderline(?: personality disorder)?"
    r"|(?:a |an )?(?:narcissistic |avoidant |dependent |antisocial )?"
    r"personality disorder|(?:a )?mental (?:illness|disorder)|codependency"
    r"|(?:an? )?(?:insecure |avoidant |anxious )?attachment disorder"
    r"|trauma bond(?:ing)?|emotional neglect disorder|an eating disorder)"
)
LABELS = (
    r"(?:clinically )?(?:depressed|codependent|bipolar|borderline|mentally ill"
    r"|traumati[sz]ed|an addict|an alcoholic|narcissistic"
    r"|an? (?:narcissist|sociopath|psychopath|codependent|covert narcissist"
    r"|emotional abuser))"
)
YOU = r"\byou(?:'re| are| have| suffer from| are suffering from| likely have"
YOU += r"| probably have| may have| might have| show signs of| meet the criteria for)"
SOMEONE = (
    r"\b(?:your partner|your (?:husband|wife|boyfriend|girlfriend|spouse)|he|she"
    r"|they)(?:'s| is| are| has| have| suffers from)(?: probably| likely| clearly"
    r"| definitely| obviously)?"
)
DIAGNOSES = [
    re.compile(rf"{YOU} {CONDITIONS}\b", re.IGNORECASE),
    re.compile(rf"\byou(?:'re| are) {LABELS}\b", re.IGNORECASE),
    re.compile(rf"{SOMEONE} (?:{CONDITIONS}|{LABELS})\b", re.IGNORECASE),
    re.compile(r"\bis an? (?:narcissist|sociopath|psychopath)\b", re.IGNORECASE),
    re.compile(r"\byou (?:suffer|are suffering) from\b", re.IGNORECASE),
    re.compile(rf"\bdiagnosed with {CONDITIONS}\b", re.IGNORECASE),
]
# "This doesn't mean you have depression": a denial just before the claim.
DENIAL = re.compile(
    r"(?:\b(?:not|never|no|nor|cannot|whether|if)\b|n't\b)[^.!?]{0,40}$",
    re.IGNORECASE,
)

# Files holding text the language engine *reads* (examples of what people
# write), never shown to anyone, may be listed here by path. None needs it yet.
ENGINE_INPUT: tuple[str, ...] = ()


def diagnostic_claims(text: str) -> list[str]:
    """Return every diagnostic claim in `text`."""
    found = []
    for pattern in DIAGNOSES:
        for match in pattern.finditer(text):
            if not DENIAL.search(text[: match.start()]):
                found.append(match.group(0))
    return found


def _python_strings(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value
        elif isinstance(node, ast.JoinedStr):
            yield "".join(
                part.value if isinstance(part, ast.Constant) else "{}"
                for part in node.values
            )


def _content_files() -> list[Path]:
    files = [
        *PACKAGE.glob("templates/**/*.html"),
        *PACKAGE.glob("**/*.json"),
        *PACKAGE.glob("**/*.py"),
    ]
    return sorted(
        f
        for f in files
        if "migrations" not in f.parts
        and not any(part in f.as_posix() for part in ENGINE_INPUT)
    )


def _texts(path: Path) -> Iterator[str]:
    if path.suffix == ".py":
        yield from _python_strings(path)
    else:
        yield path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "claim",
    [
        "you have depression",
        "You are codependent.",
        "Your partner is a narcissist.",
        "You have anxiety",
        "you suffer from low self-worth",
        "He is a narcissist",
        "you are depressed",
        "Your score shows you have moderate depression.",
        "She's clearly a sociopath.",
        "They have NPD.",
        "you're an addict",
        "You may have a personality disorder.",
        "You were diagnosed with PTSD by this test.",
    ],
)
def test_the_scanner_catches_a_diagnostic_claim(claim: str) -> None:
    assert diagnostic_claims(claim), claim


@pytest.mark.parametrize(
    "fine",
    [
        "This is not a diagnosis. A doctor can tell you what it means for you.",
        "This doesn't mean you have depression; a professional can help.",
        "Scores in this range often go with low mood. It may help to talk to a GP.",
        "You have shared this with your partner.",
        "You are not alone.",
        "They are doing their best.",
        "Only a professional can say whether you have anxiety.",
    ],
)
def test_the_scanner_lets_careful_words_through(fine: str) -> None:
    assert diagnostic_claims(fine) == [], fine


def test_the_scan_covers_templates_content_files_and_python_text() -> None:
    names = {f.relative_to(PACKAGE).as_posix() for f in _content_files()}
    assert "templates/base.html" in names
    assert "safety/resources.json" in names
    assert "templates/safety/screen_result.html" in names
    assert "safety/views.py" in names
    assert len(names) > 50


def test_no_user_facing_text_makes_a_diagnosis() -> None:
    found = [
        (path.relative_to(PACKAGE).as_posix(), claim)
        for path in _content_files()
        for text in _texts(path)
        for claim in diagnostic_claims(text)
    ]
    assert found == [], "Say what it may mean and point to a professional instead."
