"""`turntoward help`: show the help lines for a country, for people or for scripts."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from turntoward.safety.resources import (
    NO_LINES_NOTE,
    UNKNOWN_COUNTRY_NOTE,
    CountryCodeError,
    ResourceData,
    default_resources,
    normalize_country,
)

HEADINGS = {
    "crisis": "If things feel too heavy right now, you don't have to carry them alone.",
    "abuse": "If you feel unsafe with someone, you deserve support, and it is there.",
    "all": "Support is here whenever you need it.",
}
SECTION_TITLES = {
    "crisis": "Someone to talk to",
    "abuse": "Support if a relationship feels unsafe",
    "emergency": "If you are in danger right now",
    "directory": "More help lines",
}
REASON_CHOICES = ("crisis", "abuse", "all")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="turntoward help",
        description="Show crisis and domestic-abuse help lines for a country.",
    )
    parser.add_argument(
        "--country",
        metavar="CC",
        help="two-letter country code, for example US, GB or DE",
    )
    parser.add_argument(
        "--reason",
        choices=REASON_CHOICES,
        default="all",
        help="which lines to show (default: all)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print a JSON object instead of text"
    )
    parser.add_argument(
        "--list", action="store_true", help="list the countries with checked lines"
    )
    return parser


def main(argv: list[str]) -> int:
    """Run `turntoward help` with the arguments after `help`; return the status."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help and on bad arguments
        return exc.code if isinstance(exc.code, int) else 2
    data = default_resources()
    if args.list:
        return _print_list(data, as_json=args.json, out=sys.stdout)
    code: str | None = None
    if args.country is not None:
        try:
            code = normalize_country(args.country)
        except CountryCodeError as exc:
            print(f"turntoward help: {exc}", file=sys.stderr)
            return 2
    report = build_report(data, code, args.reason)
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(report))
    return 0


def build_report(
    data: ResourceData, code: str | None, reason: str
) -> dict[str, object]:
    """Return the JSON object for a country: country, reason, note and lists."""
    country = data.country(code)
    kinds = ("crisis", "abuse") if reason == "all" else (reason,)
    report: dict[str, object] = {
        "country": {
            "code": code,
            "name": country.name if country else None,
            "known": country is not None,
        },
        "reason": reason,
        "note": None,
    }
    if country is None:
        report["note"] = UNKNOWN_COUNTRY_NOTE
        for kind in (*kinds, "emergency"):
            report[kind] = []
        report["directory"] = [data.directory().to_dict()]
        return report
    for kind in (*kinds, "emergency"):
        report[kind] = [line.to_dict() for line in country.of_kind(kind)]
    if not any(country.of_kind(kind) for kind in kinds):
        report["note"] = NO_LINES_NOTE
    report["directory"] = [data.directory().to_dict()]
    return report


def render_text(report: dict[str, object]) -> str:
    """Return the calm, human-readable form of a report."""
    reason = str(report["reason"])
    country = report["country"]
    assert isinstance(country, dict)
    lines = [HEADINGS[reason]]
    if country["known"]:
        lines.append(f"Help lines in {country['name']}:")
    note = report.get("note")
    if isinstance(note, str):
        lines.append("")
        lines.append(note)
    for kind in ("crisis", "abuse", "emergency", "directory"):
        entries = report.get(kind)
        if not isinstance(entries, list) or not entries:
            continue
        lines.append("")
        lines.append(SECTION_TITLES[kind])
        for entry in entries:
            lines.extend(_entry_lines(entry))
    lines.append("")
    lines.append("Reaching out is a strong step. You can stop or come back any time.")
    return "\n".join(lines) + "\n"


def _entry_lines(entry: dict[str, str | None]) -> list[str]:
    ways: list[str] = []
    if entry["phone"]:
        ways.append(f"Call {entry['phone']}")
    if entry["sms"]:
        ways.append(str(entry["sms"]))
    if entry["url"]:
        ways.append(str(entry["url"]))
    out = [f"  {entry['name']}"]
    if ways:
        out.append("    " + " · ".join(ways))
    if entry["hours"]:
        out.append(f"    Open {entry['hours']}")
    return out


def _print_list(data: ResourceData, *, as_json: bool, out: TextIO) -> int:
    pairs = data.country_names()
    if as_json:
        json.dump([{"code": c, "name": n} for c, n in pairs], out, indent=2)
        out.write("\n")
        return 0
    for code, name in pairs:
        out.write(f"{code}  {name}\n")
    return 0
