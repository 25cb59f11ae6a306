"""`turntoward assess`: list instruments, take one, or score answers given inline.

Django-free on purpose: the terminal scores through the same pure functions
as the web app, and nothing typed here is ever saved.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import TextIO

from turntoward.assessments.instruments import (
    AssessmentError,
    Instrument,
    InstrumentSchemaError,
    Result,
    get_instrument,
    list_instruments,
    score,
)

PROG = "turntoward assess"
DIRECTORY_URL = "https://findahelpline.com"
WIDTH = 72

# Short names for the framework's step ids (shared/docs/framework.md §4–§6), so
# the terminal can say what to try next in words rather than ids.
STEP_NAMES = {
    "acknowledge": "Name it together",
    "communicate_gently": "Talk about it gently",
    "love_languages": "Learn how each of you feels loved",
    "set_expectations": "Say what you need",
    "professional_help": "Talk with a professional",
    "validate_feelings": "Your feelings are real",
    "self_compassion": "Be kind to yourself",
    "reconnect_emotions": "Reconnect with your feelings",
    "boundaries": "Set boundaries",
    "decide": "Decide what serves you",
    "express_emotions": "Express your feelings in small steps",
    "be_present": "Be present",
    "practice_empathy": "Practise empathy",
    "seek_guidance": "Seek guidance",
}

SAFETY_MESSAGE = (
    "One of your answers says you have had thoughts of being better off dead or "
    "of hurting yourself. Thank you for being honest about it. You don't have to "
    "carry this on your own: talking with someone can help, and you can reach "
    "out right now, any time. If you might act on these thoughts, call your "
    "local emergency number."
)


class _Usage(Exception):
    """Bad command-line input: print the message and exit with status 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Take an assessment, or score answers given on the command line.",
    )
    parser.add_argument("instrument", nargs="?", help="instrument id (see --list)")
    parser.add_argument("--list", action="store_true", help="list the instruments")
    parser.add_argument(
        "--answers", metavar="N,N,…", help="answer values in question order"
    )
    parser.add_argument(
        "--json", action="store_true", help="print the result as JSON (with --answers)"
    )
    parser.add_argument(
        "--country", metavar="CC", help="two-letter country code for help lines"
    )
    return parser


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def _parse_answers(raw: str) -> list[int]:
    parts = [part.strip() for part in raw.split(",")]
    values = []
    for n, part in enumerate(parts, 1):
        # isdecimal, not int(): int() accepts "+1", " 1" and "1_0".
        if not (part.isascii() and part.isdecimal()):
            raise _Usage(f"answer {n} ({part!r}) is not a whole number")
        values.append(int(part))
    return values


def _help_lines(country: str | None) -> list[str]:
    """Return help lines for a crisis, from the safety package if it is there."""
    try:
        from turntoward.safety.resources import resources_for

        found = [r.to_public_dict() for r in resources_for(country, "crisis")]
    except Exception:  # help must be shown, whatever went wrong here
        found = []
    lines = []
    for entry in found:
        ways = [
            f"{label} {entry[key]}"
            for key, label in (("phone", "call"), ("sms", "text"), ("url", ""))
            if entry.get(key)
        ]
        lines.append(f"  {entry.get('name')}: {', '.join(w.strip() for w in ways)}")
    if not any(DIRECTORY_URL in line for line in lines):
        lines.append(f"  Find a helpline in your country: {DIRECTORY_URL}")
    return lines


def _print_safety(country: str | None, out: TextIO) -> None:
    print(file=out)
    print(_wrap(SAFETY_MESSAGE), file=out)
    for line in _help_lines(country):
        print(line, file=out)
    print(file=out)


def _print_list(out: TextIO) -> None:
    for inst in list_instruments():
        count = f"{len(inst.items)} questions"
        print(f"{inst.id:<20} {inst.title} ({count})", file=out)


def _print_result(inst: Instrument, result: Result, out: TextIO) -> None:
    print(file=out)
    print(f"{inst.title}: your result", file=out)
    if result.total is not None:
        band = f" ({result.band.label})" if result.band else ""
        print(f"  Total: {result.total} of {inst.max_total}{band}", file=out)
    for sub in inst.subscales:
        sub_band = result.subscale_bands.get(sub.id)
        label = f"  {sub_band.label}" if sub_band else ""
        value = result.subscales[sub.id]
        print(f"  {sub.title:<26} {value:>3} of 100{label}", file=out)
    print(file=out)
    print(_wrap(result.interpretation), file=out)
    if result.next_steps:
        print(file=out)
        print("Steps that may help:", file=out)
        for step in result.next_steps:
            print(f"  - {STEP_NAMES.get(step, step)}", file=out)


def _ask(inst: Instrument, index: int, stdin: TextIO, out: TextIO) -> int | None:
    """Ask one question until the answer is valid; None means stop."""
    item = inst.items[index]
    print(file=out)
    print(f"{index + 1} of {len(inst.items)}", file=out)
    print(_wrap(item.text), file=out)
    for option in inst.options:
        print(f"  {option.value}  {option.label}", file=out)
    while True:
        print("> ", end="", file=out, flush=True)
        line = stdin.readline()
        if not line:  # end of input (Ctrl-D)
            return None
        answer = line.strip().lower()
        if answer in {"q", "quit"}:
            return None
        if answer.isascii() and answer.isdecimal() and int(answer) <= inst.max_value:
            return int(answer)
        print(
            f"Please type a number from 0 to {inst.max_value}, or q to stop.",
            file=out,
        )


def _interactive(inst: Instrument, country: str | None, stdin: TextIO) -> int:
    out = sys.stdout
    print(f"{inst.title} ({len(inst.items)} questions)", file=out)
    print(_wrap(inst.intro), file=out)
    if inst.stem:
        print(file=out)
        print(_wrap(inst.stem), file=out)
    print("Type the number of your answer, or q to stop.", file=out)
    answers: list[int] = []
    for index, item in enumerate(inst.items):
        try:
            answer = _ask(inst, index, stdin, out)
        except KeyboardInterrupt:
            answer = None
        if answer is None:
            print("\nStopped. Nothing was saved.", file=out)
            return 1
        answers.append(answer)
        # Help comes at once, before the remaining questions or the score.
        if item.id in inst.safety_items and answer > 0:
            _print_safety(country, out)
    _print_result(inst, score(inst, answers), out)
    print(f"\n{inst.credit}", file=out)
    return 0


def _scripted(inst: Instrument, raw: str, *, as_json: bool, country: str | None) -> int:
    result = score(inst, _parse_answers(raw))
    if as_json:
        print(json.dumps(result.to_public_dict(), ensure_ascii=False))
        if result.safety:
            # stderr, so stdout stays one clean JSON document for scripts.
            _print_safety(country, sys.stderr)
    else:
        if result.safety:
            _print_safety(country, sys.stdout)
        _print_result(inst, result, sys.stdout)
    return 0


def main(argv: list[str], *, stdin: TextIO | None = None) -> int:
    """Run `turntoward assess` and return its exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help and on bad options
        return exc.code if isinstance(exc.code, int) else 2
    try:
        if args.list:
            _print_list(sys.stdout)
            return 0
        if not args.instrument:
            raise _Usage("name an instrument, or use --list to see them")
        inst = get_instrument(args.instrument)
        if args.answers is not None:
            return _scripted(
                inst, args.answers, as_json=args.json, country=args.country
            )
        if args.json:
            raise _Usage("--json needs --answers")
        return _interactive(inst, args.country, stdin or sys.stdin)
    except InstrumentSchemaError as exc:
        # A broken data file is our fault, not the user's: status 1, not 2.
        print(f"{PROG}: instrument data is invalid: {exc}", file=sys.stderr)
        return 1
    except (_Usage, AssessmentError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
